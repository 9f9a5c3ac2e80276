#include "Problem.h"

#include "ProblemTexts.h"
#include "RequestContext.h"
#include "models/PasswordPolicy.h"
#include "models/ProblemCodes.h"

#include "http/HttpResponse.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace citoyens::server {

Problem::Problem(int status, QString code, FieldErrors errors)
    : m_status(status)
    , m_code(std::move(code))
    , m_errors(std::move(errors))
{
    if (m_errors.size() > MaxErrors) {
        m_errorsOmitted = m_errors.size() - MaxErrors;
        m_errors.resize(MaxErrors);
        m_errors.squeeze(); // a thrown Problem is copied: it carries the kept errors only
    }
    for (FieldError& e : m_errors) {
        if (e.field.size() > MaxFieldLength) {
            qsizetype cut = MaxFieldLength - 1;
            if (e.field.at(cut - 1).isHighSurrogate())
                --cut; // never half a character
            e.field = e.field.left(cut) + QChar(0x2026); // …
        }
    }
}

Problem& Problem::withHeader(const QByteArray& name, const QByteArray& value)
{
    m_headers.append({ name, value });
    return *this;
}

Problem& Problem::withMember(const QString& name, const QJsonValue& value)
{
    m_members.insert(name, value);
    return *this;
}

Problem Problem::fromFieldErrors(const FieldErrors& errors)
{
    bool onlyPasswordRules = !errors.isEmpty();
    for (const FieldError& e : errors) {
        bool isRule = false;
        for (PasswordPolicy::Rule rule : PasswordPolicy::rules())
            isRule = isRule || PasswordPolicy::code(rule) == e.code;
        onlyPasswordRules = onlyPasswordRules && isRule;
    }
    return Problem(422, onlyPasswordRules ? ProblemCode::PasswordTooWeak : ProblemCode::ValidationFailed, errors);
}

HttpResponse Problem::toResponse(const RequestContext& ctx) const
{
    QJsonObject body {
        { QStringLiteral("type"), QStringLiteral("urn:citoyens:problem:") + m_code },
        { QStringLiteral("title"), ProblemTexts::title(m_code, ctx.language) },
        { QStringLiteral("status"), m_status },
        { QStringLiteral("detail"), ProblemTexts::detail(m_code, ctx.language) },
        { QStringLiteral("code"), m_code },
    };
    for (auto it = m_members.constBegin(); it != m_members.constEnd(); ++it)
        body.insert(it.key(), it.value());
    if (!m_errors.isEmpty()) {
        QJsonArray errors;
        for (const FieldError& e : m_errors) {
            errors.append(
                QJsonObject { { QStringLiteral("field"), e.field },
                              { QStringLiteral("code"), e.code },
                              { QStringLiteral("message"), ProblemTexts::fieldMessage(e.code, ctx.language) } });
        }
        body.insert(QStringLiteral("errors"), errors);
    }
    if (m_errorsOmitted > 0)
        body.insert(QStringLiteral("errorsOmitted"), qint64(m_errorsOmitted));
    HttpResponse response(QByteArrayLiteral("application/problem+json"),
                          QJsonDocument(body).toJson(QJsonDocument::Compact), m_status);
    response.addHeader(QByteArrayLiteral("Content-Language"), ctx.language.toLatin1());
    for (const auto& header : m_headers)
        response.addHeader(header.first, header.second);
    return response;
}

} // namespace citoyens::server
