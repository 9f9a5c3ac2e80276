// The wallet and the orders on the client: the wire types read strictly (amounts in cents, totals
// that add up, only an https payment page), the repositories on a real SQLite store (migration
// 4), the item models under QAbstractItemModelTester, and the operations' checks before sending.
#include "api/ApiClient.h"
#include "itemmodels/OrderTableModel.h"
#include "itemmodels/WalletMovementModel.h"
#include "models/Money.h"
#include "models/Order.h"
#include "models/Wallet.h"
#include "store/LocalStore.h"
#include "store/OrderRepository.h"
#include "store/WalletRepository.h"
#include "sync/SyncService.h"
#include "wallet/OrderOperation.h"
#include "wallet/WalletCommands.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace citoyens;

namespace {

QJsonObject movementJson(const QString& id, const QString& kind, qint64 cents, int minute)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("kind"), kind },
             { QStringLiteral("amountCents"), cents },
             { QStringLiteral("createdAt"),
               QStringLiteral("2026-12-01T10:%1:00Z").arg(minute, 2, 10, QLatin1Char('0')) },
             { QStringLiteral("label"), kind == u"top_up" ? QStringLiteral("Rechargement") : QStringLiteral("CMD") } };
}

Wallet wallet(qint64 balance, const QList<QJsonObject>& movements)
{
    QJsonArray list;
    for (const QJsonObject& m : movements)
        list.append(m);
    const auto w
        = Wallet::fromJson({ { QStringLiteral("balanceCents"), balance }, { QStringLiteral("movements"), list } });
    return w.value_or(Wallet());
}

QJsonObject lineJson(const QString& item, qint64 price, int quantity, qint64 total)
{
    return { { QStringLiteral("itemId"), item },
             { QStringLiteral("label"), QStringLiteral("Garderie") },
             { QStringLiteral("unit"), QStringLiteral("séance") },
             { QStringLiteral("unitPriceCents"), price },
             { QStringLiteral("quantity"), quantity },
             { QStringLiteral("totalCents"), total } };
}

QJsonObject orderJson(const QString& id, const QString& number, int day, const QJsonArray& lines, qint64 total)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("number"), number },
             { QStringLiteral("createdAt"), QStringLiteral("2026-11-%1T09:00:00Z").arg(day, 2, 10, QLatin1Char('0')) },
             { QStringLiteral("subscriptionId"), QStringLiteral("s1") },
             { QStringLiteral("serviceName"), QStringLiteral("1ER ENFANT À LA GARDERIE") },
             { QStringLiteral("communeName"), QStringLiteral("AIGUILHE") },
             { QStringLiteral("beneficiaryId"), QStringLiteral("b1") },
             { QStringLiteral("beneficiaryName"), QStringLiteral("Léa Dupont") },
             { QStringLiteral("lines"), lines },
             { QStringLiteral("totalCents"), total },
             { QStringLiteral("paidWith"), QStringLiteral("wallet") },
             { QStringLiteral("status"), QStringLiteral("paid") } };
}

Order order(const QString& id, const QString& number, int day, int quantity)
{
    const auto o = Order::fromJson(
        orderJson(id, number, day, { lineJson(QStringLiteral("g"), 110, quantity, 110 * quantity) }, 110 * quantity));
    return o.value_or(Order());
}

} // namespace

class TestWalletStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void walletWireIsStrict();
    void orderWireMustAddUp();
    void topUpOpensOnlyHttps();
    void orderRequestRules();
    void walletRepositoryKeepsBalanceAndEtag();
    void orderRepositoryReplacesAndUpserts();
    void walletModel();
    void orderModels();
    void commandsRefuseBeforeSending();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestWalletStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
}

void TestWalletStore::cleanup()
{
    m_store.reset();
}

