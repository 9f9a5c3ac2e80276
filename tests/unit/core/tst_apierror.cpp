#include "api/ApiError.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace citoyens;

// problem+json -> ApiError: the sentence a page shows and the field messages.
class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problem_data();
    void problem();
    void fieldMessages();
    void unknownFieldCodeUsesServerWords();
    void describe_data();
    void describe();
    void describeIsDistinctPerCode();
    void retryAfter_data();
    void retryAfter();
    void tooManyRequestsMentionsDelay();
    void tooManyPendingTopUpsSaysWhatToDo();
    void httpWithoutProblem();
    void tlsNamesTheProblem_data();
    void tlsNamesTheProblem();
};

static QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

void TestApiError::problem_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("fieldCount");

    QTest::newRow("invalid_credentials") << 401
                                         << QByteArray(
                                                R"({"type":"about:blank","title":"Identifiants incorrects","status":401,
                         "detail":"Adresse ou mot de passe incorrect.","code":"invalid_credentials"})")
                                         << "invalid_credentials"
                                         << ApiError::tr("The e-mail address or the password is incorrect.") << 0;
    QTest::newRow("session_expired")
        << 401 << QByteArray(R"({"status":401,"code":"session_expired"})") << "session_expired"
        << ApiError::tr("Your session ended after a long period of inactivity. Please sign in again.") << 0;
    QTest::newRow("wrong_password") << 403 << QByteArray(R"({"status":403,"code":"wrong_password"})")
                                    << "wrong_password" << ApiError::tr("The current password is incorrect.") << 0;
    QTest::newRow("invalid_code") << 400 << QByteArray(R"({"status":400,"code":"invalid_code"})") << "invalid_code"
                                  << ApiError::tr("This code is incorrect. Check the code received by e-mail.") << 0;
    QTest::newRow("code_expired") << 410 << QByteArray(R"({"status":410,"code":"code_expired"})") << "code_expired"
                                  << ApiError::tr("This code has expired. Ask for a new one.") << 0;
    QTest::newRow("password_change_required")
        << 403 << QByteArray(R"({"status":403,"code":"password_change_required"})") << "password_change_required"
        << ApiError::tr("You must choose a new password before continuing.") << 0;
    QTest::newRow("validation_failed") << 422
                                       << QByteArray(
                                              R"({"status":422,"code":"validation_failed","detail":"Champs invalides",
                         "errors":[{"field":"email","code":"invalid_email","message":"Adresse invalide"},
                                   {"field":"firstName","code":"required","message":"Obligatoire"}]})")
                                       << "validation_failed"
                                       << ApiError::tr("Some fields are not filled in correctly.") << 2;
    // The booking's refusals: the client's own sentence, not the server's words.
    QTest::newRow("deadline_passed")
        << 409
        << QByteArray(R"({"status":409,"code":"deadline_passed","detail":"x","cancelBy":"2026-03-05T17:00:00Z"})")
        << "deadline_passed" << ApiError::tr("The deadline has passed: this can no longer be changed.") << 0;
    QTest::newRow("not_bookable") << 409 << QByteArray(R"({"status":409,"code":"not_bookable","detail":"x"})")
                                  << "not_bookable" << ApiError::tr("This service is not booked by the day.") << 0;
    QTest::newRow("too_early") << 409 << QByteArray(R"({"status":409,"code":"too_early","detail":"x"})") << "too_early"
                               << ApiError::tr("This can only be recorded on the day itself or afterwards.") << 0;
    QTest::newRow("already_refunded") << 409 << QByteArray(R"({"status":409,"code":"already_refunded","detail":"x"})")
                                      << "already_refunded"
                                      << ApiError::tr(
                                             "This day has already been refunded: it can no longer be changed.")
                                      << 0;
    QTest::newRow("payment_email_unusable")
        << 422 << QByteArray(R"({"status":422,"code":"payment_email_unusable","detail":"x"})")
        << "payment_email_unusable"
        << ApiError::tr("The payment service needs an e-mail address of 6 to 80 characters for the receipt. Change "
                        "your account's e-mail address, then try again.")
        << 0;
    QTest::newRow("payment_unavailable")
        << 503 << QByteArray(R"({"status":503,"code":"payment_unavailable","detail":"x"})") << "payment_unavailable"
        << ApiError::tr("The payment service is not available at the moment. Nothing was charged. Try again in a few "
                        "minutes.")
        << 0;
    QTest::newRow("unknown code: the server's French detail")
        << 409
        << QByteArray(R"({"status":409,"code":"slot_taken","title":"Conflit","detail":"Ce créneau est déjà pris."})")
        << "slot_taken" << QStringLiteral("Ce créneau est déjà pris.") << 0;
    QTest::newRow("unknown code, no detail: the title")
        << 409 << QByteArray(R"({"status":409,"code":"slot_taken","title":"Conflit"})") << "slot_taken"
        << QStringLiteral("Conflit") << 0;
    QTest::newRow("unknown code, nothing else: by status")
        << 503 << QByteArray(R"({"status":503,"code":"maintenance"})") << "maintenance"
        << ApiError::tr("The server has a problem (error %1). Try again later.").arg(503) << 0;
}

