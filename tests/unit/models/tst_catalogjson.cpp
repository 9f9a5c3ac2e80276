#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "models/Catalogue.h"
#include "models/Document.h"
#include "models/DocumentRules.h"
#include "models/Notification.h"

using namespace citoyens;

class TestCatalogJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void bookingBlock();
    void bookingErrorsNameThePath_data();
    void bookingErrorsNameThePath();
    void demoCatalogueBooking();
    void fieldErrorsNameThePath_data();
    void fieldErrorsNameThePath();
    void documentRoundTrip();
    void notificationRoundTrip();
    void sniff_data();
    void sniff();
    void safeFilename();
};

static Catalogue sample()
{
    Service s;
    s.id = QStringLiteral("rosieres-accueil-resident");
    s.communeId = QStringLiteral("rosieres");
    s.name = QStringLiteral("Inscription accueil de loisirs résident commune");
    s.requiredDocuments = { { DocumentRequirement::KindProofOfAddress, QStringLiteral("Justificatif de domicile") } };
    s.brackets = { { 399, QStringLiteral("inf 399") }, { std::nullopt, QStringLiteral("sup 999") } };
    s.needsIncome = true;
    Commune c { QStringLiteral("rosieres"), QStringLiteral("ROSIÈRES"), { s } };
    return Catalogue { { c, Commune { QStringLiteral("bains"), QStringLiteral("BAINS"), {} } } };
}

