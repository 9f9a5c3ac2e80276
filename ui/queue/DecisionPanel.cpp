#include "DecisionPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace citoyens {

namespace {

constexpr int kMaxReasonLength = 500;

QLabel* errorLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setProperty("role", QStringLiteral("error"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QPushButton* plainButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return button;
}

} // namespace

DecisionPanel::DecisionPanel(QWidget* parent)
    : QWidget(parent)
    , m_steps(new QStackedWidget(this))
    , m_error(errorLabel(QStringLiteral("decisionError"), this))
{
    setObjectName(QStringLiteral("decisionPanel"));
    m_approve = decisionButton(tr("&Approve"), QStringLiteral("decisionApproveButton"));
    m_approve->setProperty("role", QStringLiteral("primary"));
    m_reject = decisionButton(tr("&Reject"), QStringLiteral("decisionRejectButton"));
    m_incomplete = decisionButton(tr("Missing &documents"), QStringLiteral("decisionIncompleteButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_incomplete);
    buttons->addStretch();

    m_steps->addWidget(new QWidget(m_steps));
    m_steps->addWidget(buildRejectStep());
    m_steps->addWidget(buildIncompleteStep());
    m_steps->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_steps);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_approve, &QPushButton::clicked, this, [this] { emitDecision(Approve, {}, {}); });
    connect(m_reject, &QPushButton::clicked, this, [this] { openStep(Step::Reject); });
    connect(m_incomplete, &QPushButton::clicked, this, [this] { openStep(Step::Incomplete); });
    connect(m_rejectConfirm, &QPushButton::clicked, this, &DecisionPanel::confirmReject);
    connect(m_incompleteConfirm, &QPushButton::clicked, this, &DecisionPanel::confirmIncomplete);
    connect(m_rejectCancel, &QPushButton::clicked, this, [this] { openStep(Step::Choose); });
    connect(m_incompleteCancel, &QPushButton::clicked, this, [this] { openStep(Step::Choose); });
    connect(m_reason->lineEdit(), &QLineEdit::returnPressed, this, &DecisionPanel::confirmReject);
    setDocumentKinds({});
    // Focusing the panel (a request opens) is focusing its first decision, as a person hears it.
    setFocusProxy(m_approve);
}

DecisionPanel::~DecisionPanel() = default;

QStringList DecisionPanel::commonRejectReasons()
{
    return { tr("A document is unreadable"), tr("The proof of address is more than three months old"),
             tr("The documents do not match the declared details"), tr("The applicant does not live in the commune"),
             tr("This request is a duplicate") };
}

QPushButton* DecisionPanel::decisionButton(const QString& text, const QString& name)
{
    // The shortcut is the label's own mnemonic, so it follows the translation ("&Valider" is
    // Alt+V); it is written on the button too, for those who do not know mnemonics.
    const QKeySequence shortcut = QKeySequence::mnemonic(text);
    const QString label = QString(text).remove(QLatin1Char('&'));
    auto* button = new QPushButton(
        shortcut.isEmpty() ? text : tr("%1  (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)), this);
    button->setObjectName(name);
    button->setAccessibleName(label);
    button->setAccessibleDescription(
        shortcut.isEmpty() ? QString() : tr("Shortcut: %1").arg(shortcut.toString(QKeySequence::NativeText)));
    button->setMinimumHeight(36);
    return button;
}

QWidget* DecisionPanel::buildRejectStep()
{
    auto* page = new QWidget(this);
    m_reason = new QComboBox(page);
    m_reason->setObjectName(QStringLiteral("decisionReasonCombo"));
    m_reason->setAccessibleName(tr("Reason for the refusal"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(commonRejectReasons());
    // No reason chosen beforehand: the agent picks or types one.
    m_reason->setCurrentIndex(-1);
    m_reason->setEditText({});
    m_reason->lineEdit()->setMaxLength(kMaxReasonLength);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose a reason or type one"));
    m_reason->setMinimumContentsLength(40);
    m_reasonError = errorLabel(QStringLiteral("decisionReasonError"), page);
    m_rejectConfirm = plainButton(tr("Confirm the refusal"), QStringLiteral("decisionRejectConfirmButton"), page);
    m_rejectConfirm->setProperty("role", QStringLiteral("primary"));
    m_rejectCancel = plainButton(tr("Cancel"), QStringLiteral("decisionRejectCancelButton"), page);

    auto* label = new QLabel(tr("Reaso&n for the refusal"), page);
    label->setProperty("role", QStringLiteral("fieldLabel"));
    label->setBuddy(m_reason);
    auto* row = new QHBoxLayout;
    row->addWidget(m_rejectConfirm);
    row->addWidget(m_rejectCancel);
    row->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_reasonError);
    layout->addLayout(row);
    layout->addStretch();
    connect(m_reason, &QComboBox::editTextChanged, m_reasonError, &QLabel::hide);
    return page;
}

QWidget* DecisionPanel::buildIncompleteStep()
{
    auto* page = new QWidget(this);
    m_document = new QComboBox(page);
    m_document->setObjectName(QStringLiteral("decisionDocumentCombo"));
    m_document->setAccessibleName(tr("Document to complete"));
    m_documentError = errorLabel(QStringLiteral("decisionDocumentError"), page);
    m_message = new QLineEdit(page);
    m_message->setObjectName(QStringLiteral("decisionMessageEdit"));
    m_message->setAccessibleName(tr("Message to the citizen (optional)"));
    m_message->setMaxLength(kMaxReasonLength);
    m_message->setPlaceholderText(tr("For example: the page with the tax reference is missing"));
    m_incompleteConfirm
        = plainButton(tr("Ask for the document"), QStringLiteral("decisionIncompleteConfirmButton"), page);
    m_incompleteConfirm->setProperty("role", QStringLiteral("primary"));
    m_incompleteCancel = plainButton(tr("Cancel"), QStringLiteral("decisionIncompleteCancelButton"), page);

    auto* documentLabel = new QLabel(tr("Document to &complete"), page);
    documentLabel->setProperty("role", QStringLiteral("fieldLabel"));
    documentLabel->setBuddy(m_document);
    auto* messageLabel = new QLabel(tr("&Message to the citizen (optional)"), page);
    messageLabel->setProperty("role", QStringLiteral("fieldLabel"));
    messageLabel->setBuddy(m_message);
    auto* row = new QHBoxLayout;
    row->addWidget(m_incompleteConfirm);
    row->addWidget(m_incompleteCancel);
    row->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(documentLabel);
    layout->addWidget(m_document);
    layout->addWidget(m_documentError);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message);
    layout->addLayout(row);
    layout->addStretch();
    connect(m_document, &QComboBox::currentIndexChanged, m_documentError, &QLabel::hide);
    return page;
}

void DecisionPanel::setDocumentKinds(const QList<DocumentRequirement>& kinds)
{
    m_document->clear();
    for (const auto& kind : kinds) {
        const QString label = kind.label.isEmpty() ? DocumentRequirement::defaultLabel(kind.kind) : kind.label;
        m_document->addItem(label.isEmpty() ? kind.kind : label, kind.kind);
    }
    m_document->setCurrentIndex(-1);
    if (kinds.isEmpty() && m_step == Step::Incomplete)
        openStep(Step::Choose);
    updateEnabled();
}

void DecisionPanel::reset()
{
    m_busy = false;
    m_reason->setCurrentIndex(-1);
    m_reason->setEditText({});
    m_document->setCurrentIndex(-1);
    m_message->clear();
    m_error->hide();
    m_error->clear();
    openStep(Step::Choose);
    updateEnabled();
}

void DecisionPanel::restore(const QString& decision, const QString& reason, const QString& documentKind)
{
    m_busy = false;
    updateEnabled();
    if (decision == Reject) {
        openStep(Step::Reject);
        m_reason->setEditText(reason);
    } else if (decision == Incomplete) {
        openStep(Step::Incomplete);
        m_document->setCurrentIndex(m_document->findData(documentKind));
        m_message->setText(reason);
    } else {
        openStep(Step::Choose);
        m_approve->setFocus(Qt::OtherFocusReason);
    }
}

void DecisionPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateEnabled();
}

void DecisionPanel::setError(const QString& message)
{
    m_busy = false;
    m_error->setText(message);
    m_error->setAccessibleName(message);
    m_error->setVisible(!message.isEmpty());
    updateEnabled();
    // Disabling took the focus away: back to where the agent was.
    if (m_step == Step::Reject)
        m_reason->setFocus(Qt::OtherFocusReason);
    else if (m_step == Step::Incomplete)
        m_document->setFocus(Qt::OtherFocusReason);
    else
        m_approve->setFocus(Qt::OtherFocusReason);
}

void DecisionPanel::openStep(Step step)
{
    if (m_busy)
        return;
    m_step = step;
    m_reasonError->hide();
    m_documentError->hide();
    m_steps->setCurrentIndex(int(step));
    m_steps->setVisible(step != Step::Choose);
    if (step == Step::Reject)
        m_reason->setFocus(Qt::ShortcutFocusReason);
    else if (step == Step::Incomplete)
        m_document->setFocus(Qt::ShortcutFocusReason);
}

void DecisionPanel::confirmReject()
{
    if (m_busy || m_step != Step::Reject)
        return;
    const QString reason = m_reason->currentText().simplified();
    if (reason.isEmpty()) {
        showFieldError(m_reasonError, m_reason, tr("Reason for the refusal: choose a reason or type one."));
        return;
    }
    emitDecision(Reject, reason, {});
}

void DecisionPanel::confirmIncomplete()
{
    if (m_busy || m_step != Step::Incomplete)
        return;
    if (m_document->currentIndex() < 0) {
        showFieldError(m_documentError, m_document, tr("Document to complete: choose the document to ask for."));
        return;
    }
    emitDecision(Incomplete, m_message->text().simplified(), m_document->currentData().toString());
}

void DecisionPanel::emitDecision(const QString& decision, const QString& reason, const QString& kind)
{
    if (m_busy)
        return;
    m_error->hide();
    m_busy = true;
    updateEnabled();
    Q_EMIT decided(decision, reason, kind);
}

void DecisionPanel::showFieldError(QLabel* label, QWidget* field, const QString& message)
{
    label->setText(message);
    label->setAccessibleName(message);
    label->show();
    field->setFocus(Qt::OtherFocusReason);
}

void DecisionPanel::updateEnabled()
{
    const bool idle = !m_busy;
    m_approve->setEnabled(idle);
    m_reject->setEnabled(idle);
    m_incomplete->setEnabled(idle && m_document->count() > 0);
    m_steps->setEnabled(idle);
}

void DecisionPanel::keyPressEvent(QKeyEvent* event)
{
    if (m_step != Step::Choose && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        if (m_step == Step::Reject)
            confirmReject();
        else
            confirmIncomplete();
        return;
    }
    if (m_step != Step::Choose && event->key() == Qt::Key_Escape) {
        openStep(Step::Choose);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace citoyens