void TestApiError::problem()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(int, fieldCount);

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QVERIFY(doc.isObject());
    const ApiError e = ApiError::fromProblem(status, doc.object());
    QCOMPARE(e.kind, ApiError::Kind::Problem);
    QVERIFY(e.isError());
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    QCOMPARE(e.message, message);
    QCOMPARE(e.fieldErrors.size(), fieldCount);
}

void TestApiError::fieldMessages()
{
    const ApiError e = ApiError::fromProblem(422, parse(R"({"status":422,"code":"password_too_weak","errors":[
                     {"field":"newPassword","code":"min_length","message":"trop court"},
                     {"field":"newPassword","code":"special_character","message":"caractère spécial"}]})"));
    QCOMPARE(e.message, ApiError::tr("The password does not follow the rules."));
    QVERIFY(e.hasFieldError(QStringLiteral("newPassword")));
    QVERIFY(!e.hasFieldError(QStringLiteral("password")));
    const QString words = e.fieldMessage(QStringLiteral("newPassword"));
    QVERIFY(words.contains(ApiError::describe({ QStringLiteral("newPassword"), QStringLiteral("min_length") })));
    QVERIFY(words.contains(ApiError::describe({ QStringLiteral("newPassword"), QStringLiteral("special_character") })));
    QVERIFY(e.fieldMessage(QStringLiteral("email")).isEmpty());
}

void TestApiError::unknownFieldCodeUsesServerWords()
{
    const ApiError e = ApiError::fromProblem(422, parse(R"({"status":422,"code":"validation_failed","errors":[
                     {"field":"iban","code":"invalid_iban","message":"IBAN invalide."}]})"));
    QCOMPARE(e.fieldMessage(QStringLiteral("iban")), QStringLiteral("IBAN invalide."));
}

void TestApiError::describe_data()
{
    QTest::addColumn<QString>("code");
    for (const char* code :
         { "required",     "too_long",         "invalid_email",   "invalid_characters", "invalid_choice",
           "in_future",    "too_old",          "must_accept",     "invalid_siret",      "invalid_code",
           "min_length",   "digit_and_letter", "upper_and_lower", "special_character",  "invalid_type",
           "invalid_date", "invalid_time",     "out_of_range",    "not_allowed",        "duplicate",
           "not_approved", "booked_by_day" })
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestApiError::describe()
{
    QFETCH(QString, code);
    const QString generic = ApiError::describe({ QStringLiteral("x"), QStringLiteral("no_such_code") });
    const QString sentence = ApiError::describe({ QStringLiteral("x"), code });
    QVERIFY(!sentence.isEmpty());
    QVERIFY2(sentence != generic, qPrintable(code));
    QVERIFY(sentence.endsWith(QLatin1Char('.')));
}

void TestApiError::describeIsDistinctPerCode()
{
    QSet<QString> seen;
    const QStringList codes { "required",        "too_long",          "invalid_email", "invalid_characters",
                              "invalid_choice",  "in_future",         "too_old",       "must_accept",
                              "invalid_siret",   "invalid_code",      "min_length",    "digit_and_letter",
                              "upper_and_lower", "special_character", "invalid_type",  "invalid_date",
                              "invalid_time",    "out_of_range",      "not_allowed",   "duplicate",
                              "not_approved",    "booked_by_day" };
    for (const QString& code : codes)
        seen.insert(ApiError::describe({ QStringLiteral("f"), code }));
    QCOMPARE(seen.size(), codes.size());
}

void TestApiError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("delta") << QByteArray("120") << 120;
    QTest::newRow("spaces") << QByteArray(" 7 ") << 7;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("http-date") << QByteArray("Mon, 05 Jan 2026 09:01:30 GMT") << 90;
    QTest::newRow("http-date in the past") << QByteArray("Mon, 05 Jan 2026 08:00:00 GMT") << 0;
}

