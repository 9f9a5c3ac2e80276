#pragma once

#include "models/Account.h"
#include "models/FieldError.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace citoyens {

// The answer of /auth/login, /auth/register/verify and /auth/refresh.
struct Tokens
{
    QByteArray accessToken;
    QByteArray refreshToken; // empty unless "remember me" was asked
    qint64 accessExpiresIn = 0; // seconds of idle time left
    Account user;
    bool mustChangePassword = false;

    static std::optional<Tokens> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr);
};

} // namespace citoyens