static QJsonObject throughWire(const QJsonObject& o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

void TestCatalogJson::roundTrip()
{
    const Catalogue c = sample();
    FieldErrors errors;
    const std::optional<Catalogue> back = Catalogue::fromJson(throughWire(c.toJson()), &errors);
    QVERIFY2(back.has_value(), qPrintable(errors.value(0).field));
    QVERIFY(*back == c);
    QCOMPARE(back->communes.first().name, QStringLiteral("ROSIÈRES"));
    QVERIFY(!back->communes.first().services.first().brackets.last().upTo.has_value());
    QVERIFY(back->findService(QStringLiteral("rosieres-accueil-resident")));
    QVERIFY(!back->findService(QStringLiteral("nope")));
    QCOMPARE(back->findCommune(QStringLiteral("bains"))->name, QStringLiteral("BAINS"));
    // A service without its commune id inherits the commune's.
    QJsonObject json = c.toJson();
    const QByteArray wire = QJsonDocument(json).toJson().replace("\"communeId\": \"rosieres\",", "");
    const std::optional<Catalogue> inherited = Catalogue::fromJson(QJsonDocument::fromJson(wire).object());
    QVERIFY(inherited);
    QCOMPARE(inherited->communes.first().services.first().communeId, QStringLiteral("rosieres"));
}

// A commune "a" with one service of two items and `booking` as given (a JSON object's text).
static QByteArray withBooking(const QByteArray& booking)
{
    return R"({"communes":[{"id":"a","name":"A","services":[{"id":"s","name":"S","items":[)"
           R"({"id":"repas","label":"Repas","unit":"repas","pricesCents":[280]},)"
           R"({"id":"garderie","label":"Garderie","unit":"séance","pricesCents":[110]}],"booking":)"
        + booking + "}]}]}";
}

static const QByteArray Policy
    = R"({"book":{"kind":"days_before","days":2,"time":"10:00"},)"
      R"("cancel":{"kind":"days_before","days":1,"time":"18:00"},"capacity":3,"waitingList":2})";

void TestCatalogJson::bookingBlock()
{
    FieldErrors errors;
    const std::optional<Catalogue> c = Catalogue::fromJson(
        QJsonDocument::fromJson(withBooking(R"({"items":["repas","garderie"],"policy":)" + Policy + "}")).object(),
        &errors);
    QVERIFY2(c, qPrintable(errors.value(0).field + QLatin1Char(' ') + errors.value(0).code));
    const Service& s = c->communes.first().services.first();
    QVERIFY(s.booking);
    QCOMPARE(s.booking->items, QStringList({ QStringLiteral("repas"), QStringLiteral("garderie") }));
    QCOMPARE(s.booking->policy.capacity, 3);
    QCOMPARE(s.booking->policy.waitingList, 2);
    QCOMPARE(s.booking->policy.book, BookingRule::daysBefore(2, QTime(10, 0)));
    // Through the wire and back, and null for a service that only sells.
    const std::optional<Catalogue> back = Catalogue::fromJson(throughWire(c->toJson()));
    QVERIFY(back);
    QVERIFY(*back == *c);
    const QJsonObject service = sample()
                                    .toJson()
                                    .value(QStringLiteral("communes"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("services"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QVERIFY(service.contains(QStringLiteral("booking")));
    QVERIFY(service.value(QStringLiteral("booking")).isNull());
    const std::optional<Catalogue> plain = Catalogue::fromJson(throughWire(sample().toJson()));
    QVERIFY(plain);
    QVERIFY(!plain->communes.first().services.first().booking);
}

void TestCatalogJson::bookingErrorsNameThePath_data()
{
    QTest::addColumn<QByteArray>("booking");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QString at = QStringLiteral("communes[0].services[0].booking.");
    QTest::newRow("not an object") << QByteArray("[]") << at.chopped(1) << QStringLiteral("invalid_type");
    QTest::newRow("no items") << QByteArray(R"({"policy":)" + Policy + "}") << at + QStringLiteral("items")
                              << QStringLiteral("required");
    QTest::newRow("empty items") << QByteArray(R"({"items":[],"policy":)" + Policy + "}")
                                 << at + QStringLiteral("items") << QStringLiteral("required");
    QTest::newRow("unknown item") << QByteArray(R"({"items":["repas","goûter"],"policy":)" + Policy + "}")
                                  << at + QStringLiteral("items[1]") << QStringLiteral("not_found");
    QTest::newRow("item twice") << QByteArray(R"({"items":["repas","repas"],"policy":)" + Policy + "}")
                                << at + QStringLiteral("items[1]") << QStringLiteral("duplicate");
    QTest::newRow("item not text") << QByteArray(R"({"items":[3],"policy":)" + Policy + "}")
                                   << at + QStringLiteral("items[0]") << QStringLiteral("invalid_type");
    QTest::newRow("no policy") << QByteArray(R"({"items":["repas"]})") << at + QStringLiteral("policy")
                               << QStringLiteral("required");
    QTest::newRow("unknown field") << QByteArray(R"({"items":["repas"],"policy":)" + Policy + R"(,"price":3})")
                                   << at + QStringLiteral("price") << QStringLiteral("not_allowed");
    QTest::newRow("bad time") << QByteArray(
        R"({"items":["repas"],"policy":{"book":{"kind":"days_before","days":2,)"
        R"("time":"25:00"},"cancel":{"kind":"days_before","days":1,"time":"18:00"}}})")
                              << at + QStringLiteral("policy.book.time") << QStringLiteral("invalid_time");
}

void TestCatalogJson::bookingErrorsNameThePath()
{
    QFETCH(QByteArray, booking);
    QFETCH(QString, field);
    QFETCH(QString, code);
    FieldErrors errors;
    QVERIFY(!Catalogue::fromJson(QJsonDocument::fromJson(withBooking(booking)).object(), &errors));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().code, code);
}

void TestCatalogJson::demoCatalogueBooking()
{
    // The demo catalogue reads strictly, with the booking blocks the contract gives.
    QFile file(QStringLiteral(CITOYENS_DEMO_CATALOGUE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    FieldErrors errors;
    const std::optional<Catalogue> c = Catalogue::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &errors);
    QVERIFY2(c, qPrintable(errors.value(0).field + QLatin1Char(' ') + errors.value(0).code));
    QStringList booked;
    for (const Commune& commune : c->communes) {
        for (const Service& s : commune.services) {
            if (s.booking)
                booked.append(s.id + QLatin1Char(':') + s.booking->items.join(QLatin1Char(',')));
        }
    }
    QCOMPARE(booked,
             QStringList({ QStringLiteral("aiguilhe-usager:garderie-seance"),
                           QStringLiteral("allegre-reservation-pour-enfants:repas-enfant,garderie-periscolaire"),
                           QStringLiteral("bains-reservation-repas-enfants:repas-enfant"),
                           QStringLiteral("rosieres-inscription-accueil-de-loisirs-resident-commune:journee"),
                           QStringLiteral("rosieres-inscription-accueil-de-loisirs-resident-hors-commune:journee"),
                           QStringLiteral("rosieres-reservation-cantine-pour-enfants:repas-enfant") }));
    const BookingPolicy& allegre = c->findService(QStringLiteral("allegre-reservation-pour-enfants"))->booking->policy;
    QCOMPARE(allegre.book, BookingRule::weekdayBefore(4, QTime(9, 0)));
    QVERIFY(allegre.lateBook);
    QCOMPARE(allegre.lateBook->surchargeCents, 150);
    QCOMPARE(allegre.lateBook->rule, BookingRule::daysBefore(1, QTime(10, 0), true));
    QCOMPARE(allegre.cancel, BookingRule::daysBefore(2, QTime(18, 0), true));
    QCOMPARE(allegre.capacity, 80);
    QCOMPARE(allegre.waitingList, 10);
    QCOMPARE(allegre.weekdays, QList<int>({ 1, 2, 4, 5 }));
    const BookingPolicy& rosieres
        = c->findService(QStringLiteral("rosieres-reservation-cantine-pour-enfants"))->booking->policy;
    QCOMPARE(rosieres.book, BookingRule::dayOfPreviousMonth(20, QTime(12, 0)));
    QCOMPARE(rosieres.lateBook->surchargeCents, 200);
    QCOMPARE(rosieres.lateBook->rule, BookingRule::daysBefore(3, QTime(10, 0), true));
    QCOMPARE(rosieres.cancel, BookingRule::daysBefore(1, QTime(9, 0), true));
    QCOMPARE(rosieres.capacity, 100);
    const BookingPolicy& loisirs
        = c->findService(QStringLiteral("rosieres-inscription-accueil-de-loisirs-resident-commune"))->booking->policy;
    QCOMPARE(loisirs.book, BookingRule::weeksBefore(2));
    QCOMPARE(loisirs.cancel, BookingRule::weeksBefore(1));
    QCOMPARE(loisirs.weekdays, QList<int> { 3 });
    QCOMPARE(loisirs.holidayWeekdays, QList<int>({ 1, 2, 3, 4, 5 }));
    QCOMPARE(loisirs.schoolHolidays, SchoolHolidayMode::Open);
    QCOMPARE(loisirs.capacity, 40);
    QCOMPARE(loisirs.waitingList, 8);
    const BookingPolicy& bains = c->findService(QStringLiteral("bains-reservation-repas-enfants"))->booking->policy;
    QCOMPARE(bains.book, BookingRule::daysBefore(2, QTime(10, 0), true));
    QCOMPARE(bains.cancel, BookingRule::daysBefore(2, QTime(10, 0), true));
    QCOMPARE(bains.capacity, 60);
    QCOMPARE(bains.waitingList, 5);
    const BookingPolicy& aiguilhe = c->findService(QStringLiteral("aiguilhe-usager"))->booking->policy;
    QCOMPARE(aiguilhe.book, BookingRule::daysBefore(1, QTime(18, 0)));
    QCOMPARE(aiguilhe.capacity, 30);
    QVERIFY(!c->findService(QStringLiteral("allegre-reservation-pour-adultes"))->booking);
    QVERIFY(!c->findService(QStringLiteral("aiguilhe-1er-enfant-a-la-garderie"))->booking);
}

void TestCatalogJson::fieldErrorsNameThePath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("no communes") << QByteArray("{}") << QStringLiteral("communes") << QStringLiteral("required");
    QTest::newRow("communes not array") << QByteArray(R"({"communes":{}})") << QStringLiteral("communes")
                                        << QStringLiteral("invalid_type");
    QTest::newRow("commune not object") << QByteArray(R"({"communes":[3]})") << QStringLiteral("communes[0]")
                                        << QStringLiteral("invalid_type");
    QTest::newRow("commune without name") << QByteArray(R"({"communes":[{"id":"a"}]})")
                                          << QStringLiteral("communes[0].name") << QStringLiteral("required");
    QTest::newRow("service without id") << QByteArray(
        R"({"communes":[{"id":"a","name":"A","services":[{"name":"S"}]}]})")
                                        << QStringLiteral("communes[0].services[0].id") << QStringLiteral("required");
    QTest::newRow("bracket upTo text") << QByteArray(
        R"({"communes":[{"id":"a","name":"A","services":[{"id":"s","name":"S","brackets":[{"upTo":"x","label":"l"}]}]}]})")
                                       << QStringLiteral("communes[0].services[0].brackets[0].upTo")
                                       << QStringLiteral("invalid_type");
    QTest::newRow("requirement without kind")
        << QByteArray(
               R"({"communes":[{"id":"a","name":"A","services":[{"id":"s","name":"S","requiredDocuments":[{}]}]}]})")
        << QStringLiteral("communes[0].services[0].requiredDocuments[0].kind") << QStringLiteral("required");
}

void TestCatalogJson::fieldErrorsNameThePath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, code);
    FieldErrors errors;
    QVERIFY(!Catalogue::fromJson(QJsonDocument::fromJson(json).object(), &errors));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().code, code);
}