void TestWalletStore::walletWireIsStrict()
{
    const Wallet w = wallet(2060,
                            { movementJson(QStringLiteral("m2"), QStringLiteral("order"), -440, 5),
                              movementJson(QStringLiteral("m1"), QStringLiteral("top_up"), 2500, 1) });
    QCOMPARE(w.balanceCents, qint64(2060));
    QCOMPARE(w.movements.size(), 2);
    QCOMPARE(w.movements.at(0).amountCents, qint64(-440));
    QCOMPARE(Wallet::fromJson(w.toJson()), std::optional<Wallet>(w)); // what the store keeps reads back

    FieldErrors errors;
    QJsonObject badKind = w.toJson();
    QJsonArray movements = badKind.value(QStringLiteral("movements")).toArray();
    QJsonObject first = movements.at(0).toObject();
    first.insert(QStringLiteral("kind"), QStringLiteral("gift"));
    movements[0] = first;
    badKind.insert(QStringLiteral("movements"), movements);
    QVERIFY(!Wallet::fromJson(badKind, &errors));
    QCOMPARE(errors.constFirst().field, QStringLiteral("movements[0].kind"));

    QVERIFY(
        !Wallet::fromJson({ { QStringLiteral("balanceCents"), -1 }, { QStringLiteral("movements"), QJsonArray() } }));
    QVERIFY(!Wallet::fromJson(
        { { QStringLiteral("balanceCents"), Money::MaxCents + 1 }, { QStringLiteral("movements"), QJsonArray() } }));
    QVERIFY(
        !Wallet::fromJson({ { QStringLiteral("balanceCents"), 12.5 }, { QStringLiteral("movements"), QJsonArray() } }));
}

void TestWalletStore::orderWireMustAddUp()
{
    const QJsonArray lines { lineJson(QStringLiteral("g"), 110, 4, 440), lineJson(QStringLiteral("r"), 280, 2, 560) };
    const auto ok = Order::fromJson(orderJson(QStringLiteral("o1"), QStringLiteral("CMD-2026-000001"), 3, lines, 1000));
    QVERIFY(ok);
    QCOMPARE(ok->lines.size(), 2);
    QCOMPARE(Order::fromJson(ok->toJson()), ok);
    FieldErrors errors;
    QVERIFY(!Order::fromJson(orderJson(QStringLiteral("o1"), QStringLiteral("CMD"), 3, lines, 1001), &errors));
    QCOMPARE(errors.constFirst().field, QStringLiteral("totalCents"));
    QVERIFY(!Order::fromJson(
        orderJson(QStringLiteral("o1"), QStringLiteral("CMD"), 3, { lineJson(QStringLiteral("g"), 110, 4, 450) }, 450),
        &errors));
    QCOMPARE(errors.constFirst().field, QStringLiteral("lines[0].totalCents"));
}

void TestWalletStore::topUpOpensOnlyHttps()
{
    QJsonObject json { { QStringLiteral("id"), QStringLiteral("t1") },
                       { QStringLiteral("amountCents"), 2500 },
                       { QStringLiteral("status"), QStringLiteral("pending") },
                       { QStringLiteral("paymentUrl"),
                         QStringLiteral("https://127.0.0.1:8443/sandbox/payfip/paiement?idop=1") },
                       { QStringLiteral("expiresAt"), QStringLiteral("2026-12-01T10:20:00Z") } };
    const auto topUp = TopUp::fromJson(json);
    QVERIFY(topUp);
    QVERIFY(!topUp->isFinal());
    QCOMPARE(topUp->paymentUrl.query(), QStringLiteral("idop=1"));
    json.insert(QStringLiteral("paymentUrl"), QStringLiteral("http://127.0.0.1/pay"));
    FieldErrors errors;
    QVERIFY(!TopUp::fromJson(json, &errors));
    QCOMPARE(errors.constFirst().field, QStringLiteral("paymentUrl"));
    json.insert(QStringLiteral("paymentUrl"), QStringLiteral("file:///etc/passwd"));
    QVERIFY(!TopUp::fromJson(json));
    json.insert(QStringLiteral("paymentUrl"), QJsonValue());
    json.insert(QStringLiteral("status"), QStringLiteral("credited"));
    QVERIFY(!TopUp::fromJson(json));
}

