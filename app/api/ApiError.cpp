#include "ApiError.h"

#include "models/FieldCodes.h"
#include "models/FrenchDate.h"
#include "models/JsonReader.h"
#include "models/ProblemCodes.h"

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
    if (code == ProblemCode::InvalidCredentials)
        return ApiError::tr("The e-mail address or the password is incorrect.");
    if (code == ProblemCode::Unauthorized)
        return ApiError::tr("Your session has ended. Please sign in again.");
    if (code == ProblemCode::SessionExpired)
        return ApiError::tr("Your session ended after a long period of inactivity. Please sign in again.");
    if (code == ProblemCode::InvalidToken)
        return ApiError::tr("Your saved session is no longer valid. Please sign in again.");
    if (code == ProblemCode::PasswordChangeRequired)
        return ApiError::tr("You must choose a new password before continuing.");
    if (code == ProblemCode::WrongPassword)
        return ApiError::tr("The current password is incorrect.");
    if (code == ProblemCode::InvalidCode)
        return ApiError::tr("This code is incorrect. Check the code received by e-mail.");
    if (code == ProblemCode::CodeExpired)
        return ApiError::tr("This code has expired. Ask for a new one.");
    if (code == ProblemCode::TooManyAttempts)
        return ApiError::tr("Too many wrong codes were entered. Ask for a new code.");
    if (code == ProblemCode::TooManyRequests) {
        if (retryAfterSeconds > 0) {
            const int minutes = (retryAfterSeconds + 59) / 60;
            return retryAfterSeconds < 120
                ? ApiError::tr("Too many attempts. Try again in %n second(s).", nullptr, retryAfterSeconds)
                : ApiError::tr("Too many attempts. Try again in %n minute(s).", nullptr, minutes);
        }
        return ApiError::tr("Too many attempts. Wait a moment before trying again.");
    }
    if (code == ProblemCode::ValidationFailed)
        return ApiError::tr("Some fields are not filled in correctly.");
    if (code == ProblemCode::PasswordTooWeak)
        return ApiError::tr("The password does not follow the rules.");
    if (code == ProblemCode::PayloadTooLarge)
        return ApiError::tr("The file is too large.");
    if (code == ProblemCode::UnsupportedMediaType)
        return ApiError::tr("This type of file is not accepted.");
    if (code == ProblemCode::NotFound)
        return ApiError::tr("This item no longer exists.");
    if (code == ProblemCode::InsufficientFunds)
        return ApiError::tr("Your wallet's balance is too low for this purchase. Top up your wallet first.");
    if (code == ProblemCode::TooManyPendingTopUps) {
        if (retryAfterSeconds > 0)
            return ApiError::tr("Top-ups you started are still waiting for payment. Pay or abandon one of them on "
                                "the payment page, or try again in %n minute(s).",
                                nullptr, (retryAfterSeconds + 59) / 60);
        return ApiError::tr("Top-ups you started are still waiting for payment. Pay or abandon one of them on the "
                            "payment page, then try again.");
    }
    if (code == ProblemCode::NotApproved)
        return ApiError::tr("This request is not approved yet: nothing can be bought with it.");
    if (code == ProblemCode::PaymentEmailUnusable)
        return ApiError::tr("The payment service needs an e-mail address of 6 to 80 characters for the receipt. "
                            "Change your account's e-mail address, then try again.");
    if (code == ProblemCode::PaymentUnavailable)
        return ApiError::tr("The payment service is not available at the moment. Nothing was charged. Try again in "
                            "a few minutes.");
    if (code == ProblemCode::NotBookable)
        return ApiError::tr("This service is not booked by the day.");
    if (code == ProblemCode::DeadlinePassed)
        return ApiError::tr("The deadline has passed: this can no longer be changed.");
    if (code == ProblemCode::TooEarly)
        return ApiError::tr("This can only be recorded on the day itself or afterwards.");
    if (code == ProblemCode::AlreadyRefunded)
        return ApiError::tr("This day has already been refunded: it can no longer be changed.");
    if (code == ProblemCode::QuotientNotFound)
        return ApiError::tr("The CAF and the MSA found no file for this identity. Check the birth name, the first "
                            "names, the birth date and the commune of birth.");
    if (code == ProblemCode::QuotientUnavailable)
        return ApiError::tr("The CAF and the MSA cannot be asked at the moment. Try again later.");
    if (code == ProblemCode::QuotientExpired)
        return ApiError::tr("The family quotient from the CAF / MSA has expired. Get it again, or attach the "
                            "document.");
    if (code == ProblemCode::InvalidJson || code == ProblemCode::MethodNotAllowed)
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

