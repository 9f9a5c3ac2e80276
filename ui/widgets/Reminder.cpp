#include "Reminder.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QTimer>
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
    // The model goes with the account (sign-out) while a settle may still be due: a guarded
    // pointer, so a late update reads no freed model.
    const auto update
        = [reminder, model = QPointer<QAbstractItemModel>(model), statusRole, wanted = std::move(wanted)] {
              reminder->setVisible((!wanted || wanted()) && !done(model, statusRole));
          };
    update();
    if (!model)
        return;
    // Once the model has settled: a refresh removes and inserts rows one by one, and a reminder
    // hidden for a moment would lose the focus it had.
    auto* settle = new QTimer(reminder);
    settle->setSingleShot(true);
    settle->setInterval(0);
    QObject::connect(settle, &QTimer::timeout, reminder, update);
    QObject::connect(model, &QObject::destroyed, settle, [settle] {
        settle->stop();
        settle->deleteLater();
    });
    const auto later = [settle] {
        settle->start();
    };
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        QObject::connect(model, signal, settle, later);
    QObject::connect(model, &QAbstractItemModel::modelReset, settle, later);
    QObject::connect(model, &QAbstractItemModel::dataChanged, settle, later);
}

} // namespace citoyens::Reminder
