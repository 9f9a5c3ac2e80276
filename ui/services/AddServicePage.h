#pragma once

#include "widgets/FormPage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace citoyens {

class CatalogueFilterProxy;
class CatalogueModel;

// "Ajouter un service": the communes in capitals with their services, a filter box (the
// agglomeration has 72 communes), one service chosen, then "Valider" (or Return, or a
// double click). Escape goes back to the table.
class AddServicePage : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddServicePage)

public:
    AddServicePage(CatalogueModel* catalogue, QWidget* parent = nullptr);

    QString selectedServiceId() const;
    // A fresh page: no filter, nothing chosen, the focus in the filter box.
    void reset();
    void focusFilter();

signals:
    void serviceChosen(const QString& serviceId);
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void choose();
    void updateState();

    CatalogueModel* m_catalogue;
    CatalogueFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    QLabel* m_empty;
    QLabel* m_message;
    QPushButton* m_back;
    QPushButton* m_validate;
};

} // namespace citoyens