void TestWalletStore::orderRequestRules()
{
    OrderRequest request;
    request.subscriptionId = QStringLiteral("s1");
    QCOMPARE(request.check().constFirst().field, QStringLiteral("lines"));
    request.lines = { { QStringLiteral("g"), 4 }, { QStringLiteral("r"), 100 }, { QStringLiteral("g"), 1 } };
    const FieldErrors errors = request.check();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).field, QStringLiteral("lines[1].quantity"));
    QCOMPARE(errors.at(1).field, QStringLiteral("lines[2].itemId"));

    const QList<Offer> offers { { QStringLiteral("g"), QStringLiteral("Garderie"), 110, QStringLiteral("séance") },
                                { QStringLiteral("r"), QStringLiteral("Repas"), 280, QStringLiteral("repas") } };
    request.lines = { { QStringLiteral("g"), 4 }, { QStringLiteral("r"), 2 } };
    QVERIFY(request.check().isEmpty());
    QCOMPARE(request.total(offers)->cents(), qint64(1000));
    request.lines.append({ QStringLiteral("unknown"), 1 });
    QVERIFY(!request.total(offers)); // an item not offered has no price
    // The body sent: no beneficiaryId unless one is named.
    QVERIFY(!request.toJson().contains(QStringLiteral("beneficiaryId")));
    request.beneficiaryId = QStringLiteral("b1");
    QCOMPARE(request.toJson().value(QStringLiteral("beneficiaryId")).toString(), QStringLiteral("b1"));
}

void TestWalletStore::walletRepositoryKeepsBalanceAndEtag()
{
    QSqlQuery tables(m_store->database());
    QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE name IN ('wallet', 'orders')")));
    int count = 0;
    while (tables.next())
        ++count;
    QCOMPARE(count, 2);

    WalletRepository repository(m_store.get());
    QVERIFY(!repository.load()); // never synced: unknown, not zero
    QSignalSpy changed(&repository, &WalletRepository::changed);
    const Wallet w = wallet(2500, { movementJson(QStringLiteral("m1"), QStringLiteral("top_up"), 2500, 1) });
    QVERIFY(repository.save(w, "\"w1\""));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(repository.load(), std::optional<Wallet>(w));
    QCOMPARE(repository.etag(), QByteArray("\"w1\""));
    QVERIFY(repository.save(w, "\"w1\""));
    QCOMPARE(changed.size(), 1); // the same wallet again: nothing to repaint
    QVERIFY(repository.clearEtag());
    QVERIFY(repository.etag().isEmpty());
    QCOMPARE(repository.load()->balanceCents, qint64(2500)); // still shown until the next sync

    // Another account's file (or none): the repository follows it.
    repository.setStore(nullptr);
    QVERIFY(!repository.load());
    QVERIFY(!repository.save(w, "\"w2\""));
}

void TestWalletStore::orderRepositoryReplacesAndUpserts()
{
    OrderRepository repository(m_store.get());
    QSignalSpy changed(&repository, &OrderRepository::changed);
    QVERIFY(repository.replaceAll({ order(QStringLiteral("o1"), QStringLiteral("CMD-2026-000001"), 2, 4) }, "\"o1\""));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(repository.etag(), QByteArray("\"o1\""));
    const Order second = order(QStringLiteral("o2"), QStringLiteral("CMD-2026-000002"), 9, 2);
    QVERIFY(repository.upsert(second));
    QVERIFY(repository.etag().isEmpty()); // the next sync fetches the list whole
    const QList<Order> all = repository.loadAll();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, QStringLiteral("o2")); // newest first
    QCOMPARE(repository.find(QStringLiteral("o2")), std::optional<Order>(second));
    QVERIFY(repository.replaceAll({ second }, "\"o3\""));
    QCOMPARE(repository.loadAll().size(), 1);
}

void TestWalletStore::walletModel()
{
    WalletRepository repository(m_store.get());
    WalletMovementModel model(&repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.isKnown());
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy balance(&model, &WalletMovementModel::balanceChanged);
    QVERIFY(repository.save(wallet(2500, { movementJson(QStringLiteral("m1"), QStringLiteral("top_up"), 2500, 1) }),
                            "\"1\""));
    QVERIFY(model.isKnown());
    QCOMPARE(balance.size(), 1);
    QCOMPARE(model.balanceCents(), qint64(2500));
    QCOMPARE(model.columnCount(), int(WalletMovementModel::ColumnCount));
    QCOMPARE(model.index(0, WalletMovementModel::Amount).data().toString(),
             QStringLiteral("+") + Money::fromCents(2500).toFrench());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QPersistentModelIndex kept(model.index(0, 0));
    QVERIFY(repository.save(wallet(2060,
                                   { movementJson(QStringLiteral("m2"), QStringLiteral("order"), -440, 5),
                                     movementJson(QStringLiteral("m1"), QStringLiteral("top_up"), 2500, 1) }),
                            "\"2\""));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(kept.row(), 1);
    QCOMPARE(balance.size(), 2);
    QCOMPARE(model.balanceCents(), qint64(2060));
    QCOMPARE(model.index(0, WalletMovementModel::Amount).data().toString(), Money::fromCents(-440).toFrench());
    QCOMPARE(model.index(0, WalletMovementModel::Amount).data(WalletMovementModel::AmountCentsRole).toLongLong(),
             qint64(-440));
    QCOMPARE(model.index(0, 0).data(WalletMovementModel::KindRole).toString(), WalletMovement::KindOrder);
    repository.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isKnown());
}

