#include "DecisionStatusLine.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace citoyens {

namespace {

QAccessibleInterface* alertFactory(const QString& className, QObject* object)
{
    if (className != QLatin1String("citoyens::DecisionStatusLine") || !object || !object->isWidgetType())
        return nullptr;
    return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::AlertMessage);
}

} // namespace

DecisionStatusLine::DecisionStatusLine(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo"), this))
{
    static const bool installed = [] {
        QAccessible::installFactory(alertFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(QStringLiteral("deskDecisionStatus"));
    setProperty("role", QStringLiteral("notice"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("deskDecisionStatusLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo->setObjectName(QStringLiteral("deskDecisionUndoButton"));
    m_undo->setAccessibleName(tr("Undo the decision"));
    m_undo->setAutoDefault(false);
    // The button's mnemonic follows the translation (« Annu&ler »: Alt+L); Ctrl+Z besides, the
    // undo key of every program, wherever the focus is in the window (a text field keeps its own).
    const QKeySequence mnemonic = QKeySequence::mnemonic(m_undo->text());
    m_undo->setText(
        tr("%1  (%2)").arg(m_undo->text(), QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_undo->setAccessibleDescription(tr("Shortcut: %1 or %2")
                                         .arg(mnemonic.toString(QKeySequence::NativeText),
                                              QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_shortcut = new QShortcut(QKeySequence::Undo, this);
    m_shortcut->setContext(Qt::WindowShortcut);
    connect(m_shortcut, &QShortcut::activated, this, [this] {
        if (isUndoable() && isVisible())
            Q_EMIT undoRequested();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undo);
    connect(m_undo, &QPushButton::clicked, this, &DecisionStatusLine::undoRequested);
    hide();
}

void DecisionStatusLine::showMessage(const QString& message, bool undoable)
{
    m_text->setText(message);
    m_text->setAccessibleName(message);
    setAccessibleName(message);
    setUndoable(undoable);
    // Hidden, then shown: each message is a new alert for the screen reader.
    hide();
    show();
    QAccessibleEvent changed(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
}

void DecisionStatusLine::setUndoable(bool undoable)
{
    // Hiding the focused button would leave the focus nowhere: it moves on first.
    if (!undoable && m_undo->hasFocus())
        focusNextChild();
    m_undo->setVisible(undoable);
    m_shortcut->setEnabled(undoable);
}

bool DecisionStatusLine::isUndoable() const
{
    return !m_undo->isHidden();
}

QString DecisionStatusLine::message() const
{
    return m_text->text();
}

} // namespace citoyens
