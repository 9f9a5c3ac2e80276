// The real keychain on a shared desk machine: an agent serves a citizen in an assisted scope,
// and afterwards the keychain holds nothing of that citizen — read back item by item through
// the Secret Service (gnome-keyring in the private D-Bus session scripts/test starts), labels,
// attributes and secrets. Skipped without that session.
#include "DemoAccounts.h"
#include "TestHttp.h"
#include "TestServer.h"

#include "ClientCore.h"
#include "scope/AccountScope.h"
#include "session/KeychainSecretStore.h"
#include "session/Session.h"
#include "sync/BeneficiaryCommands.h"
#include "sync/SyncService.h"

#include "models/Beneficiary.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace citoyens;
using namespace demo;

namespace {

constexpr int NetworkTimeoutMs = 20000;

const QString SecretsService = QStringLiteral("org.freedesktop.secrets");
const QString SecretsPath = QStringLiteral("/org/freedesktop/secrets");

// One keychain item as the Secret Service gives it: label, attributes and the secret itself.
struct SecretItem
{
    QString label;
    QMap<QString, QString> attributes;
    QByteArray secret;

    QString allText() const
    {
        QStringList parts { label, QString::fromUtf8(secret) };
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
            parts << it.key() << it.value();
        return parts.join(QLatin1Char('\n'));
    }
};

QDBusMessage callSecrets(const QString& path, const QString& interface, const QString& method,
                         const QVariantList& arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(SecretsService, path, interface, method);
    message.setArguments(arguments);
    return QDBusConnection::sessionBus().call(message, QDBus::Block, NetworkTimeoutMs);
}

// Every unlocked item of every collection, with its secret (a "plain" session: the bus is
// private to this run).
QList<SecretItem> allSecretItems(QString* error)
{
    const QDBusMessage opened
        = callSecrets(SecretsPath, QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"),
                      { QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString())) });
    if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2) {
        *error = opened.errorMessage();
        return {};
    }
    const QDBusObjectPath session = opened.arguments().at(1).value<QDBusObjectPath>();
    const QDBusMessage found
        = callSecrets(SecretsPath, QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"),
                      { QVariant::fromValue(QMap<QString, QString>()) });
    if (found.type() != QDBusMessage::ReplyMessage || found.arguments().size() != 2) {
        *error = found.errorMessage();
        return {};
    }
    QList<SecretItem> items;
    for (const QVariant& list : found.arguments()) {
        for (const QDBusObjectPath& path : qdbus_cast<QList<QDBusObjectPath>>(list)) {
            SecretItem item;
            const auto property = [&path](const QString& name) {
                return callSecrets(path.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
                                   QStringLiteral("Get"), { QStringLiteral("org.freedesktop.Secret.Item"), name });
            };
            const QDBusMessage label = property(QStringLiteral("Label"));
            if (!label.arguments().isEmpty())
                item.label = label.arguments().at(0).value<QDBusVariant>().variant().toString();
            const QDBusMessage attributes = property(QStringLiteral("Attributes"));
            if (!attributes.arguments().isEmpty()) {
                item.attributes = qdbus_cast<QMap<QString, QString>>(
                    attributes.arguments().at(0).value<QDBusVariant>().variant().value<QDBusArgument>());
            }
            const QDBusMessage secret = callSecrets(path.path(), QStringLiteral("org.freedesktop.Secret.Item"),
                                                    QStringLiteral("GetSecret"), { QVariant::fromValue(session) });
            if (!secret.arguments().isEmpty()) {
                const QDBusArgument value = secret.arguments().at(0).value<QDBusArgument>();
                QDBusObjectPath sessionPath;
                QByteArray parameters;
                QString contentType;
                value.beginStructure();
                value >> sessionPath >> parameters >> item.secret >> contentType;
                value.endStructure();
            }
            items.append(item);
        }
    }
    callSecrets(session.path(), QStringLiteral("org.freedesktop.Secret.Session"), QStringLiteral("Close"), {});
    return items;
}

} // namespace

class TestAgentKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void assistedSessionLeavesNothingInTheKeychain();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestAgentKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session (DBUS_SESSION_BUS_ADDRESS unset): run under dbus-run-session with gnome-keyring "
              "unlocked, as scripts/test does, to test the real keychain.");
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CitoyensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_agentkeychain"));
    m_server = std::make_unique<TestServer>(QStringList { QStringLiteral("--demo-data") });
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestAgentKeychain::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
}

void TestAgentKeychain::assistedSessionLeavesNothingInTheKeychain()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    QSettings().remove(QStringLiteral("session"));
    ClientCore::Options options;
    options.api.baseUrl = m_server->baseUrl();
    options.api.caCertificates = m_server->caCertificates();
    options.dataDir = dataDir.path();
    options.secrets = std::make_unique<KeychainSecretStore>();
    ClientCore core(std::move(options));
    QVERIFY2(core.secrets()->isAvailable(), qPrintable(core.secrets()->availabilityMessage()));

    // The agent ticks "Se souvenir de moi": their own token is the one thing the keychain may
    // hold, and reading it back shows the listing below sees what the client writes.
    QSignalSpy written(core.secrets(), &SecretStore::writeFinished);
    core.session()->signIn(AgentEmail, AgentPassword, true);
    QTRY_COMPARE_WITH_TIMEOUT(core.session()->state(), Session::State::SignedIn, NetworkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, NetworkTimeoutMs);
    QVERIFY2(written.at(0).at(1).toBool(), qPrintable(written.at(0).at(2).toString()));
    const QString agentKey = core.session()->secretKey(core.session()->account()->id);
    QString error;
    const QList<SecretItem> before = allSecretItems(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    bool agentFound = false;
    for (const SecretItem& item : before)
        agentFound = agentFound || item.allText().contains(agentKey);
    QVERIFY2(agentFound, "the agent's remembered session is not in the keychain listing");

    // The citizen's assisted scope, from the token the desk obtains, and a change made in it.
    TestHttp http(*m_server);
    const TestReply login
        = http.post(QStringLiteral("/auth/login"),
                    { { QStringLiteral("email"), MarieEmail }, { QStringLiteral("password"), MariePassword } });
    QCOMPARE(login.status, 200);
    const QString token = login.json().value(QStringLiteral("accessToken")).toString();
    const QString marieId
        = login.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(!marieId.isEmpty());
    std::unique_ptr<AccountScope> scope = core.openAssisted(token.toUtf8(), &error);
    QVERIFY2(scope, qPrintable(error));
    QSignalSpy synced(scope->sync(), &SyncService::syncFinished);
    scope->start();
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), NetworkTimeoutMs);
    Beneficiary b;
    b.firstName = QStringLiteral("Léon");
    b.lastName = QStringLiteral("Dupont");
    b.birthDate = QDate(2019, 5, 6);
    b.relation = QStringLiteral("Enfant");
    b.schoolClass = QStringLiteral("GS");
    BeneficiaryOperation* creation = scope->beneficiaryCommands()->create(b);
    QVERIFY(creation);
    QSignalSpy created(creation, &Operation::finished);
    QVERIFY(created.wait(NetworkTimeoutMs));
    QVERIFY2(creation->succeeded(), qPrintable(creation->error().message));
    scope.reset();

    // Item by item: nothing names the citizen, their account or their token.
    const QList<SecretItem> after = allSecretItems(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(after.size(), before.size());
    for (const SecretItem& item : after) {
        const QString text = item.allText();
        for (const QString& trace : { marieId, MarieEmail, token, QStringLiteral("Léon") })
            QVERIFY2(!text.contains(trace, Qt::CaseInsensitive), qPrintable(item.label));
    }

    // The agent's sign-out takes their own entry away too.
    QSignalSpy removed(core.secrets(), &SecretStore::removeFinished);
    core.session()->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, NetworkTimeoutMs);
    for (const SecretItem& item : allSecretItems(&error))
        QVERIFY2(!item.allText().contains(agentKey), qPrintable(item.label));
}

QTEST_GUILESS_MAIN(TestAgentKeychain)
#include "tst_agentkeychain.moc"