void TestCatalogJson::documentRoundTrip()
{
    Document d { QStringLiteral("doc_1"),
                 DocumentRequirement::KindIncomeStatement,
                 QStringLiteral("avis d'impôt 2025.pdf"),
                 DocumentRules::Pdf,
                 12345,
                 QStringLiteral("ab").repeated(32),
                 QDateTime(QDate(2026, 11, 26), QTime(20, 0), Qt::UTC) };
    const std::optional<Document> back = Document::fromJson(throughWire(d.toJson()));
    QVERIFY(back);
    QVERIFY(*back == d);
    FieldErrors errors;
    QVERIFY(!Document::fromJson(QJsonObject { { QStringLiteral("id"), 1 } }, &errors));
    QCOMPARE(errors.first(), (FieldError { QStringLiteral("id"), QStringLiteral("invalid_type") }));
}

void TestCatalogJson::notificationRoundTrip()
{
    Notification n;
    n.id = QStringLiteral("n1");
    n.subjectType = Notification::SubjectSubscription;
    n.subjectId = QStringLiteral("s1");
    n.status = QStringLiteral("approved");
    n.title = QStringLiteral("Demande validée");
    n.body = QStringLiteral("Votre demande « Rosières / Inscription » a été validée.");
    n.createdAt = QDateTime(QDate(2026, 11, 26), QTime(20, 0), Qt::UTC);
    std::optional<Notification> back = Notification::fromJson(throughWire(n.toJson()));
    QVERIFY(back);
    QVERIFY(*back == n);
    QVERIFY(!back->isRead());
    QVERIFY(n.toJson().value(QStringLiteral("readAt")).isNull());
    n.readAt = n.createdAt.addSecs(60);
    back = Notification::fromJson(throughWire(n.toJson()));
    QVERIFY(back && back->isRead() && *back == n);
}

