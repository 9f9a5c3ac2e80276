#include "Sidebar.h"

#include "FocusChain.h"
#include "SidebarModel.h"
#include "ViewKeys.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>

namespace citoyens {

Sidebar::Sidebar(const QString& header, QWidget* parent)
    : QWidget(parent)
    , m_panel(new QWidget(this))
    , m_header(new QLabel(header, this))
    , m_model(new SidebarModel(this))
    , m_list(new QListView(this))
    , m_footer(new QVBoxLayout)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("sidebar"));
    QWidget* panel = m_panel;
    panel->setObjectName(QStringLiteral("sidebarPanel"));
    panel->setFixedWidth(300);

    m_header->setObjectName(QStringLiteral("sidebarHeader"));
    m_header->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("sidebarList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(header);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setIconSize(QSize(20, 20));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    ViewKeys::install(m_list);
    m_stack->setObjectName(QStringLiteral("sidebarStack"));

    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(16, 20, 16, 16);
    panelLayout->setSpacing(8);
    panelLayout->addWidget(m_header);
    panelLayout->addWidget(m_list, 1);
    m_footer->setSpacing(4);
    panelLayout->addLayout(m_footer);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(panel);
    layout->addWidget(m_stack, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const int row = current.row();
                if (row < 0 || row >= m_stack->count())
                    return;
                m_stack->setCurrentIndex(row);
                emit currentPageChanged(m_stack->currentWidget());
            });
    connect(m_list, &QAbstractItemView::activated, this, [this] { emit pageEntered(m_stack->currentWidget()); });
}

QList<QWidget*> Sidebar::tabStopsInOrder() const
{
    QList<QWidget*> stops = FocusChain::tabStops(m_list);
    if (QWidget* page = m_stack->currentWidget())
        stops += FocusChain::tabStops(page);
    for (QWidget* footer : FocusChain::tabStops(m_panel)) {
        if (footer != m_list && !m_list->isAncestorOf(footer))
            stops.append(footer);
    }
    return stops;
}

bool Sidebar::focusNextPrevChild(bool next)
{
    // The window's Tab order with this sidebar's stops put in reading order where they were.
    QWidget* focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return QWidget::focusNextPrevChild(next);
    const QList<QWidget*> mine = tabStopsInOrder();
    QList<QWidget*> order;
    bool inserted = false;
    for (QWidget* w : FocusChain::tabStops(window())) {
        if (!isAncestorOf(w)) {
            order.append(w);
        } else if (!inserted) {
            order += mine;
            inserted = true;
        }
    }
    if (!inserted)
        order += mine;
    const qsizetype at = order.indexOf(FocusChain::focusHolder(focus));
    if (at < 0) {
        // The focus widget is being hidden (a reminder that went): the page's first control, not
        // whatever was built after it.
        QWidget* page = m_stack->currentWidget();
        if (page && page->isAncestorOf(focus) && FocusChain::focusFirst(page))
            return true;
        return QWidget::focusNextPrevChild(next);
    }
    const qsizetype count = order.size();
    QWidget* target = order.at((at + (next ? 1 : count - 1)) % count);
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

int Sidebar::addPage(const QString& label, const QIcon& icon, QWidget* widget)
{
    m_model->addEntry(label, icon);
    // What a screen reader says on entering the page, when the page has no title of its own.
    if (widget->accessibleName().isEmpty())
        widget->setAccessibleName(label);
    const int index = m_stack->addWidget(widget);
    if (!m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    return index;
}

void Sidebar::clearPages()
{
    m_model->clear();
    while (m_stack->count() > 0)
        m_stack->removeWidget(m_stack->widget(m_stack->count() - 1));
}

void Sidebar::removePage(QWidget* widget)
{
    const int index = indexOf(widget);
    if (index < 0)
        return;
    m_model->removeEntry(index);
    m_stack->removeWidget(widget);
}

void Sidebar::setHeader(const QString& header)
{
    m_header->setText(header);
    m_list->setAccessibleName(header);
}

QString Sidebar::header() const
{
    return m_header->text();
}

int Sidebar::indexOf(QWidget* widget) const
{
    return widget ? m_stack->indexOf(widget) : -1;
}

QPushButton* Sidebar::addFooterButton(const QString& label, const QIcon& icon, const QString& objectName)
{
    auto* button = new QPushButton(icon, label, this);
    button->setObjectName(objectName);
    button->setProperty("role", QStringLiteral("sidebarFooter"));
    button->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    button->setAutoDefault(false);
    m_footer->addWidget(button);
    return button;
}

void Sidebar::addFooterWidget(QWidget* widget)
{
    widget->setParent(this);
    m_footer->addWidget(widget);
}

void Sidebar::setCurrentPage(QWidget* widget)
{
    const int index = m_stack->indexOf(widget);
    if (index >= 0)
        m_list->setCurrentIndex(m_model->index(index));
}

QWidget* Sidebar::currentPage() const
{
    return m_stack->currentWidget();
}

int Sidebar::pageCount() const
{
    return m_stack->count();
}

} // namespace citoyens
