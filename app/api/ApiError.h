#pragma once

#include "models/FieldError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSslError>
#include <QString>

namespace citoyens {

// What went wrong with one API call, already turned into words a person can read.
// A value type with public members: `kind`, `httpStatus`, `code`, `message`, `fieldErrors`,
// `retryAfterSeconds`.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None, // no error
        Network, // no connection, host not found, connection reset...
        Tls, // the server's certificate was refused; the request never left
        Timeout, // the transfer timeout elapsed
        Http, // an HTTP error status without a problem+json body
        Problem, // an application/problem+json answer: `code` is set
        Parse, // a success status whose body is not what the API promises
        Cancelled, // ApiCall::abort()
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // the problem's machine word ("invalid_credentials"), empty otherwise
    QString message; // one translated sentence, ready to show
    FieldErrors fieldErrors;
    // The server's own words per field, used only for field codes this client does not know.
    QHash<QString, QString> serverFieldMessages;
    int retryAfterSeconds = -1; // from Retry-After; -1 when absent

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // Translated sentence(s) for one field (several rule codes are joined); empty when the
    // field has no error.
    QString fieldMessage(const QString& field) const;
    bool hasFieldError(const QString& field) const;

    // The translated sentence for one field code. Shared with the pages' own validation so
    // the client and the server use the same words. Unknown codes give a generic sentence.
    static QString describe(const FieldError& error);

    // Builders used by ApiCall (public so that the mapping can be tested on its own).
    static ApiError fromProblem(int httpStatus, const QJsonObject& problem, int retryAfterSeconds = -1);
    static ApiError fromHttpStatus(int httpStatus, int retryAfterSeconds = -1);
    static ApiError network(int qnetworkReplyError, const QString& detail = {});
    static ApiError tls(const QList<QSslError>& errors);
    static ApiError timeout();
    static ApiError parse(const QString& detail = {});
    static ApiError cancelled();
    // Input found wrong by the client itself while an operation runs (a file that became
    // unreadable): a "validation_failed" problem with these field errors, no HTTP status.
    static ApiError invalidInput(const FieldErrors& errors);

    // Retry-After as seconds: delta-seconds or an HTTP-date (relative to `now`). -1 if absent
    // or unreadable.
    static int parseRetryAfter(const QByteArray& value, const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace citoyens

Q_DECLARE_METATYPE(citoyens::ApiError)
