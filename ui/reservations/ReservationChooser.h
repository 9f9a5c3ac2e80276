#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace citoyens {

class AccountScope;

// Whose days and which: the child (the validated beneficiaries), the service (the approved
// requests whose service has days to book) and, when the service books several items, the item
// ("Repas enfant" / "Garderie périscolaire"). Follows the sync; keeps the choice when it can.
class ReservationChooser : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReservationChooser)

public:
    explicit ReservationChooser(AccountScope* scope, QWidget* parent = nullptr);

    QString beneficiaryId() const;
    QString subscriptionId() const;
    QString itemId() const;
    bool hasChild() const;
    bool hasService() const;

Q_SIGNALS:
    // The child, the service or the item changed.
    void changed();

private:
    void fillChildren();
    void fillServices();
    void fillItems();

    AccountScope* m_scope;
    QComboBox* m_child;
    QComboBox* m_service;
    QLabel* m_itemLabel;
    QComboBox* m_item;
};

} // namespace citoyens
