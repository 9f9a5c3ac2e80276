#include "RequestView.h"

#include "queue/DecisionPanel.h"
#include "queue/DocumentBrowser.h"
#include "widgets/FamilyQuotientForm.h"
#include "widgets/FormErrors.h"
#include "widgets/FormPage.h"

#include "itemmodels/QueueTableModel.h"
#include "models/DecisionRequest.h"
#include "models/DocumentRules.h"
#include "models/IncomeRule.h"
#include "models/Quotient.h"
#include "queue/QueueCommands.h"
#include "queue/QueueOperation.h"
#include "scope/AccountScope.h"
#include "store/CatalogueRepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

namespace {

// The request's details beside its documents: with the list and the viewer's toolbar, within
// 1100×740.
constexpr int MinimumDetailsWidth = 280;

QString citizenText(const std::optional<CitizenSummary>& citizen)
{
    if (!citizen)
        return {};
    QString text = QStringLiteral("%1 %2").arg(citizen->firstName, citizen->lastName).trimmed();
    if (!citizen->email.isEmpty())
        text += QLatin1Char('\n') + citizen->email;
    return text;
}

QString extensionFor(const QString& mimeType)
{
    if (mimeType == QLatin1String("application/pdf"))
        return QStringLiteral(".pdf");
    if (mimeType == QLatin1String("image/png"))
        return QStringLiteral(".png");
    if (mimeType == QLatin1String("image/jpeg"))
        return QStringLiteral(".jpg");
    return {};
}

} // namespace

