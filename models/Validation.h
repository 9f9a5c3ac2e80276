#pragma once

#include "Account.h"
#include "Beneficiary.h"
#include "BeneficiaryOptions.h"
#include "FieldError.h"

#include <QDate>
#include <QString>

namespace citoyens {

// Field rules both sides agree on. Each function returns the broken rules as
// FieldErrors (field name as in the API, stable code); empty means valid.
// Codes: required, too_long, invalid_email, invalid_characters, invalid_choice,
// in_future, too_old, must_accept, invalid_siret, invalid_code, negative, too_large,
// invalid_parts, not_a_number, and the password rule codes of PasswordPolicy::code().
namespace Validation {

constexpr int MaxNameLength = 100;
constexpr int MaxEmailLength = 254;
constexpr int MaxCompanyNameLength = 200;
constexpr int VerificationCodeLength = 6;
constexpr int MaxPaiLength = 2000;
constexpr int MaxGroupLength = 100; // also the client field

// Lower-cased, trimmed e-mail address: the form accounts are looked up by.
QString normalizeEmail(const QString& email);

FieldErrors email(const QString& value, const QString& field = QStringLiteral("email"));
FieldErrors personName(const QString& value, const QString& field);
FieldErrors civility(const QString& value, const QString& field = QStringLiteral("civility"));
FieldErrors birthDate(const QDate& value, const QDate& today, const QString& field = QStringLiteral("birthDate"));
FieldErrors password(const QString& value, const QString& field = QStringLiteral("password"));
FieldErrors company(const Company& value, const QString& field = QStringLiteral("company"));
FieldErrors verificationCode(const QString& value, const QString& field = QStringLiteral("code"));

// The revenu fiscal de référence in whole euros: 0 to Quotient::MaxIncomeEuros.
FieldErrors fiscalIncome(qint64 euros, const QString& field = QStringLiteral("fiscalIncomeEuros"));
// The same typed by a person ("23 500"); fills `euros` when valid.
FieldErrors fiscalIncomeText(const QString& text, qint64* euros = nullptr,
                             const QString& field = QStringLiteral("fiscalIncomeEuros"));
// The number of parts in halves: 2 (1 part) to 40 (20 parts).
FieldErrors fiscalPartsHalves(int halves, const QString& field = QStringLiteral("fiscalPartsHalves"));
// The number of parts typed by a person ("2,5" or "2.5"); fills `halves` when valid.
FieldErrors fiscalPartsText(const QString& text, int* halves = nullptr,
                            const QString& field = QStringLiteral("fiscalPartsHalves"));
// Names as personName, birth date not in the future, relation and class from `options`
// when given, PAI up to MaxPaiLength characters, group and client up to MaxGroupLength.
FieldErrors beneficiary(const Beneficiary& b, const QDate& today,
                        const BeneficiaryOptions& options = BeneficiaryOptions::defaults());

FieldErrors registration(const Registration& r, const QDate& today);
FieldErrors profileChange(const ProfileChange& c, const QDate& today);

} // namespace Validation

} // namespace citoyens
