#include "BeneficiaryListModel.h"

#include "KeyedRows.h"
#include "SubscriptionTableModel.h"

#include "store/BeneficiaryRepository.h"

namespace citoyens {

BeneficiaryListModel::BeneficiaryListModel(BeneficiaryRepository* repository, QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    connect(m_repository, &BeneficiaryRepository::changed, this, &BeneficiaryListModel::refresh);
    m_rows = m_repository->loadAll();
}

int BeneficiaryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BeneficiaryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Beneficiary& b = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 %2").arg(b.firstName, b.lastName);
    case IdRole:
        return b.id;
    case FirstNameRole:
        return b.firstName;
    case LastNameRole:
        return b.lastName;
    case BirthDateRole:
        return b.birthDate;
    case RelationRole:
        return b.relation;
    case SchoolClassRole:
        return b.schoolClass;
    case StatusRole:
        return b.status;
    case StatusTextRole:
        return SubscriptionTableModel::statusText(b.status, b.statusReason);
    case StatusReasonRole:
        return b.statusReason;
    case HasPhotoRole:
        return b.hasPhoto;
    case EditableRole:
        return b.status == Beneficiary::StatusPending;
    default:
        return {};
    }
}

QHash<int, QByteArray> BeneficiaryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(FirstNameRole, "firstName");
    names.insert(LastNameRole, "lastName");
    names.insert(BirthDateRole, "birthDate");
    names.insert(RelationRole, "relation");
    names.insert(SchoolClassRole, "schoolClass");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(StatusReasonRole, "statusReason");
    names.insert(HasPhotoRole, "hasPhoto");
    names.insert(EditableRole, "editable");
    return names;
}

Beneficiary BeneficiaryListModel::beneficiaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Beneficiary {};
}

int BeneficiaryListModel::rowOf(const QString& beneficiaryId) const
{
    return rowOfId(m_rows, beneficiaryId);
}

void BeneficiaryListModel::refresh()
{
    refreshKeyedRows(this, m_rows, m_repository->loadAll());
}

} // namespace citoyens
