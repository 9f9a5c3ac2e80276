// SubscriptionCommands' local checks (no server): the models/ rules and the files' size and
// type by content. Nothing is sent when the draft is not valid.
#include "api/ApiClient.h"
#include "store/CatalogueRepository.h"
#include "store/LocalStore.h"
#include "store/SubscriptionRepository.h"
#include "sync/SubscriptionCommands.h"

#include "models/DocumentRules.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace citoyens;

namespace {

const QString ProofField = QStringLiteral("documents.proof_of_address");
const QString IncomeField = QStringLiteral("documents.income_statement");

bool has(const FieldErrors& errors, const QString& field, const QString& code)
{
    return errors.contains(FieldError { field, code });
}

} // namespace

class TestSubscriptionCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void validDraft();
    void missingEverything();
    void badFiles();
    void invalidDraftIsNotSent();

private:
    QString write(const QString& name, const QByteArray& bytes);
    SubscriptionDraft goodDraft();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CatalogueRepository> m_catalogue;
    std::unique_ptr<SubscriptionRepository> m_subscriptions;
    std::unique_ptr<SubscriptionCommands> m_commands;
};

QString TestSubscriptionCommands::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestSubscriptionCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY(m_store->open());
    // Nothing listens there: a request leaving by mistake would fail, not hang.
    ApiClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
    m_client = std::make_unique<ApiClient>(config);
    m_catalogue = std::make_unique<CatalogueRepository>(m_store.get());
    m_subscriptions = std::make_unique<SubscriptionRepository>(m_store.get());
    m_commands = std::make_unique<SubscriptionCommands>(m_client.get(), m_subscriptions.get(), m_catalogue.get());

    Service s;
    s.id = QStringLiteral("rosieres-loisirs");
    s.communeId = QStringLiteral("rosieres");
    s.name = QStringLiteral("Inscription accueil de loisirs résident commune");
    s.requiredDocuments = { { DocumentRequirement::KindProofOfAddress, QStringLiteral("Justificatif de domicile") },
                            { DocumentRequirement::KindIncomeStatement, QStringLiteral("Attestation") } };
    s.brackets = { { 399, QStringLiteral("inf 399") }, { std::nullopt, QStringLiteral("sup 999") } };
    s.needsIncome = true;
    QVERIFY(
        m_catalogue->save(Catalogue { { Commune { QStringLiteral("rosieres"), QStringLiteral("ROSIÈRES"), { s } } } }));
}

void TestSubscriptionCommands::cleanup()
{
    m_commands.reset();
    m_subscriptions.reset();
    m_catalogue.reset();
    m_client.reset();
    m_store.reset();
}

SubscriptionDraft TestSubscriptionCommands::goodDraft()
{
    SubscriptionDraft draft;
    draft.serviceId = QStringLiteral("rosieres-loisirs");
    draft.fiscalIncomeEuros = 12000;
    draft.fiscalPartsHalves = 6;
    draft.documentFiles.insert(DocumentRequirement::KindProofOfAddress,
                               write(QStringLiteral("edf.pdf"), "%PDF-1.4\n% facture\n%%EOF\n"));
    draft.documentFiles.insert(DocumentRequirement::KindIncomeStatement,
                               write(QStringLiteral("avis.png"), QByteArray::fromHex("89504E470D0A1A0A") + "rest"));
    return draft;
}

void TestSubscriptionCommands::validDraft()
{
    QVERIFY(m_commands->validate(goodDraft()).isEmpty());
}

void TestSubscriptionCommands::missingEverything()
{
    QVERIFY(has(m_commands->validate({}), QStringLiteral("serviceId"), QStringLiteral("required")));
    SubscriptionDraft unknown;
    unknown.serviceId = QStringLiteral("nowhere");
    QVERIFY(has(m_commands->validate(unknown), QStringLiteral("serviceId"), QStringLiteral("not_found")));

    SubscriptionDraft draft;
    draft.serviceId = QStringLiteral("rosieres-loisirs");
    const FieldErrors errors = m_commands->validate(draft);
    QVERIFY(has(errors, QStringLiteral("fiscalIncomeEuros"), QStringLiteral("required")));
    QVERIFY(has(errors, QStringLiteral("fiscalPartsHalves"), QStringLiteral("required")));
    QVERIFY(has(errors, ProofField, QStringLiteral("required")));
    QVERIFY(has(errors, IncomeField, QStringLiteral("required")));

    draft = goodDraft();
    draft.fiscalIncomeEuros = -5;
    draft.fiscalPartsHalves = 1;
    const FieldErrors rules = m_commands->validate(draft);
    QVERIFY(has(rules, QStringLiteral("fiscalIncomeEuros"), QStringLiteral("negative")));
    QVERIFY(has(rules, QStringLiteral("fiscalPartsHalves"), QStringLiteral("invalid_parts")));
}

void TestSubscriptionCommands::badFiles()
{
    SubscriptionDraft draft = goodDraft();
    draft.documentFiles[DocumentRequirement::KindProofOfAddress] = write(QStringLiteral("empty.pdf"), {});
    draft.documentFiles[DocumentRequirement::KindIncomeStatement] = write(QStringLiteral("fake.pdf"), "MZ not a pdf");
    FieldErrors errors = m_commands->validate(draft);
    QVERIFY(has(errors, ProofField, QStringLiteral("empty_file")));
    QVERIFY(has(errors, IncomeField, QStringLiteral("unsupported_media_type")));

    // One byte over the limit (a sparse file: nothing is written).
    const QString big = write(QStringLiteral("big.pdf"), "%PDF-1.4\n");
    QFile file(big);
    QVERIFY(file.resize(DocumentRules::MaxDocumentBytes + 1));
    draft.documentFiles[DocumentRequirement::KindProofOfAddress] = big;
    draft.documentFiles[DocumentRequirement::KindIncomeStatement] = m_dir->filePath(QStringLiteral("gone.pdf"));
    errors = m_commands->validate(draft);
    QVERIFY(has(errors, ProofField, QStringLiteral("too_large")));
    QVERIFY(has(errors, IncomeField, QStringLiteral("not_found")));
}

void TestSubscriptionCommands::invalidDraftIsNotSent()
{
    SubscriptionDraft draft = goodDraft();
    draft.documentFiles.remove(DocumentRequirement::KindIncomeStatement);
    // Refused at once, through the operation the page keeps: never busy, nothing sent.
    SubscriptionOperation* refused = m_commands->submit(draft);
    QVERIFY(refused);
    QCOMPARE(refused->state(), Operation::State::Failed);
    QCOMPARE(refused->error().code, QStringLiteral("validation_failed"));
    QVERIFY(has(refused->error().fieldErrors, IncomeField, QStringLiteral("required")));
    QVERIFY(!m_commands->isBusy());
    SubscriptionOperation* missing = m_commands->addMissingDocument(
        QStringLiteral("s1"), DocumentRequirement::KindIncomeStatement, m_dir->filePath(QStringLiteral("gone.pdf")));
    QVERIFY(missing);
    QCOMPARE(missing->state(), Operation::State::Failed);
    QVERIFY(!missing->error().fieldErrors.isEmpty());
    QVERIFY(!m_commands->isBusy());
    QSignalSpy finished(missing, &Operation::finished);
    QVERIFY(finished.wait());
}

QTEST_GUILESS_MAIN(TestSubscriptionCommands)
#include "tst_subscriptioncommands.moc"
