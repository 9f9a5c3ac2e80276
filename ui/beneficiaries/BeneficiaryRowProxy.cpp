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
    // « Lucas Dupont, né(e) le 14/03/2019 — CE1 — vous êtes : Mère »: the relation is the
    // person's to the child, said as such (a bare « Mère » after the child's name read as if the
    // child were the mother).
    QString who = index.data(BeneficiaryListModel::FirstNameRole).toString() + QLatin1Char(' ')
        + index.data(BeneficiaryListModel::LastNameRole).toString();
    const QDate birth = index.data(BeneficiaryListModel::BirthDateRole).toDate();
    if (birth.isValid())
        who = tr("%1, born on %2").arg(who, birth.toString(QStringLiteral("dd/MM/yyyy")));
    QStringList first { who };
    const QString schoolClass = index.data(BeneficiaryListModel::SchoolClassRole).toString();
    if (!schoolClass.isEmpty())
        first << schoolClass;
    const QString relation = index.data(BeneficiaryListModel::RelationRole).toString();
    if (!relation.isEmpty())
        first << tr("you are: %1").arg(relation);
    const QString status = statusText(index.data(BeneficiaryListModel::StatusRole).toString(),
                                      index.data(BeneficiaryListModel::StatusReasonRole).toString());
    return first.join(QStringLiteral(" — ")) + (role == Qt::DisplayRole ? QStringLiteral("\n") : QStringLiteral(". "))
        + status;
}

} // namespace citoyens