void TestCatalogJson::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("mime");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3") << DocumentRules::Pdf;
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10) << DocumentRules::Jpeg;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16) << DocumentRules::Png;
    QTest::newRow("elf renamed .pdf") << QByteArray("\x7F"
                                                    "ELF\x02\x01\x01\x00",
                                                    8)
                                      << QString();
    QTest::newRow("html") << QByteArray("<html>%PDF-") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("short pdf") << QByteArray("%PD") << QString();
    QTest::newRow("short jpeg") << QByteArray("\xFF\xD8", 2) << QString();
    QTest::newRow("short png") << QByteArray("\x89PNG\r\n", 6) << QString();
}

void TestCatalogJson::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, mime);
    QCOMPARE(DocumentRules::sniff(head), mime);
}

void TestCatalogJson::safeFilename()
{
    QCOMPARE(DocumentRules::safeFilename(QStringLiteral("../../etc/passwd")), QStringLiteral("passwd"));
    QCOMPARE(DocumentRules::safeFilename(QStringLiteral("C:\\x\\avis.pdf")), QStringLiteral("avis.pdf"));
    QCOMPARE(DocumentRules::safeFilename(QStringLiteral("a\"b\nc.pdf")), QStringLiteral("abc.pdf"));
    QCOMPARE(DocumentRules::safeFilename(QString()), QStringLiteral("document"));
    QCOMPARE(DocumentRules::safeFilename(QString(300, QLatin1Char('a'))).size(), DocumentRules::MaxFilenameLength);
    QVERIFY(DocumentRules::isPhotoType(DocumentRules::Png));
    QVERIFY(!DocumentRules::isPhotoType(DocumentRules::Pdf));
}

QTEST_APPLESS_MAIN(TestCatalogJson)
#include "tst_catalogjson.moc"