// The sentence for a field code this client knows; empty for the others.
QString knownFieldSentence(const QString& c)
{
    if (c == FieldCode::Required)
        return ApiError::tr("This field is required.");
    if (c == FieldCode::TooLong)
        return ApiError::tr("This is too long.");
    if (c == FieldCode::InvalidEmail)
        return ApiError::tr("This is not a valid e-mail address.");
    if (c == FieldCode::InvalidCharacters)
        return ApiError::tr("This contains characters that are not allowed.");
    if (c == FieldCode::InvalidChoice)
        return ApiError::tr("Choose one of the proposed values.");
    if (c == FieldCode::InFuture)
        return ApiError::tr("This date is in the future.");
    if (c == FieldCode::TooOld)
        return ApiError::tr("This date is too far in the past.");
    if (c == FieldCode::MustAccept)
        return ApiError::tr("You must accept the terms of use.");
    if (c == FieldCode::InvalidSiret)
        return ApiError::tr("A SIRET number has 14 digits.");
    if (c == FieldCode::InvalidCode)
        return ApiError::tr("The code has 6 digits.");
    if (c == FieldCode::MinLength)
        return ApiError::tr("The password must be at least 12 characters long.");
    if (c == FieldCode::DigitAndLetter)
        return ApiError::tr("The password must contain at least one digit and one letter.");
    if (c == FieldCode::UpperAndLower)
        return ApiError::tr("The password must contain at least one capital and one lower-case letter.");
    if (c == FieldCode::SpecialCharacter)
        return ApiError::tr("The password must contain at least one special character.");
    if (c == FieldCode::InvalidType)
        return ApiError::tr("This value has the wrong type.");
    if (c == FieldCode::InvalidDate) // the form a person types, as the date fields' hint says
        return ApiError::tr("Enter a date in the form %1, for example 14/03/2019.").arg(frenchDateHint());
    if (c == FieldCode::Negative)
        return ApiError::tr("This cannot be negative.");
    if (c == FieldCode::TooLarge)
        return ApiError::tr("This is too large.");
    if (c == FieldCode::InvalidParts)
        return ApiError::tr("The number of parts goes from 1 to 20, by halves (2.5 for instance).");
    if (c == FieldCode::NotANumber)
        return ApiError::tr("Enter a number.");
    if (c == FieldCode::NotFound)
        return ApiError::tr("This cannot be found.");
    if (c == FieldCode::InvalidTime)
        return ApiError::tr("Enter a time as HH:MM.");
    if (c == FieldCode::OutOfRange)
        return ApiError::tr("This is outside the allowed range.");
    if (c == FieldCode::NotAllowed)
        return ApiError::tr("This is not allowed here.");
    if (c == FieldCode::Duplicate)
        return ApiError::tr("This is given twice.");
    if (c == FieldCode::NotApproved)
        return ApiError::tr("The commune has not (or no longer) validated this child.");
    if (c == FieldCode::BookedByDay)
        return ApiError::tr("This is booked day by day, for a child, in \"My reservations\".");
    if (c == FieldCode::EmptyFile)
        return ApiError::tr("This file is empty.");
    if (c == FieldCode::UnsupportedMediaType)
        return ApiError::tr("Only PDF, JPEG and PNG files are accepted.");
    if (c == FieldCode::Unreadable)
        return ApiError::tr("This file cannot be read.");
    if (c == FieldCode::ConsentRequired)
        return ApiError::tr("Tick the box: the commune asks the CAF or the MSA only with this consent.");
    if (c == FieldCode::UnknownCommune)
        return ApiError::tr("Type the commune's name, then choose it in the list.");
    if (c == FieldCode::InvalidCountry)
        return ApiError::tr("Choose the country in the list.");
    return {};
}

} // namespace

QString ApiError::describe(const FieldError& error)
{
    const QString sentence = knownFieldSentence(error.code);
    return sentence.isEmpty() ? tr("This value is not valid.") : sentence;
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
    QStringList sentences;
    for (const FieldError& e : fieldErrors) {
        if (e.field != field)
            continue;
        QString sentence = describe(e);
        if (knownFieldSentence(e.code).isEmpty() && !serverFieldMessages.value(field).isEmpty())
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

ApiError ApiError::invalidInput(const FieldErrors& errors)
{
    ApiError e;
    e.kind = Kind::Problem;
    e.code = ProblemCode::ValidationFailed;
    e.message = problemSentence(e.code, -1);
    e.fieldErrors = errors;
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