void TestWalletStore::orderModels()
{
    OrderRepository repository(m_store.get());
    QVERIFY(repository.replaceAll({ order(QStringLiteral("o1"), QStringLiteral("CMD-2026-000001"), 2, 4) }, "\"1\""));
    OrderTableModel model(&repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, OrderTableModel::Number).data().toString(), QStringLiteral("CMD-2026-000001"));
    QCOMPARE(model.index(0, OrderTableModel::Service).data().toString(),
             QStringLiteral("Aiguilhe / 1er Enfant à la Garderie"));
    QCOMPARE(model.index(0, OrderTableModel::Beneficiary).data().toString(), QStringLiteral("Léa Dupont"));
    QCOMPARE(model.index(0, OrderTableModel::Total).data().toString(), Money::fromCents(440).toFrench());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QPersistentModelIndex kept(model.index(0, 0));
    QVERIFY(repository.upsert(order(QStringLiteral("o2"), QStringLiteral("CMD-2026-000002"), 9, 2)));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(kept.row(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("o2")), 0);

    OrderLineModel lines;
    QAbstractItemModelTester linesTester(&lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
    lines.setLines(model.orderAt(1).lines);
    QCOMPARE(lines.rowCount(), 1);
    QCOMPARE(lines.index(0, OrderLineModel::Quantity).data().toInt(), 4);
    QCOMPARE(lines.index(0, OrderLineModel::LineTotal).data().toString(), Money::fromCents(440).toFrench());
    QCOMPARE(lines.index(0, OrderLineModel::UnitPrice).data().toString(),
             Money::fromCents(110).toFrench() + QStringLiteral(" / séance"));
}

void TestWalletStore::commandsRefuseBeforeSending()
{
    // A server that is not there: nothing refused here may reach it.
    ApiClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
    ApiClient client(config);
    WalletRepository wallet(m_store.get());
    OrderRepository orders(m_store.get());
    SyncService sync;
    WalletCommands commands(&client, &wallet, &orders, &sync);
    QSignalSpy started(&commands, &WalletCommands::topUpStarted);

    ApiError topUpError;
    bool topUpSucceeded = true;
    TopUpOperation* topUp = commands.topUp(2000); // not one of the five amounts
    connect(topUp, &Operation::finished, this, [&] {
        topUpSucceeded = topUp->succeeded();
        topUpError = topUp->error();
    });
    QSignalSpy topUpDone(topUp, &Operation::finished);
    QVERIFY(topUpDone.wait());
    QVERIFY(!topUpSucceeded);
    QCOMPARE(topUpError.httpStatus, 0); // never sent
    QVERIFY(topUpError.hasFieldError(QStringLiteral("amountCents")));
    QCOMPARE(started.size(), 0);
    QVERIFY(!commands.currentTopUp());

    OrderRequest request;
    request.subscriptionId = QStringLiteral("s1");
    request.lines = { { QStringLiteral("g"), 0 } };
    ApiError orderError;
    OrderOperation* operation = commands.order(request, WalletCommands::newIdempotencyKey());
    connect(operation, &Operation::finished, this, [&] { orderError = operation->error(); });
    QSignalSpy orderDone(operation, &Operation::finished);
    QVERIFY(orderDone.wait());
    QCOMPARE(orderError.httpStatus, 0);
    QVERIFY(orderError.hasFieldError(QStringLiteral("lines[0].quantity")));
    QVERIFY(orders.loadAll().isEmpty());
}

QTEST_GUILESS_MAIN(TestWalletStore)
#include "tst_walletstore.moc"
