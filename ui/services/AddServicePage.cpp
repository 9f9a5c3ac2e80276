#include "AddServicePage.h"

#include "CatalogueFilterProxy.h"

#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"
#include "widgets/ViewKeys.h"

#include "itemmodels/CatalogueModel.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeView>
#include <QVBoxLayout>

namespace citoyens {

AddServicePage::AddServicePage(CatalogueModel* catalogue, QWidget* parent)
    : FormPage(QStringLiteral("addServicePage"), parent, 720)
    , m_catalogue(catalogue)
    , m_proxy(new CatalogueFilterProxy(this))
    , m_filter(FormHelpers::lineEdit(QStringLiteral("addServiceFilterEdit"), this))
    , m_tree(new QTreeView(this))
    , m_empty(FormHelpers::paragraph({}, this, QStringLiteral("hint")))
    , m_message(FormErrors::createMessageLabel(QStringLiteral("addServiceError"), this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_validate(new QPushButton(tr("&Validate"), this))
{
    setTitle(tr("Add a service"));
    setLead(tr("Please choose, in your commune, the item that matches your situation, then press the "
               "\"Validate\" button at the bottom of the page"));
    leadLabel()->setObjectName(QStringLiteral("addServiceLead"));

    m_filter->setPlaceholderText(tr("Commune or service, e.g. Rosières"));
    m_filter->setClearButtonEnabled(true);
    body()->addWidget(FormHelpers::fieldLabel(tr("&Find a commune or a service"), m_filter, this));
    body()->addWidget(m_filter);

    m_proxy->setSourceModel(m_catalogue);
    m_tree->setObjectName(QStringLiteral("addServiceTree"));
    m_tree->setAccessibleName(tr("Communes and their services"));
    // Polished now: expandAll() below measures the rows at once, and a catalogue already in the
    // store was measured without the style sheet's padding (cut letters) when the tree was not.
    m_tree->ensurePolished();
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumHeight(360);
    ViewKeys::install(m_tree);
    m_tree->setAlternatingRowColors(false);
    m_tree->expandAll();
    body()->addWidget(m_tree, 1);

    m_empty->setObjectName(QStringLiteral("addServiceEmptyLabel"));
    m_empty->hide();
    body()->addWidget(m_empty);
    body()->addWidget(m_message);

    m_back->setObjectName(QStringLiteral("addServiceBackButton"));
    m_back->setAccessibleName(tr("Back to my services"));
    m_validate->setObjectName(QStringLiteral("addServiceValidateButton"));
    m_validate->setAccessibleName(tr("Validate the chosen service"));
    // Return is handled by keyPressEvent, not by a default button.
    addActionRow(m_back, m_validate, 0, {}, NoDefaultButton);

    setTabOrder(m_filter, m_tree);
    setTabOrder(m_tree, m_back);
    setTabOrder(m_back, m_validate);

    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &AddServicePage::backRequested);
    connect(m_back, &QPushButton::clicked, this, &AddServicePage::backRequested);
    connect(m_validate, &QPushButton::clicked, this, &AddServicePage::choose);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        m_tree->expandAll();
        updateState();
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.flags() & Qt::ItemIsSelectable)
            choose();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AddServicePage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        updateState();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
    updateState();
}

QString AddServicePage::selectedServiceId() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QModelIndex index = rows.constFirst();
    if (index.data(CatalogueModel::NodeKindRole).toInt() != int(CatalogueModel::NodeKind::Service))
        return {};
    return index.data(CatalogueModel::IdRole).toString();
}

void AddServicePage::reset()
{
    m_filter->clear();
    m_tree->clearSelection();
    m_tree->collapseAll();
    m_tree->expandAll();
    m_message->hide();
    updateState();
}

void AddServicePage::focusFilter()
{
    m_filter->setFocus(Qt::OtherFocusReason);
}

void AddServicePage::choose()
{
    const QString id = selectedServiceId();
    if (id.isEmpty()) {
        m_message->setText(tr("Choose a service in the list first."));
        m_message->show();
        m_tree->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_message->hide();
    emit serviceChosen(id);
}

void AddServicePage::updateState()
{
    const bool emptyCatalogue = m_catalogue->rowCount() == 0;
    const bool nothingFound = !emptyCatalogue && m_proxy->rowCount() == 0;
    if (emptyCatalogue)
        m_empty->setText(tr("The list of communes is loading…"));
    else if (nothingFound)
        m_empty->setText(tr("No commune or service matches \"%1\".").arg(m_filter->text().trimmed()));
    m_empty->setVisible(emptyCatalogue || nothingFound);
    if (!selectedServiceId().isEmpty())
        m_message->hide();
}

void AddServicePage::keyPressEvent(QKeyEvent* event)
{
    // Return in the filter box or the list: "Valider" (line edits and views pass it up).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // On a button, Return presses that button; anywhere else it is "Valider".
        if (auto* button = qobject_cast<QAbstractButton*>(focusWidget())) {
            button->click();
            return;
        }
        choose();
        return;
    }
    FormPage::keyPressEvent(event);
}

} // namespace citoyens
