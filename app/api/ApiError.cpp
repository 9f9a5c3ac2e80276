#include "ApiError.h"

#include "models/JsonReader.h"

#include <QJsonArray>
#include <QLocale>
#include <QNetworkReply>
#include <QTimeZone>

namespace citoyens {

namespace {

// Sentences for the problem codes this client knows. Source strings are English; the French
// lives in translations/citoyens_fr.ts.
QString problemSentence(const QString& code, int retryAfterSeconds)
{
    if (code == u"invalid_credentials")
        return ApiError::tr("The e-mail address or the password is incorrect.");
    if (code == u"unauthorized")
        return ApiError::tr("Your session has ended. Please sign in again.");
    if (code == u"session_expired")
        return ApiError::tr("Your session ended after a long period of inactivity. Please sign in again.");
    if (code == u"invalid_token")
        return ApiError::tr("Your saved session is no longer valid. Please sign in again.");
    if (code == u"password_change_required")
        return ApiError::tr("You must choose a new password before continuing.");
    if (code == u"wrong_password")
        return ApiError::tr("The current password is incorrect.");
    if (code == u"invalid_code")
        return ApiError::tr("This code is incorrect. Check the code received by e-mail.");
    if (code == u"code_expired")
        return ApiError::tr("This code has expired. Ask for a new one.");
    if (code == u"too_many_attempts")
        return ApiError::tr("Too many wrong codes were entered. Ask for a new code.");
    if (code == u"too_many_requests") {
        if (retryAfterSeconds > 0) {
            const int minutes = (retryAfterSeconds + 59) / 60;
            return retryAfterSeconds < 120
                ? ApiError::tr("Too many attempts. Try again in %n second(s).", nullptr, retryAfterSeconds)
                : ApiError::tr("Too many attempts. Try again in %n minute(s).", nullptr, minutes);
        }
        return ApiError::tr("Too many attempts. Wait a moment before trying again.");
    }
    if (code == u"validation_failed")
        return ApiError::tr("Some fields are not filled in correctly.");
    if (code == u"password_too_weak")
        return ApiError::tr("The password does not follow the rules.");
    if (code == u"payload_too_large")
        return ApiError::tr("The file is too large.");
    if (code == u"unsupported_media_type")
        return ApiError::tr("This type of file is not accepted.");
    if (code == u"not_found")
        return ApiError::tr("This item no longer exists.");
    if (code == u"invalid_json" || code == u"method_not_allowed")
        return ApiError::tr("The server refused the request. Update the application or contact support.");
    return {};
}

QString statusSentence(int status)
{
    if (status == 401)
        return ApiError::tr("Your session has ended. Please sign in again.");
    if (status == 403)
        return ApiError::tr("You are not allowed to do this.");
    if (status == 404)
        return ApiError::tr("This item no longer exists.");
    if (status == 429)
        return ApiError::tr("Too many attempts. Wait a moment before trying again.");
    if (status >= 500)
        return ApiError::tr("The server has a problem (error %1). Try again later.").arg(status);
    return ApiError::tr("The server refused the request (error %1).").arg(status);
}

} // namespace

QString ApiError::describe(const FieldError& error)
{
    const QString& c = error.code;
    if (c == u"required")
        return tr("This field is required.");
    if (c == u"too_long")
        return tr("This is too long.");
    if (c == u"invalid_email")
        return tr("This is not a valid e-mail address.");
    if (c == u"invalid_characters")
        return tr("This contains characters that are not allowed.");
    if (c == u"invalid_choice")
        return tr("Choose one of the proposed values.");
    if (c == u"in_future")
        return tr("This date is in the future.");
    if (c == u"too_old")
        return tr("This date is too far in the past.");
    if (c == u"must_accept")
        return tr("You must accept the terms of use.");
    if (c == u"invalid_siret")
        return tr("A SIRET number has 14 digits.");
    if (c == u"invalid_code")
        return tr("The code has 6 digits.");
    if (c == u"min_length")
        return tr("The password must be at least 12 characters long.");
    if (c == u"digit_and_letter")
        return tr("The password must contain at least one digit and one letter.");
    if (c == u"upper_and_lower")
        return tr("The password must contain at least one capital and one lower-case letter.");
    if (c == u"special_character")
        return tr("The password must contain at least one special character.");
    if (c == u"invalid_type")
        return tr("This value has the wrong type.");
    if (c == u"invalid_date")
        return tr("This is not a valid date.");
    if (c == u"negative")
        return tr("This cannot be negative.");
    if (c == u"too_large")
        return tr("This is too large.");
    if (c == u"invalid_parts")
        return tr("The number of parts goes from 1 to 20, by halves (2.5 for instance).");
    if (c == u"not_a_number")
        return tr("Enter a number.");
    if (c == u"not_found")
        return tr("This cannot be found.");
    if (c == u"empty_file")
        return tr("This file is empty.");
    if (c == u"unsupported_media_type")
        return tr("Only PDF, JPEG and PNG files are accepted.");
    if (c == u"unreadable")
        return tr("This file cannot be read.");
    return tr("This value is not valid.");
}

bool ApiError::hasFieldError(const QString& field) const
{
    for (const FieldError& e : fieldErrors) {
        if (e.field == field)
            return true;
    }
    return false;
}

QString ApiError::fieldMessage(const QString& field) const
{
    static const QStringList known {
        QStringLiteral("required"),
        QStringLiteral("too_long"),
        QStringLiteral("invalid_email"),
        QStringLiteral("invalid_characters"),
        QStringLiteral("invalid_choice"),
        QStringLiteral("in_future"),
        QStringLiteral("too_old"),
        QStringLiteral("must_accept"),
        QStringLiteral("invalid_siret"),
        QStringLiteral("invalid_code"),
        QStringLiteral("min_length"),
        QStringLiteral("digit_and_letter"),
        QStringLiteral("upper_and_lower"),
        QStringLiteral("special_character"),
        QStringLiteral("invalid_type"),
        QStringLiteral("invalid_date"),
        QStringLiteral("negative"),
        QStringLiteral("too_large"),
        QStringLiteral("invalid_parts"),
        QStringLiteral("not_a_number"),
        QStringLiteral("not_found"),
        QStringLiteral("empty_file"),
        QStringLiteral("unsupported_media_type"),
        QStringLiteral("unreadable"),
    };
    QStringList sentences;
    for (const FieldError& e : fieldErrors) {
        if (e.field != field)
            continue;
        QString sentence = describe(e);
        if (!known.contains(e.code) && !serverFieldMessages.value(field).isEmpty())
            sentence = serverFieldMessages.value(field);
        if (!sentences.contains(sentence))
            sentences.append(sentence);
    }
    return sentences.join(QLatin1Char(' '));
}

ApiError ApiError::fromProblem(int httpStatus, const QJsonObject& problem, int retryAfterSeconds)
{
    ApiError e;
    e.kind = Kind::Problem;
    e.httpStatus = httpStatus;
    e.retryAfterSeconds = retryAfterSeconds;
    e.code = problem.value(QStringLiteral("code")).toString();
    const QJsonArray errors = problem.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue& v : errors) {
        const QJsonObject o = v.toObject();
        const QString field = o.value(QStringLiteral("field")).toString();
        const QString code = o.value(QStringLiteral("code")).toString();
        if (field.isEmpty() && code.isEmpty())
            continue;
        e.fieldErrors.append({ field, code });
        const QString serverMessage = o.value(QStringLiteral("message")).toString();
        if (!serverMessage.isEmpty() && !e.serverFieldMessages.contains(field))
            e.serverFieldMessages.insert(field, serverMessage);
    }
    e.message = problemSentence(e.code, retryAfterSeconds);
    if (e.message.isEmpty()) {
        // A code this client does not know yet: the server's own sentence is the best we have.
        e.message = problem.value(QStringLiteral("detail")).toString();
        if (e.message.isEmpty())
            e.message = problem.value(QStringLiteral("title")).toString();
        if (e.message.isEmpty())
            e.message = statusSentence(httpStatus);
    }
    return e;
}

