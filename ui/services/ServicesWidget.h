#pragma once

#include <QWidget>

class QStackedWidget;

namespace citoyens {

class AddServicePage;
class SupportingDocumentsPage;
class AccountScope;
class ServicesPage;

// The "Mes services" entry of the sidebar: the table of requests, then "Ajouter un
// service" (choose one), then its supporting documents; Escape steps back.
class ServicesWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesWidget)

public:
    ServicesWidget(AccountScope* services, QWidget* parent = nullptr);

    ServicesPage* servicesPage() const { return m_list; }
    AddServicePage* addServicePage() const { return m_add; }
    SupportingDocumentsPage* supportingDocumentsPage() const { return m_documents; }
    QWidget* currentPage() const;

    void showList();
    void reset();

signals:
    void beneficiariesRequested();

private:
    void showAddService();
    void showPurchase(const QString& subscriptionId);
    void showDocuments(const QString& serviceId);

    AccountScope* m_services;
    QStackedWidget* m_stack;
    ServicesPage* m_list;
    AddServicePage* m_add;
    SupportingDocumentsPage* m_documents;
};

} // namespace citoyens
