#include "Reminder.h"

#include <QAbstractItemModel>
#include <QWidget>

namespace citoyens::Reminder {

bool done(const QAbstractItemModel* model, int statusRole)
{
    if (!model || model->rowCount() == 0)
        return false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(statusRole).toString() != u"approved")
            return false;
    }
    return true;
}

void follow(QWidget* reminder, QAbstractItemModel* model, int statusRole, std::function<bool()> wanted)
{
    const auto update = [reminder, model, statusRole, wanted = std::move(wanted)] {
        reminder->setVisible((!wanted || wanted()) && !done(model, statusRole));
    };
    if (!model) {
        update();
        return;
    }
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        QObject::connect(model, signal, reminder, update);
    QObject::connect(model, &QAbstractItemModel::modelReset, reminder, update);
    QObject::connect(model, &QAbstractItemModel::dataChanged, reminder, update);
    update();
}

} // namespace citoyens::Reminder