ApiError ApiError::fromHttpStatus(int httpStatus, int retryAfterSeconds)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    e.retryAfterSeconds = retryAfterSeconds;
    e.message = statusSentence(httpStatus);
    return e;
}

ApiError ApiError::network(int qnetworkReplyError, const QString& detail)
{
    ApiError e;
    e.kind = Kind::Network;
    switch (static_cast<QNetworkReply::NetworkError>(qnetworkReplyError)) {
    case QNetworkReply::ConnectionRefusedError:
        e.message = tr("The server refused the connection. It may be stopped: try again later.");
        break;
    case QNetworkReply::HostNotFoundError:
        e.message = tr("The server cannot be found. Check your Internet connection.");
        break;
    case QNetworkReply::TimeoutError:
        e.kind = Kind::Timeout;
        e.message = tr("The server did not answer in time. Try again.");
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        e.message = tr("The server redirected the request to an unsafe address; it was not followed.");
        break;
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::RemoteHostClosedError:
        e.message = tr("The connection to the server was lost. Check your Internet connection.");
        break;
    default:
        e.message = tr("The server cannot be reached. Check your Internet connection.");
        break;
    }
    Q_UNUSED(detail)
    return e;
}

ApiError ApiError::tls(const QList<QSslError>& errors)
{
    ApiError e;
    e.kind = Kind::Tls;
    const QSslError::SslError first = errors.isEmpty() ? QSslError::UnspecifiedError : errors.first().error();
    switch (first) {
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        e.message = tr("The server's certificate is not recognised: it was not issued by a trusted authority. "
                       "The connection was refused to protect your data.");
        break;
    case QSslError::HostNameMismatch:
        e.message = tr("The server's certificate belongs to another address. "
                       "The connection was refused to protect your data.");
        break;
    case QSslError::CertificateExpired:
        e.message = tr("The server's certificate has expired. The connection was refused to protect your data.");
        break;
    case QSslError::CertificateNotYetValid:
        e.message = tr("The server's certificate is not valid yet. Check the date and time of this computer.");
        break;
    case QSslError::CertificateRevoked:
        e.message = tr("The server's certificate has been revoked. The connection was refused to protect your data.");
        break;
    default:
        e.message = tr("The secure connection to the server failed (%1). The connection was refused to protect "
                       "your data.")
                        .arg(errors.isEmpty() ? tr("unknown error") : errors.first().errorString());
        break;
    }
    return e;
}

ApiError ApiError::timeout()
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.message = tr("The server did not answer in time. Try again.");
    return e;
}

ApiError ApiError::parse(const QString& detail)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.message = tr("The server's answer could not be read. Update the application or contact support.");
    Q_UNUSED(detail)
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.message = tr("The operation was cancelled.");
    return e;
}

int ApiError::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 7 * 24 * 3600));
    // HTTP-date (IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    const qint64 delta = now.secsTo(when);
    return delta < 0 ? 0 : int(qMin<qint64>(delta, 7 * 24 * 3600));
}

} // namespace citoyens
