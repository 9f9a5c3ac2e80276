#pragma once

#include "models/FieldError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace citoyens::server {

class HttpResponse;
struct RequestContext;

// An RFC 9457 problem. Handlers throw it; the router turns it into an
// application/problem+json answer in the request's language.
//
// Its field errors are bounded here, for every route at once: a body of thousands of bad
// entries (unknown keys, array elements) must not answer with megabytes. The first MaxErrors
// are kept in order, the rest only counted (the `errorsOmitted` member), and a field name the
// client made up is echoed cut to MaxFieldLength characters.
class Problem
{
public:
    static constexpr qsizetype MaxErrors = 20;
    static constexpr qsizetype MaxFieldLength = 100;

    Problem(int status, QString code, FieldErrors errors = {});

    int status() const { return m_status; }
    const QString& code() const { return m_code; }
    const FieldErrors& errors() const { return m_errors; } // at most MaxErrors
    qsizetype errorsOmitted() const { return m_errorsOmitted; }
    Problem& withHeader(const QByteArray& name, const QByteArray& value);
    // An extension member of the problem object ("missingCents"), beside the standard ones.
    Problem& withMember(const QString& name, const QJsonValue& value);

    HttpResponse toResponse(const RequestContext& ctx) const;

    // 422: password_too_weak when only password rules are broken, else validation_failed.
    static Problem fromFieldErrors(const FieldErrors& errors);

private:
    int m_status;
    QString m_code;
    FieldErrors m_errors;
    qsizetype m_errorsOmitted = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QJsonObject m_members;
};

} // namespace citoyens::server
