#include "BeneficiaryRowProxy.h"

#include "itemmodels/BeneficiaryListModel.h"

#include "models/Beneficiary.h"

#include <QDate>
#include <QStringList>

namespace citoyens {

BeneficiaryRowProxy::BeneficiaryRowProxy(QObject* parent)
    : QIdentityProxyModel(parent)
{ }

QString BeneficiaryRowProxy::statusText(const QString& status, const QString& reason)
{
    if (status == Beneficiary::StatusPending)
        return tr("Awaiting validation");
    if (status == Beneficiary::StatusApproved)
        return tr("Validated");
    if (status == Beneficiary::StatusRejected)
        return reason.isEmpty() ? tr("Refused") : tr("Refused: %1").arg(reason);
    if (status == Beneficiary::StatusIncomplete)
        return reason.isEmpty() ? tr("To complete") : tr("To complete: %1").arg(reason);
    return status;
}

QVariant BeneficiaryRowProxy::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return QIdentityProxyModel::data(index, role);
    QStringList first { index.data(BeneficiaryListModel::FirstNameRole).toString() + QLatin1Char(' ')
                        + index.data(BeneficiaryListModel::LastNameRole).toString() };
    const QDate birth = index.data(BeneficiaryListModel::BirthDateRole).toDate();
    if (birth.isValid())
        first << tr("born on %1").arg(birth.toString(QStringLiteral("dd/MM/yyyy")));
    const QString relation = index.data(BeneficiaryListModel::RelationRole).toString();
    if (!relation.isEmpty())
        first << relation;
    const QString schoolClass = index.data(BeneficiaryListModel::SchoolClassRole).toString();
    if (!schoolClass.isEmpty())
        first << schoolClass;
    const QString status = statusText(index.data(BeneficiaryListModel::StatusRole).toString(),
                                      index.data(BeneficiaryListModel::StatusReasonRole).toString());
    return first.join(QStringLiteral(" — ")) + (role == Qt::DisplayRole ? QStringLiteral("\n") : QStringLiteral(". "))
        + status;
}

} // namespace citoyens