RequestView::RequestView(AccountScope* scope, QWidget* parent)
    : QWidget(parent)
    , m_scope(scope)
    , m_title(new QLabel(this))
    , m_details(new QFormLayout)
    , m_photo(new QLabel(this))
    , m_documents(new DocumentBrowser(this))
    , m_decision(new DecisionPanel(this))
    , m_error(FormErrors::createMessageLabel(QStringLiteral("deskRequestError"), this))
    , m_back(new QPushButton(tr("Back to the list (Esc)"), this))
{
    setObjectName(QStringLiteral("deskRequestView"));
    setAccessibleName(tr("Request"));
    m_title->setObjectName(QStringLiteral("deskRequestTitle"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setIndent(0); // a style sheet box would indent it: every title starts at one x
    m_title->setWordWrap(true);
    m_photo->setObjectName(QStringLiteral("deskRequestPhoto"));
    m_photo->setAccessibleName(tr("Photo"));
    m_photo->setFixedSize(140, 180);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setScaledContents(false);
    m_documents->setObjectName(QStringLiteral("deskRequestDocuments"));
    m_documents->setAccessibleName(tr("Documents of the request"));
    m_decision->setObjectName(QStringLiteral("deskDecisionPanel"));
    m_back->setObjectName(QStringLiteral("deskRequestBackButton"));
    m_back->setAccessibleName(tr("Back to the list"));
    m_back->setAutoDefault(false);

    // The request and its documents side by side; the decision below both, the full width.
    auto* left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0); // the title at the page's margin, as every page's
    left->addWidget(m_title);
    left->addLayout(m_details);
    left->addWidget(m_photo);
    left->addStretch(1);
    auto* leftBox = new QWidget(this);
    leftBox->setLayout(left);
    // Wide enough for a label and its value side by side; a row that does not fit puts its
    // value under its label rather than cutting it (a long e-mail address, a service's name).
    m_details->setRowWrapPolicy(QFormLayout::WrapLongRows);
    leftBox->setMinimumWidth(MinimumDetailsWidth);
    leftBox->setMaximumWidth(460);
    auto* top = new QHBoxLayout;
    top->addWidget(leftBox, 1);
    top->addWidget(m_documents, 2);
    m_top = top;
    m_leftBox = leftBox;

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_decision, 1);
    bottom->addWidget(m_back, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(FormPage::pageMargins());
    layout->addLayout(top, 1);
    layout->addWidget(m_error);
    layout->addLayout(bottom);

    // Reading order: the documents (list, viewer's toolbar, the document), then the decision.
    if (auto* lastOfDocuments = m_documents->findChild<QWidget*>(QStringLiteral("documentViewerMessage")))
        setTabOrder(lastOfDocuments, m_decision->findChild<QWidget*>(QStringLiteral("decisionApproveButton")));
    connect(m_back, &QPushButton::clicked, this, &RequestView::backRequested);
    connect(m_decision, &DecisionPanel::decided, this, &RequestView::decide);
}

RequestView::~RequestView()
{
    cancelDownloads();
}

void RequestView::cancelDownloads()
{
    for (const QPointer<QueueOperation>& operation : std::as_const(m_downloads)) {
        if (operation) {
            operation->disconnect(this);
            operation->cancel();
        }
    }
    m_downloads.clear();
}

void RequestView::showItem(const QueueItem& item)
{
    cancelDownloads();
    m_item = item;
    m_error->hide();
    m_decision->reset();
    clearRows();
    m_photo->clear();
    m_documents->setDocuments({});
    if (item.kind == QueueItem::Kind::Subscription)
        fillSubscription();
    else
        fillBeneficiary();
    m_decision->setFocus(Qt::OtherFocusReason);
}

void RequestView::addRow(const QString& label, const QString& value, const QString& objectName)
{
    auto* field = new QLabel(value, this);
    field->setObjectName(objectName);
    field->setAccessibleName(label);
    field->setWordWrap(true);
    field->setToolTip(value);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->addRow(label, field);
}

void RequestView::clearRows()
{
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
}

void RequestView::fillSubscription()
{
    const Subscription& s = m_item.subscription;
    m_title->setText(tr("Request from %1")
                         .arg(s.citizen ? s.citizen->firstName + QLatin1Char(' ') + s.citizen->lastName : QString()));
    m_photo->hide();
    m_documents->show();
    m_top->setAlignment(m_leftBox, {});
    m_leftBox->setMinimumWidth(MinimumDetailsWidth);
    addRow(tr("Citizen"), citizenText(s.citizen), QStringLiteral("deskRequestCitizen"));
    addRow(tr("Service"), Subscription::titleCase(s.serviceName), QStringLiteral("deskRequestService"));
    addRow(tr("Commune"), Subscription::titleCase(s.communeName), QStringLiteral("deskRequestCommune"));

    // The client's own reading of the income rule, with the service's brackets; the server's
    // figures when the catalogue does not know the service.
    std::optional<int> quotient = s.quotient;
    QString bracket = s.bracketLabel;
    const Catalogue catalogue = m_scope->catalogueRepository()->load();
    const Service* service = catalogue.findService(s.serviceId);
    if (service && service->needsIncome) {
        const IncomeAssessment assessed = IncomeRule::assess(*service, s.fiscalIncomeEuros, s.fiscalPartsHalves);
        if (assessed.quotient) {
            quotient = assessed.quotient;
            bracket = assessed.bracketLabel;
        }
    }
    const QLocale locale;
    const QString none = tr("not given");
    if (s.familyQuotient) {
        // The CAF/MSA's figure, read by the server: nothing typed, no document to read.
        if (service)
            if (const TariffBracket* b = Quotient::bracketFor(service->brackets, s.familyQuotient->valeur))
                bracket = b->label;
        addRow(tr("Family quotient"),
               tr("%1, obtained on %2")
                   .arg(FamilyQuotientForm::summary(*s.familyQuotient),
                        locale.toString(s.familyQuotient->obtainedAt.toLocalTime().date(), tr("d MMMM yyyy"))),
               QStringLiteral("deskRequestFamilyQuotient"));
        addRow(tr("Bracket"), bracket.isEmpty() ? none : bracket, QStringLiteral("deskRequestBracket"));
        addRow(tr("Received on"), locale.toString(s.createdAt.toLocalTime(), tr("dddd d MMMM yyyy 'at' HH:mm")),
               QStringLiteral("deskRequestDate"));
        showDocuments(service);
        return;
    }
    addRow(tr("Declared income"), s.fiscalIncomeEuros ? tr("%1 €").arg(locale.toString(*s.fiscalIncomeEuros)) : none,
           QStringLiteral("deskRequestIncome"));
    addRow(tr("Tax parts"), s.fiscalPartsHalves ? locale.toString(*s.fiscalPartsHalves / 2.0, 'g', 3) : none,
           QStringLiteral("deskRequestParts"));
    addRow(tr("Family quotient"), quotient ? tr("%1 €").arg(locale.toString(*quotient)) : none,
           QStringLiteral("deskRequestQuotient"));
    addRow(tr("Bracket"), bracket.isEmpty() ? none : bracket, QStringLiteral("deskRequestBracket"));
    addRow(tr("Received on"), locale.toString(s.createdAt.toLocalTime(), tr("dddd d MMMM yyyy 'at' HH:mm")),
           QStringLiteral("deskRequestDate"));

    showDocuments(service);
}

void RequestView::showDocuments(const Service* service)
{
    QList<DocumentRequirement> kinds;
    for (const QString& kind : m_scope->queueCommands()->documentKinds(m_item)) {
        QString label = DocumentRequirement::defaultLabel(kind);
        if (service) {
            for (const DocumentRequirement& r : service->requiredDocuments) {
                if (r.kind == kind && !r.label.isEmpty())
                    label = r.label;
            }
        }
        kinds.append({ kind, label.isEmpty() ? kind : label });
    }
    m_decision->setDocumentKinds(kinds);
    downloadDocuments();
}

void RequestView::fillBeneficiary()
{
    const Beneficiary& b = m_item.beneficiary;
    const QString name = QStringLiteral("%1 %2").arg(b.firstName, b.lastName);
    m_title->setText(tr("Beneficiary %1").arg(name));
    m_documents->hide();
    // Without documents beside it, the request stays on the left, as wide as it may be: left to
    // its size hint, which a word-wrapped value underestimates, the box cut the citizen's e-mail
    // address (seen under Xvfb at 1100×740).
    m_top->setAlignment(m_leftBox, Qt::AlignLeft);
    m_leftBox->setMinimumWidth(m_leftBox->maximumWidth());
    m_photo->show();
    m_photo->setText(m_item.photoHref.isEmpty() ? tr("No photo") : tr("Loading the photo…"));
    const QLocale locale;
    const QString none = tr("not given");
    const auto given = [&none](const QString& value) {
        return value.trimmed().isEmpty() ? none : value;
    };
    addRow(tr("Citizen"), citizenText(b.citizen), QStringLiteral("deskRequestCitizen"));
    addRow(tr("Beneficiary"), name, QStringLiteral("deskRequestBeneficiary"));
    addRow(tr("Commune"), m_scope->queueModel()->communeName(m_item.communeId), QStringLiteral("deskRequestCommune"));
    addRow(tr("Birth date"), b.birthDate.isValid() ? locale.toString(b.birthDate, QLocale::LongFormat) : none,
           QStringLiteral("deskRequestBirthDate"));
    addRow(tr("Relation"), given(b.relation), QStringLiteral("deskRequestRelation"));
    addRow(tr("Class"), given(b.schoolClass), QStringLiteral("deskRequestClass"));
    addRow(tr("PAI"), b.pai.isEmpty() ? tr("none") : b.pai, QStringLiteral("deskRequestPai"));
    m_decision->setDocumentKinds({});
    downloadPhoto();
}

void RequestView::downloadDocuments()
{
    const QList<SubscriptionDocument> documents = m_item.subscription.documents;
    m_documentBytes = QList<QByteArray>(documents.size());
    QList<DocumentBrowser::Entry> entries;
    for (const SubscriptionDocument& d : documents) {
        const QString label = DocumentRequirement::defaultLabel(d.kind);
        entries.append({ label.isEmpty() ? d.kind : label, {}, {}, {}, {} });
    }
    for (int i = 0; i < documents.size(); ++i) {
        QueueOperation* operation = m_scope->queueCommands()->fetchDocument(m_item, documents.at(i).documentId);
        m_downloads.append(operation);
        connect(operation, &Operation::finished, this, [this, operation, i, entries]() mutable {
            m_downloads.removeAll(operation);
            if (!operation->succeeded()) {
                if (operation->error().kind != ApiError::Kind::Cancelled) {
                    m_error->setText(tr("A document could not be downloaded: %1").arg(operation->error().message));
                    m_error->show();
                }
                return;
            }
            m_documentBytes[i] = operation->bytes();
            // What has arrived so far, in the request's order; the one on screen stays.
            QList<DocumentBrowser::Entry> shown;
            for (int j = 0; j < entries.size(); ++j) {
                if (m_documentBytes.at(j).isEmpty())
                    continue;
                DocumentBrowser::Entry entry = entries.at(j);
                entry.data = m_documentBytes.at(j);
                entry.mimeType = DocumentRules::sniff(entry.data.left(16));
                entry.fileName = entry.label + extensionFor(entry.mimeType);
                shown.append(entry);
            }
            const int current = m_documents->currentIndex();
            m_documents->setDocuments(shown);
            if (current > 0 && current < shown.size())
                m_documents->setCurrentIndex(current);
        });
    }
}

void RequestView::downloadPhoto()
{
    if (m_item.photoHref.isEmpty())
        return;
    QueueOperation* operation = m_scope->queueCommands()->fetchPhoto(m_item);
    m_downloads.append(operation);
    connect(operation, &Operation::finished, this, [this, operation] {
        m_downloads.removeAll(operation);
        QPixmap photo;
        if (!operation->succeeded() || !photo.loadFromData(operation->bytes())) {
            m_photo->setText(tr("The photo could not be shown."));
            return;
        }
        m_photo->setPixmap(photo.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    });
}

void RequestView::decide(const QString& decision, const QString& reason, const QString& documentKind)
{
    m_error->hide();
    DecisionRequest request { decision, reason, documentKind, {} };
    // The server needs a reason for an incomplete request; the panel's message is optional.
    if (decision == DecisionRequest::Incomplete && reason.trimmed().isEmpty() && !documentKind.isEmpty()) {
        const QString label = DocumentRequirement::defaultLabel(documentKind);
        request.reason = tr("Document to complete: %1").arg(label.isEmpty() ? documentKind : label);
    }
    Q_EMIT decisionChosen(m_item, request, reason);
}

void RequestView::showDecision(const QueueItem& item, const DecisionRequest& request, const QString& typed,
                               const QString& error)
{
    // Already on screen (the page has just opened it): its documents are not fetched twice.
    if (item.key() != m_item.key() || !isVisible())
        showItem(item);
    m_decision->restore(request.decision, typed, request.documentKind);
    if (!error.isEmpty())
        m_decision->setError(error);
}

QString RequestView::personName(const QueueItem& item)
{
    if (item.kind == QueueItem::Kind::Beneficiary)
        return QStringLiteral("%1 %2").arg(item.beneficiary.firstName, item.beneficiary.lastName).trimmed();
    const std::optional<CitizenSummary>& citizen = item.subscription.citizen;
    return citizen ? QStringLiteral("%1 %2").arg(citizen->firstName, citizen->lastName).trimmed() : QString();
}

void RequestView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace citoyens
