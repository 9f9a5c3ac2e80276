#include "Tokens.h"

#include "models/JsonReader.h"

namespace citoyens {

std::optional<Tokens> Tokens::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader r(json);
    Tokens t;
    t.accessToken = r.string(QStringLiteral("accessToken")).toUtf8();
    t.refreshToken = r.string(QStringLiteral("refreshToken"), false).toUtf8();
    t.accessExpiresIn = r.integer(QStringLiteral("accessExpiresIn"), false, 0);
    t.mustChangePassword = r.boolean(QStringLiteral("mustChangePassword"));
    FieldErrors userErrors;
    std::optional<Account> account;
    const QJsonValue user = json.value(QStringLiteral("user"));
    if (user.isUndefined() || user.isNull())
        r.addError(QStringLiteral("user"), QStringLiteral("required"));
    else if (!user.isObject())
        r.addError(QStringLiteral("user"), QStringLiteral("invalid_type"));
    else
        account = Account::fromJson(user.toObject(), &userErrors);
    FieldErrors all = r.errors();
    for (const FieldError& e : userErrors)
        all.append({ QStringLiteral("user.") + e.field, e.code });
    if (t.accessToken.isEmpty() && r.ok())
        all.append({ QStringLiteral("accessToken"), QStringLiteral("required") });
    if (errors)
        *errors = all;
    if (!all.isEmpty() || !account)
        return std::nullopt;
    t.user = *account;
    return t;
}

} // namespace citoyens
