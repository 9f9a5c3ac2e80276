#pragma once

#include "models/Beneficiary.h"

#include <QAbstractListModel>
#include <QList>

namespace citoyens {

class BeneficiaryRepository;

// The person's beneficiaries ("First Last" as display), refreshed from the repository.
class BeneficiaryListModel : public QAbstractListModel
{
    Q_OBJECT
    template<typename> friend struct ModelRowHooks;
    Q_DISABLE_COPY_MOVE(BeneficiaryListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FirstNameRole,
        LastNameRole,
        BirthDateRole, // QDate
        RelationRole,
        SchoolClassRole,
        StatusRole, // raw: pending | approved | rejected | incomplete
        StatusTextRole, // translated, as SubscriptionTableModel::statusText
        StatusReasonRole,
        HasPhotoRole, // bool
        EditableRole, // bool: pending (the server refuses changes otherwise)
    };
    Q_ENUM(Role)

    explicit BeneficiaryListModel(BeneficiaryRepository* repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Beneficiary beneficiaryAt(int row) const;
    int rowOf(const QString& beneficiaryId) const; // -1 when absent

public Q_SLOTS:
    void refresh();

private:
    BeneficiaryRepository* m_repository;
    QList<Beneficiary> m_rows;
};

} // namespace citoyens
