#include "FormPage.h"

#include "FormHelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace citoyens {

FormPage::FormPage(const QString& objectName, QWidget* parent, int columnWidth)
    : QWidget(parent)
    , m_column(new QWidget)
    , m_title(new QLabel(m_column))
    , m_lead(new QLabel(m_column))
    , m_body(new QVBoxLayout)
{
    setObjectName(objectName);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(objectName + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    // The column adapts to the width; only a long page scrolls, vertically.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* canvas = new QWidget;
    canvas->setObjectName(QStringLiteral("pageCanvas"));
    auto* canvasLayout = new QHBoxLayout(canvas);
    canvasLayout->setContentsMargins(pageMargins());
    // Word-wrapped labels need the layout's height-for-width: no alignment flag on the column
    // (it would size it from its size hint and squash the rows); the column's own trailing
    // stretch keeps the content at the top. The column starts at the page's left margin, as
    // every page's title does (a centred column put each page's title at its own x).
    canvasLayout->addWidget(m_column, 100);
    canvasLayout->addStretch(1);
    m_column->setMaximumWidth(columnWidth);
    m_column->setMinimumWidth(std::min(columnWidth, 360));

    m_title->setObjectName(objectName + QStringLiteral("Title"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setIndent(0);
    m_lead->setProperty("role", QStringLiteral("lead"));
    m_lead->setWordWrap(true);
    m_lead->setTextFormat(Qt::PlainText);
    m_lead->setIndent(0);
    m_lead->hide();

    auto* columnLayout = new QVBoxLayout(m_column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_lead);
    m_body->setSpacing(8);
    columnLayout->addLayout(m_body);
    columnLayout->addStretch(1);

    scroll->setWidget(canvas);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void FormPage::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
    // The page's heading, said by a screen reader when the focus enters the page.
    setAccessibleName(title);
}

void FormPage::setLead(const QString& text)
{
    m_lead->setText(text);
    m_lead->setVisible(!text.isEmpty());
}

void FormPage::focusFirstField()
{
    for (QWidget* w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(this)) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

namespace {

void nameAfterText(QPushButton* button)
{
    if (button->accessibleName().isEmpty())
        button->setAccessibleName(FormHelpers::plain(button->text()));
}

} // namespace

void FormPage::addActionRow(QPushButton* back, QPushButton* submit, int spacingAbove, const QList<QPushButton*>& extra,
                            ActionRowOptions options)
{
    back->setProperty("role", QStringLiteral("secondary"));
    back->setAutoDefault(false);
    nameAfterText(back);
    for (QPushButton* button : extra) {
        button->setAutoDefault(false);
        nameAfterText(button);
    }
    submit->setProperty("role", QStringLiteral("primary"));
    if (!options.testFlag(NoDefaultButton))
        submit->setDefault(true);
    nameAfterText(submit);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    const bool besideSubmit = options.testFlag(ExtrasBesideSubmit);
    if (!besideSubmit) {
        for (QPushButton* button : extra)
            buttons->addWidget(button);
    }
    buttons->addStretch(1);
    if (besideSubmit) {
        for (QPushButton* button : extra)
            buttons->addWidget(button);
    }
    buttons->addWidget(submit);
    // Tab goes along the row as it reads, whatever order the page created the buttons in.
    QList<QWidget*> row { back };
    for (QPushButton* button : extra)
        row << button;
    row << submit;
    FormHelpers::setTabOrder(row);
    if (spacingAbove > 0)
        m_body->addSpacing(spacingAbove);
    m_body->addLayout(buttons);
}

} // namespace citoyens
