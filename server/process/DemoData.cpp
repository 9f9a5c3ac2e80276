#include "DemoData.h"

#include "Logging.h"
#include "auth/AccountStore.h"
#include "auth/PasswordHasher.h"
#include "auth/TokenService.h"
#include "beneficiaries/BeneficiaryStore.h"
#include "catalogue/CatalogueStore.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "db/SqlTransaction.h"
#include "documents/DocumentStore.h"
#include "documents/FileStore.h"
#include "http/RequestContext.h"
#include "models/DocumentRequirement.h"
#include "models/DocumentRules.h"
#include "models/IncomeRule.h"
#include "payments/SandboxPaymentProvider.h"
#include "payments/TopUpSettlement.h"
#include "queue/Decisions.h"
#include "routing/RouteSupport.h"
#include "subscriptions/SubscriptionStore.h"
#include "wallet/TopUpService.h"

#include <QDateTime>

namespace citoyens::server::DemoData {

namespace {

struct DemoAccount
{
    bool mustChangePassword; // a password chosen before the password policy
    const char* email;
    const char* password;
    const char* civility;
    const char* firstName;
    const char* lastName;
    const char* role;
    const char* commune; // agents only
};

const DemoAccount Accounts[] = {
    { false, "marie.dupont@example.org", "Citoyens-2026!", "Mme", "Marie", "Dupont", "citizen", nullptr },
    // Created before the password policy: must choose a new password at first sign-in.
    { true, "jean.martin@example.org", "puyenvelay", "M", "Jean", "Martin", "citizen", nullptr },
    { false, "agent.aiguilhe@example.org", "Guichet-Aiguilhe-2026", "M", "Agent", "Aiguilhe", "agent", "AIGUILHE" },
    { false, "agent.allegre@example.org", "Guichet-Allegre-2026", "Mme", "Agent", "Allègre", "agent", "ALLÈGRE" },
    { false, "agent.bains@example.org", "Guichet-Bains-2026", "M", "Agent", "Bains", "agent", "BAINS" },
    { false, "agent.rosieres@example.org", "Guichet-Rosieres-2026", "Mme", "Agent", "Rosières", "agent", "ROSIÈRES" },
    { false, "admin@example.org", "Admin-Citoyens-2026", "Mme", "Claire", "Administratrice", "administrator", nullptr },
};

// Mme Sophie Bernard of Rosières: the family of docs/architecture/accounts.md, ready to book.
struct DemoChild
{
    const char* firstName;
    int year, month, day;
    const char* schoolClass;
};

const char* const FamilyPassword = "Citoyens-2026!";
const char* const FamilyAgentEmail = "agent.rosieres@example.org";
const DemoChild FamilyChildren[] = { { "Léa", 2018, 9, 14, "CE1" }, { "Tom", 2021, 5, 2, "MS" } };
const char* const FamilyServices[]
    = { "rosieres-reservation-cantine-pour-enfants", "rosieres-inscription-accueil-de-loisirs-resident-commune" };
// A parent alone with two children: 2.5 parts; 11 750 € give a quotient of 391 ("inf 399").
constexpr qint64 FamilyIncomeEuros = 11750;
constexpr int FamilyPartsHalves = 5;
const QString FamilyBracket = QStringLiteral("inf 399");

// A one-page PDF 1.4 saying `text` (ASCII), with a correct cross-reference table.
QByteArray minimalPdf(const QByteArray& text)
{
    const QByteArray content = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

StoredDocument familyDocument(const QString& accountId, const QString& kind, const QString& filename,
                              const QByteArray& bytes, qint64 now)
{
    StoredDocument d;
    d.accountId = accountId;
    d.document.id = TokenService::newId();
    d.document.kind = kind;
    d.document.filename = filename;
    d.document.contentType = DocumentRules::Pdf;
    d.document.size = bytes.size();
    d.document.sha256 = FileStore::sha256(bytes);
    d.document.createdAt = RouteSupport::instant(now);
    return d;
}

// The Rosières agent approves the requests, then the children for Rosières, as its decision
// routes write them: the decision, the citizen's notification, the audit entry.
void approveFamily(const QSqlDatabase& db, const QString& agentId, const QString& accountId, qint64 now)
{
    RequestContext ctx;
    ctx.requestId = QStringLiteral("demo-data");
    const Decisions::Decision approval = Decisions::approval();
    QString communeId;
    for (const Subscription& s : SubscriptionStore::listForAccount(db, accountId)) {
        if (!Decisions::onSubscription(db, ctx, agentId, accountId, s, approval, now))
            throw DbError(QStringLiteral("demo family: request already decided"));
        communeId = s.communeId;
    }
    for (const StoredBeneficiary& b : BeneficiaryStore::storedForAccount(db, accountId)) {
        if (!Decisions::onBeneficiary(db, ctx, agentId, accountId, b.beneficiary, communeId, approval, now))
            throw DbError(QStringLiteral("demo family: child already decided"));
    }
}

// The account, its documents, requests and children, all approved, in one transaction; false
// when the account exists already.
bool insertFamily(Database& database, const Account& a, const QString& hash, const QList<StoredDocument>& documents,
                  qint64 now, QString* error)
{
    SqlTransaction tx(database);
    QSqlDatabase db = tx.db();
    if (AccountStore::findByEmail(db, a.email))
        return false;
    const std::optional<StoredAccount> agent = AccountStore::findByEmail(db, QString::fromUtf8(FamilyAgentEmail));
    if (!agent) {
        *error = QStringLiteral("demo family: no Rosières agent");
        return false;
    }
    AccountStore::insert(db, a, hash, false);
    for (const StoredDocument& d : documents)
        DocumentStore::insert(db, d);
    for (const char* serviceId : FamilyServices) {
        QString communeName;
        const std::optional<Service> service
            = CatalogueStore::findService(db, QString::fromUtf8(serviceId), &communeName);
        if (!service) {
            *error = QStringLiteral("demo family: no service %1").arg(QString::fromUtf8(serviceId));
            return false;
        }
        const IncomeAssessment income = IncomeRule::assess(*service, FamilyIncomeEuros, FamilyPartsHalves);
        if (income.bracketLabel != FamilyBracket) {
            *error = QStringLiteral("demo family: %1 is not in the bracket %2").arg(service->id, FamilyBracket);
            return false;
        }
        QList<SubscriptionDocument> attached;
        for (const StoredDocument& d : documents)
            attached.append({ d.document.kind, d.document.id });
        const Subscription sub = SubscriptionStore::newPending(*service, communeName, income, attached, now);
        SubscriptionStore::insert(db, StoredSubscription { sub, a.id, {} });
    }
    for (const DemoChild& child : FamilyChildren) {
        Beneficiary b;
        b.id = TokenService::newId();
        b.lastName = a.lastName;
        b.firstName = QString::fromUtf8(child.firstName);
        b.birthDate = QDate(child.year, child.month, child.day);
        b.relation = QStringLiteral("Enfant");
        b.schoolClass = QString::fromUtf8(child.schoolClass);
        b.status = Beneficiary::StatusPending;
        b.createdAt = RouteSupport::instant(now);
        BeneficiaryStore::insert(db, StoredBeneficiary { b, a.id, {}, {} }, now);
    }
    approveFamily(db, agent->account.id, a.id, now);
    tx.commit();
    return true;
}

// 50 € paid on the sandbox's page and settled, as POST /me/wallet/top-ups and the person's
// "Payer" make it.
void topUpFamily(Database& database, const FamilyDeps& family, const QString& accountId)
{
    const WalletStore::TopUp t
        = TopUpService(&database, family.sandbox, family.settlement).start(accountId, FamilyTopUpCents);
    const qint64 now = RouteSupport::nowMs();
    if (family.sandbox->decide(t.idOp, SandboxPaymentProvider::Action::Pay, now)
        != SandboxPaymentProvider::Decided::Done)
        throw DbError(QStringLiteral("demo family: the sandbox refused the payment"));
    const std::optional<WalletStore::TopUp> settled
        = family.settlement->settleOperation(t.idOp, now, TopUpSettlement::Channel::Read);
    if (!settled || settled->status != WalletStore::Paid)
        throw DbError(QStringLiteral("demo family: the top-up was not settled"));
    qCInfo(lcServer).noquote() << "demo family: wallet topped up through the" << family.sandbox->name();
}

bool ensureFamily(Database& database, const PasswordHasher& hasher, const FamilyDeps& family, QString* error)
{
    if (AccountStore::findByEmail(database.connection(), FamilyEmail))
        return true;
    if (!family.files) {
        *error = QStringLiteral("demo family: no file store");
        return false;
    }
    const qint64 now = RouteSupport::nowMs();
    Account a;
    a.id = TokenService::newId();
    a.email = FamilyEmail;
    a.civility = Account::CivilityMme;
    a.firstName = QStringLiteral("Sophie");
    a.lastName = QStringLiteral("Bernard");
    a.role = Account::RoleCitizen;
    a.createdAt = QDateTime::fromSecsSinceEpoch(now / 1000, Qt::UTC);
    const QString hash = hasher.hash(QString::fromUtf8(FamilyPassword));

    const QList<std::pair<QString, QByteArray>> files {
        { DocumentRequirement::KindProofOfAddress,
          minimalPdf("Justificatif de domicile - Mme Sophie Bernard, Rosieres") },
        { DocumentRequirement::KindIncomeStatement,
          minimalPdf("Avis d'imposition - revenu fiscal de reference 11750 euros, 2,5 parts") },
    };
    // On disk first, as an upload does; removed again when the family is not stored.
    QList<StoredDocument> documents;
    QStringList stored;
    QString why;
    bool inserted = false;
    try {
        for (const auto& [kind, bytes] : files) {
            const QString filename = kind == DocumentRequirement::KindProofOfAddress
                ? QStringLiteral("justificatif-domicile.pdf")
                : QStringLiteral("avis-imposition.pdf");
            StoredDocument d = familyDocument(a.id, kind, filename, bytes, now);
            d.storageName = family.files->store(bytes);
            stored.append(d.storageName);
            documents.append(d);
        }
        inserted = insertFamily(database, a, hash, documents, now, &why);
    } catch (...) {
        for (const QString& name : stored)
            family.files->remove(name);
        throw;
    }
    if (!inserted) {
        for (const QString& name : stored)
            family.files->remove(name);
        *error = why;
        return why.isEmpty();
    }
    qCInfo(lcServer).noquote() << "demo family created:" << a.email;
    if (family.sandbox && family.settlement)
        topUpFamily(database, family, a.id);
    return true;
}

} // namespace

bool ensure(Database& database, const PasswordHasher& hasher, const FamilyDeps& family, QString* error)
{
    const std::optional<Catalogue> catalogue = CatalogueStore::readFile(CatalogueResource, error);
    if (!catalogue)
        return false;
    try {
        {
            SqlTransaction tx(database);
            CatalogueStore::import(tx.db(), *catalogue, CatalogueStore::ImportMode::Merge);
            tx.commit();
        }
        for (const DemoAccount& demo : Accounts) {
            const QString email = QString::fromUtf8(demo.email);
            if (AccountStore::findByEmail(database.connection(), email))
                continue;
            Account a;
            a.id = TokenService::newId();
            a.email = email;
            a.civility = QString::fromUtf8(demo.civility);
            a.firstName = QString::fromUtf8(demo.firstName);
            a.lastName = QString::fromUtf8(demo.lastName);
            a.role = QString::fromUtf8(demo.role);
            if (demo.commune)
                a.communes = { QString::fromUtf8(demo.commune) };
            a.createdAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
            const QString hash = hasher.hash(QString::fromUtf8(demo.password));
            SqlTransaction tx(database);
            if (AccountStore::findByEmail(tx.db(), email))
                continue; // another process was quicker
            AccountStore::insert(tx.db(), a, hash, demo.mustChangePassword);
            tx.commit();
            qCInfo(lcServer).noquote() << "demo account created:" << email;
        }
        if (!ensureFamily(database, hasher, family, error))
            return false;
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

} // namespace citoyens::server::DemoData
