// The tariffs of the catalogue: a service's items with one price per bracket, read strictly
// (ids, units, prices in integer cents within Money's bounds), and the bracket a request pays.

#include "models/FieldCodes.h"
#include "models/Service.h"
#include "models/ServiceItem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace citoyens;

namespace {

QJsonObject item(const QJsonValue& prices, const QString& id = QStringLiteral("garderie-matin"),
                 const QString& unit = QStringLiteral("séance"))
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("label"), QStringLiteral("Garderie du matin") },
                         { QStringLiteral("unit"), unit },
                         { QStringLiteral("childcare"), true },
                         { QStringLiteral("pricesCents"), prices } };
}

QJsonObject service(const QJsonArray& items, int brackets = 4)
{
    QJsonArray b;
    for (int i = 0; i < brackets; ++i) {
        b.append(QJsonObject { { QStringLiteral("upTo"), i + 1 == brackets ? QJsonValue() : QJsonValue(399 + 300 * i) },
                               { QStringLiteral("label"), QStringLiteral("t%1").arg(i) } });
    }
    return QJsonObject { { QStringLiteral("id"), QStringLiteral("aiguilhe-garderie") },
                         { QStringLiteral("name"), QStringLiteral("Garderie") },
                         { QStringLiteral("brackets"), b },
                         { QStringLiteral("items"), items } };
}

QStringList errorsOf(const QJsonObject& json)
{
    FieldErrors errors;
    Service::fromJson(json, &errors);
    QStringList out;
    for (const FieldError& e : errors)
        out.append(e.field + QLatin1Char(':') + e.code);
    return out;
}

QList<TariffBracket> fourBrackets()
{
    return { { 399, QStringLiteral("inf 399") },
             { 699, QStringLiteral("400 à 699") },
             { 999, QStringLiteral("700 à 999") },
             { std::nullopt, QStringLiteral("sup 999") } };
}

} // namespace

class TestServiceItem : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void serviceWithoutItemsSellsNothing();
    void onePricePerBracket();
    void badItems_data();
    void badItems();
    void bracketIndex();
    void demoCatalogueIsPriced();
};

void TestServiceItem::roundTrip()
{
    const QJsonObject json = service({ item(QJsonArray { 110, 150, 190, 240 }) });
    FieldErrors errors;
    const std::optional<Service> s = Service::fromJson(json, &errors);
    QVERIFY2(s, qPrintable(errorsOf(json).join(QLatin1Char(' '))));
    QCOMPARE(s->items.size(), 1);
    const ServiceItem& i = s->items.first();
    QCOMPARE(i.id, QStringLiteral("garderie-matin"));
    QCOMPARE(i.unit, QStringLiteral("séance"));
    QVERIFY(i.childcare);
    QCOMPARE(i.pricesCents, (QList<qint64> { 110, 150, 190, 240 }));
    QCOMPARE(i.priceFor(3)->cents(), 240);
    QVERIFY(!i.priceFor(4));
    QVERIFY(!i.priceFor(-1));
    QCOMPARE(s->item(QStringLiteral("garderie-matin")), &s->items.first());
    QVERIFY(!s->item(QStringLiteral("autre")));
    QCOMPARE(Service::fromJson(s->toJson()), s);
}

void TestServiceItem::serviceWithoutItemsSellsNothing()
{
    QJsonObject json = service({});
    json.remove(QStringLiteral("items"));
    const std::optional<Service> s = Service::fromJson(json);
    QVERIFY(s);
    QVERIFY(s->items.isEmpty());
    // Without brackets an item has exactly one price.
    QVERIFY(Service::fromJson(service({ item(QJsonArray { 460 }) }, 0)));
    QCOMPARE(errorsOf(service({ item(QJsonArray { 460, 460 }) }, 0)),
             QStringList { QStringLiteral("items[0].pricesCents:count_mismatch") });
}

void TestServiceItem::onePricePerBracket()
{
    QCOMPARE(errorsOf(service({ item(QJsonArray { 110, 150, 190 }) })),
             QStringList { QStringLiteral("items[0].pricesCents:count_mismatch") });
    QCOMPARE(errorsOf(service({ item(QJsonArray { 110, 150, 190, 240, 300 }) })),
             QStringList { QStringLiteral("items[0].pricesCents:count_mismatch") });
    QCOMPARE(errorsOf(service({ item(QJsonArray { 1, 2, 3, 4 }), item(QJsonArray { 1, 2, 3, 4 }) })),
             QStringList { QStringLiteral("items[1].id:duplicate") });
    QJsonArray many;
    for (int i = 0; i < Service::MaxItems + 1; ++i)
        many.append(item(QJsonArray { 1, 2, 3, 4 }, QStringLiteral("item-%1").arg(i)));
    QCOMPARE(errorsOf(service(many)), QStringList { QStringLiteral("items:too_long") });
}

