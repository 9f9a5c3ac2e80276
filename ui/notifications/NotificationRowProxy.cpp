#include "NotificationRowProxy.h"

#include "itemmodels/NotificationListModel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace citoyens {

NotificationRowProxy::NotificationRowProxy(QObject* parent)
    : QIdentityProxyModel(parent)
{ }

QVariant NotificationRowProxy::data(const QModelIndex& index, int role) const
{
    // The source's roles from the source index: asking `index` would come back here.
    const QModelIndex source = mapToSource(index);
    const bool unread = source.data(NotificationListModel::UnreadRole).toBool();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString when = QLocale().toString(
            source.data(NotificationListModel::CreatedAtRole).toDateTime().toLocalTime(), QLocale::ShortFormat);
        QString text = source.data(NotificationListModel::TitleRole).toString();
        const QString body = source.data(NotificationListModel::BodyRole).toString();
        if (!body.isEmpty())
            text += QLatin1Char('\n') + body;
        text += QLatin1Char('\n') + when;
        if (role == Qt::AccessibleTextRole && unread)
            text = tr("Unread: %1").arg(text);
        return text;
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(unread);
        return font;
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace citoyens
