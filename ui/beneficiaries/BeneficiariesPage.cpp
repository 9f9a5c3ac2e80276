#include "BeneficiariesPage.h"

#include "BeneficiaryForm.h"
#include "BeneficiaryRowProxy.h"

#include "widgets/Confirmation.h"
#include "widgets/FormHelpers.h"
#include "widgets/ViewKeys.h"

#include "itemmodels/BeneficiaryListModel.h"
#include "scope/AccountScope.h"
#include "store/CatalogueRepository.h"
#include "sync/BeneficiaryCommands.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStyle>

namespace citoyens {

BeneficiariesPage::BeneficiariesPage(AccountScope* services, QWidget* parent)
    : FormPage(QStringLiteral("beneficiariesPage"), parent, 640)
    , m_services(services)
    , m_proxy(new BeneficiaryRowProxy(this))
    , m_empty(FormHelpers::paragraph(tr("There is no beneficiary associated with your user account."), this,
                                     QStringLiteral("hint")))
    , m_list(new QListView(this))
    , m_notice(FormHelpers::paragraph({}, this, QStringLiteral("success")))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_add(new QPushButton(tr("&Add a beneficiary"), this))
    , m_form(new BeneficiaryForm(services->beneficiaryCommands(), this))
    , m_closing(FormHelpers::paragraph(tr("A notification will reach you as soon as the town hall has validated. "
                                          "You will then be able to order services."),
                                       this, QStringLiteral("notice")))
{
    setTitle(tr("My beneficiaries"));
    m_notice->setObjectName(QStringLiteral("beneficiariesNotice"));
    m_notice->hide();
    body()->addWidget(m_notice);
    m_empty->setObjectName(QStringLiteral("beneficiariesEmptyLabel"));
    body()->addWidget(m_empty);

    m_proxy->setSourceModel(services->beneficiaryModel());
    m_list->setObjectName(QStringLiteral("beneficiariesList"));
    m_list->setAccessibleName(tr("My beneficiaries"));
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumHeight(140);
    ViewKeys::install(m_list);
    body()->addWidget(m_list);

    m_add->setObjectName(QStringLiteral("beneficiariesAddButton"));
    m_add->setAccessibleName(tr("Add a beneficiary"));
    m_add->setProperty("role", QStringLiteral("primary"));
    m_edit->setObjectName(QStringLiteral("beneficiariesEditButton"));
    m_edit->setAccessibleName(tr("Edit the selected beneficiary"));
    m_edit->setAutoDefault(false);
    m_delete->setObjectName(QStringLiteral("beneficiariesDeleteButton"));
    m_delete->setAccessibleName(tr("Delete the selected beneficiary"));
    m_delete->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    body()->addLayout(buttons);
    body()->addSpacing(12);
    body()->addWidget(m_form);
    m_form->hide();
    m_closing->setObjectName(QStringLiteral("beneficiariesClosingNotice"));
    body()->addWidget(m_closing);

    setTabOrder(m_list, m_edit);
    setTabOrder(m_edit, m_delete);
    setTabOrder(m_delete, m_add);

    CatalogueRepository* catalogue = services->catalogueRepository();
    auto loadOptions = [this, catalogue] {
        if (const auto options = catalogue->loadBeneficiaryOptions())
            m_form->setOptions(*options);
    };
    connect(catalogue, &CatalogueRepository::beneficiaryOptionsChanged, this, loadOptions);
    connect(catalogue, &CatalogueRepository::changed, this, loadOptions);
    loadOptions();

    connect(m_add, &QPushButton::clicked, this, &BeneficiariesPage::openForm);
    connect(m_edit, &QPushButton::clicked, this, &BeneficiariesPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &BeneficiariesPage::deleteCurrent);
    connect(m_list, &QListView::doubleClicked, this, &BeneficiariesPage::editCurrent);
    connect(m_form, &BeneficiaryForm::cancelRequested, this, &BeneficiariesPage::closeForm);
    connect(m_form, &BeneficiaryForm::saved, this, [this](const Beneficiary&, bool created) {
        if (!created) {
            closeForm();
            m_notice->setText(tr("The changes have been saved."));
            m_notice->show();
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BeneficiariesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BeneficiariesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BeneficiariesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BeneficiariesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &BeneficiariesPage::updateState);
    updateState();
}

int BeneficiariesPage::currentRow() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void BeneficiariesPage::updateState()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
    const int row = currentRow();
    const bool editable
        = row >= 0 && m_proxy->index(row, 0).data(BeneficiaryListModel::EditableRole).toBool() && m_deleting.isEmpty();
    m_edit->setVisible(!empty);
    m_delete->setVisible(!empty);
    m_edit->setEnabled(editable);
    m_delete->setEnabled(editable);
}

void BeneficiariesPage::openForm()
{
    m_notice->hide();
    m_form->show();
    m_form->startCreate();
}

void BeneficiariesPage::editCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_proxy->index(row, 0).data(BeneficiaryListModel::EditableRole).toBool())
        return;
    m_notice->hide();
    m_form->show();
    m_form->startEdit(m_services->beneficiaryModel()->beneficiaryAt(row));
}

void BeneficiariesPage::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_deleting.isEmpty())
        return;
    const Beneficiary b = m_services->beneficiaryModel()->beneficiaryAt(row);
    if (!Confirmation::ask(this, tr("Delete the beneficiary"),
                           tr("Delete %1 %2 from your beneficiaries?").arg(b.firstName, b.lastName), tr("Delete")))
        return;
    if (m_form->editedId() == b.id)
        closeForm();
    m_deleting = b.id;
    m_notice->hide();
    BeneficiaryOperation* operation = m_services->beneficiaryCommands()->remove(b.id);
    connect(operation, &Operation::finished, this, [this, operation] {
        m_deleting.clear();
        const bool ok = operation->succeeded();
        m_notice->setProperty("role", ok ? QStringLiteral("success") : QStringLiteral("error"));
        m_notice->style()->polish(m_notice);
        m_notice->setText(ok ? tr("The beneficiary has been deleted.") : operation->error().message);
        m_notice->show();
        updateState();
    });
    updateState();
}

void BeneficiariesPage::closeForm()
{
    m_form->clear();
    m_form->hide();
    m_add->setFocus(Qt::OtherFocusReason);
}

void BeneficiariesPage::reset()
{
    closeForm();
    m_notice->hide();
    m_deleting.clear();
    updateState();
}

} // namespace citoyens
