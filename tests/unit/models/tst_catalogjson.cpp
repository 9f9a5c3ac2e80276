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