void TestApiError::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
    QCOMPARE(ApiError::parseRetryAfter(header, now), seconds);
}

void TestApiError::tooManyRequestsMentionsDelay()
{
    const QJsonObject body = parse(R"({"status":429,"code":"too_many_requests"})");
    const ApiError e = ApiError::fromProblem(429, body, 30);
    QCOMPARE(e.retryAfterSeconds, 30);
    QVERIFY2(e.message.contains(QLatin1String("30")), qPrintable(e.message));
    const ApiError noDelay = ApiError::fromProblem(429, body);
    QCOMPARE(noDelay.retryAfterSeconds, -1);
    QVERIFY(!noDelay.message.isEmpty());
}

void TestApiError::tooManyPendingTopUpsSaysWhatToDo()
{
    // The client's own sentence (translated), not the "too many attempts" of a throttle: what
    // is waiting, what to do, and the wait in minutes.
    const QJsonObject body = parse(R"({"status":429,"code":"too_many_pending_top_ups","maxPendingTopUps":3})");
    const ApiError e = ApiError::fromProblem(429, body, 1140);
    QCOMPARE(e.code, QStringLiteral("too_many_pending_top_ups"));
    QVERIFY2(e.message.contains(QLatin1String("waiting for payment")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("in 19 minute")), qPrintable(e.message));
    const ApiError noDelay = ApiError::fromProblem(429, body);
    QVERIFY2(noDelay.message.contains(QLatin1String("then try again")), qPrintable(noDelay.message));
}

void TestApiError::httpWithoutProblem()
{
    const ApiError e = ApiError::fromHttpStatus(502);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, 502);
    QVERIFY(e.code.isEmpty());
    QVERIFY(e.message.contains(QLatin1String("502")));
    QVERIFY(!ApiError().isError());
    QCOMPARE(ApiError::cancelled().kind, ApiError::Kind::Cancelled);
    QCOMPARE(ApiError::timeout().kind, ApiError::Kind::Timeout);
    QCOMPARE(ApiError::parse().kind, ApiError::Kind::Parse);
}

void TestApiError::tlsNamesTheProblem_data()
{
    QTest::addColumn<int>("sslError");
    QTest::addColumn<QString>("expected");
    const QString untrusted = QStringLiteral("not recognised");
    QTest::newRow("self-signed") << int(QSslError::SelfSignedCertificate) << untrusted;
    QTest::newRow("unknown issuer") << int(QSslError::UnableToGetLocalIssuerCertificate) << untrusted;
    QTest::newRow("expired") << int(QSslError::CertificateExpired) << QStringLiteral("expired");
    QTest::newRow("host name") << int(QSslError::HostNameMismatch) << QStringLiteral("another address");
}

void TestApiError::tlsNamesTheProblem()
{
    QFETCH(int, sslError);
    QFETCH(QString, expected);
    const ApiError e = ApiError::tls({ QSslError(QSslError::SslError(sslError)) });
    QCOMPARE(e.kind, ApiError::Kind::Tls);
    QVERIFY2(e.message.contains(expected), qPrintable(e.message));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
