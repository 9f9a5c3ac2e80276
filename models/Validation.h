#pragma once

#include "Account.h"
#include "FieldError.h"

#include <QDate>
#include <QString>

namespace citoyens {

// Field rules both sides agree on. Each function returns the broken rules as
// FieldErrors (field name as in the API, stable code); empty means valid.
// Codes: required, too_long, invalid_email, invalid_characters, invalid_choice,
// in_future, too_old, must_accept, invalid_siret, invalid_code, and the password rule
// codes of PasswordPolicy::code().
namespace Validation {

constexpr int MaxNameLength = 100;
constexpr int MaxEmailLength = 254;
constexpr int MaxCompanyNameLength = 200;
constexpr int VerificationCodeLength = 6;

// Lower-cased, trimmed e-mail address: the form accounts are looked up by.
QString normalizeEmail(const QString& email);

FieldErrors email(const QString& value, const QString& field = QStringLiteral("email"));
FieldErrors personName(const QString& value, const QString& field);
FieldErrors civility(const QString& value, const QString& field = QStringLiteral("civility"));
FieldErrors birthDate(const QDate& value, const QDate& today, const QString& field = QStringLiteral("birthDate"));
FieldErrors password(const QString& value, const QString& field = QStringLiteral("password"));
FieldErrors company(const Company& value, const QString& field = QStringLiteral("company"));
FieldErrors verificationCode(const QString& value, const QString& field = QStringLiteral("code"));

FieldErrors registration(const Registration& r, const QDate& today);
FieldErrors profileChange(const ProfileChange& c, const QDate& today);

} // namespace Validation

} // namespace citoyens
