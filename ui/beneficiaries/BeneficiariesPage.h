#pragma once

#include "widgets/FormPage.h"

class QLabel;
class QListView;
class QPushButton;

namespace citoyens {

class BeneficiaryForm;
class BeneficiaryRowProxy;
class AccountScope;

// "Mes Filiations": the people the citizen acts for, with their status ("En attente de
// validation"...), or the sentence saying there is none; "Ajouter une filiation" opens the
// form below the list; a pending one can be edited or deleted (after a confirmation).
class BeneficiariesPage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeneficiariesPage)

public:
    BeneficiariesPage(AccountScope* services, QWidget* parent = nullptr);

    BeneficiaryForm* form() const { return m_form; }
    QListView* list() const { return m_list; }
    void reset();

private:
    void updateState();
    void openForm();
    void editCurrent();
    void deleteCurrent();
    void closeForm();
    int currentRow() const;

    AccountScope* m_services;
    BeneficiaryRowProxy* m_proxy;
    QLabel* m_empty;
    QListView* m_list;
    QLabel* m_notice;
    QPushButton* m_edit; // edit, delete, add: the tab order follows the creation order
    QPushButton* m_delete;
    QPushButton* m_add;
    BeneficiaryForm* m_form;
    QLabel* m_closing;
    QString m_deleting;
};

} // namespace citoyens