void TestServiceItem::badItems_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("error");
    const QJsonArray ok { 110, 150, 190, 240 };
    QTest::newRow("negative price") << item(QJsonArray { 110, -1, 190, 240 }) << "items[0].pricesCents[1]:negative";
    QTest::newRow("fraction of a cent") << item(QJsonArray { 110, 150.5, 190, 240 })
                                        << "items[0].pricesCents[1]:invalid_type";
    QTest::newRow("over the maximum") << item(QJsonArray { 110, 150, 190, 1e9 + 1 })
                                      << "items[0].pricesCents[3]:too_large";
    QTest::newRow("huge") << item(QJsonArray { 110, 150, 190, 1e300 }) << "items[0].pricesCents[3]:too_large";
    QTest::newRow("text price") << item(QJsonArray { 110, QStringLiteral("1,50"), 190, 240 })
                                << "items[0].pricesCents[1]:invalid_type";
    QTest::newRow("no prices") << item(QJsonArray {}) << "items[0].pricesCents:required";
    QTest::newRow("prices not a list") << item(QJsonValue(110)) << "items[0].pricesCents:invalid_type";
    QTest::newRow("unknown unit") << item(ok, QStringLiteral("garderie"), QStringLiteral("heure"))
                                  << "items[0].unit:invalid_choice";
    QTest::newRow("id with capitals") << item(ok, QStringLiteral("Garderie")) << "items[0].id:invalid_characters";
    QTest::newRow("id too long") << item(ok, QString(65, QLatin1Char('a'))) << "items[0].id:too_long";
    QJsonObject blank = item(ok);
    blank.insert(QStringLiteral("label"), QStringLiteral("   "));
    QTest::newRow("blank label") << blank << "items[0].label:required";
    QJsonObject noId = item(ok);
    noId.remove(QStringLiteral("id"));
    QTest::newRow("no id") << noId << "items[0].id:required";
}

void TestServiceItem::badItems()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, error);
    QCOMPARE(errorsOf(service({ json })), QStringList { error });
    QVERIFY(!Service::fromJson(service({ json })));
}

void TestServiceItem::bracketIndex()
{
    const QList<TariffBracket> b = fourBrackets();
    QCOMPARE(ServiceItem::bracketIndex(b, 0, {}), 0);
    QCOMPARE(ServiceItem::bracketIndex(b, 399, {}), 0);
    QCOMPARE(ServiceItem::bracketIndex(b, 400, {}), 1);
    QCOMPARE(ServiceItem::bracketIndex(b, 999, {}), 2);
    QCOMPARE(ServiceItem::bracketIndex(b, 5000, {}), 3);
    // Without a quotient, the bracket named; else the open one, the full price.
    QCOMPARE(ServiceItem::bracketIndex(b, std::nullopt, QStringLiteral("700 à 999")), 2);
    QCOMPARE(ServiceItem::bracketIndex(b, std::nullopt, QStringLiteral("inconnue")), 3);
    QCOMPARE(ServiceItem::bracketIndex(b, std::nullopt, {}), 3);
    QCOMPARE(ServiceItem::bracketIndex({}, 100, QStringLiteral("x")), 0);
}

void TestServiceItem::demoCatalogueIsPriced()
{
    QFile file(QStringLiteral(CITOYENS_DEMO_CATALOGUE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray communes
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("communes")).toArray();
    QVERIFY(!communes.isEmpty());
    int garderie = 0;
    for (const QJsonValue& c : communes) {
        for (const QJsonValue& sv : c.toObject().value(QStringLiteral("services")).toArray()) {
            FieldErrors errors;
            const std::optional<Service> s = Service::fromJson(sv.toObject(), &errors);
            QVERIFY2(s, qPrintable(sv.toObject().value(QStringLiteral("id")).toString()));
            QVERIFY2(!s->items.isEmpty(), qPrintable(s->id));
            for (const ServiceItem& i : s->items) {
                if (i.unit == QStringLiteral("séance")) {
                    ++garderie;
                    QVERIFY(i.childcare);
                    for (qint64 cents : i.pricesCents)
                        QVERIFY2(cents >= 110 && cents <= 240, qPrintable(s->id + QLatin1Char(' ') + i.id));
                }
                if (i.unit == QStringLiteral("repas")) {
                    QVERIFY(!i.childcare);
                    for (qint64 cents : i.pricesCents)
                        QVERIFY2(cents >= 280 && cents <= 460, qPrintable(s->id + QLatin1Char(' ') + i.id));
                }
            }
        }
    }
    QVERIFY(garderie > 0);
}

QTEST_GUILESS_MAIN(TestServiceItem)
#include "tst_serviceitem.moc"
