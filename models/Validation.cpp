#include "Validation.h"

#include "FieldCodes.h"
#include "PasswordPolicy.h"
#include "Quotient.h"

#include <QRegularExpression>

namespace citoyens::Validation {

namespace {

bool hasControlCharacter(const QString& s)
{
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

FieldErrors one(const QString& field, const QString& code)
{
    return { FieldError { field, code } };
}

} // namespace

QString normalizeEmail(const QString& email)
{
    return email.trimmed().toLower();
}

FieldErrors email(const QString& value, const QString& field)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return one(field, FieldCode::Required);
    if (v.size() > MaxEmailLength)
        return one(field, FieldCode::TooLong);
    // Deliberately simple: one @, something before, a dotted domain after, no spaces.
    static const QRegularExpression re(QStringLiteral(R"(^[^\s@]+@[^\s@]+\.[^\s@]+$)"));
    if (!re.match(v).hasMatch() || hasControlCharacter(v))
        return one(field, FieldCode::InvalidEmail);
    return {};
}

FieldErrors personName(const QString& value, const QString& field)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return one(field, FieldCode::Required);
    if (v.size() > MaxNameLength)
        return one(field, FieldCode::TooLong);
    if (hasControlCharacter(v))
        return one(field, FieldCode::InvalidCharacters);
    return {};
}

FieldErrors civility(const QString& value, const QString& field)
{
    if (value.isEmpty())
        return one(field, FieldCode::Required);
    if (value != Account::CivilityM && value != Account::CivilityMme)
        return one(field, FieldCode::InvalidChoice);
    return {};
}

FieldErrors birthDate(const QDate& value, const QDate& today, const QString& field)
{
    if (!value.isValid())
        return {};
    if (value > today)
        return one(field, FieldCode::InFuture);
    if (value < QDate(1900, 1, 1))
        return one(field, FieldCode::TooOld);
    return {};
}

FieldErrors password(const QString& value, const QString& field)
{
    if (value.isEmpty())
        return one(field, FieldCode::Required);
    if (PasswordPolicy::isTooLong(value))
        return one(field, FieldCode::TooLong);
    FieldErrors errors;
    for (PasswordPolicy::Rule rule : PasswordPolicy::failures(value))
        errors.append({ field, PasswordPolicy::code(rule) });
    return errors;
}

FieldErrors company(const Company& value, const QString& field)
{
    FieldErrors errors;
    const QString name = value.name.trimmed();
    if (name.isEmpty())
        errors.append({ field + QStringLiteral(".name"), FieldCode::Required });
    else if (name.size() > MaxCompanyNameLength)
        errors.append({ field + QStringLiteral(".name"), FieldCode::TooLong });
    static const QRegularExpression siretRe(QStringLiteral("^[0-9]{14}$"));
    const QString siret = QString(value.siret).remove(QLatin1Char(' '));
    if (!siret.isEmpty() && !siretRe.match(siret).hasMatch())
        errors.append({ field + QStringLiteral(".siret"), FieldCode::InvalidSiret });
    return errors;
}

FieldErrors verificationCode(const QString& value, const QString& field)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{6}$"));
    if (value.trimmed().isEmpty())
        return one(field, FieldCode::Required);
    if (!re.match(value.trimmed()).hasMatch())
        return one(field, FieldCode::InvalidCode);
    return {};
}

FieldErrors fiscalIncome(qint64 euros, const QString& field)
{
    if (euros < 0)
        return one(field, FieldCode::Negative);
    if (euros > Quotient::MaxIncomeEuros)
        return one(field, FieldCode::TooLarge);
    return {};
}

FieldErrors fiscalIncomeText(const QString& text, qint64* euros, const QString& field)
{
    QString digits = text;
    digits.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    if (digits.isEmpty())
        return one(field, FieldCode::Required);
    static const QRegularExpression re(QStringLiteral("^-?[0-9]{1,12}$"));
    if (!re.match(digits).hasMatch())
        return one(field, FieldCode::NotANumber);
    const qint64 value = digits.toLongLong();
    FieldErrors errors = fiscalIncome(value, field);
    if (errors.isEmpty() && euros)
        *euros = value;
    return errors;
}

FieldErrors fiscalPartsHalves(int halves, const QString& field)
{
    if (halves < Quotient::MinPartsHalves || halves > Quotient::MaxPartsHalves)
        return one(field, FieldCode::InvalidParts);
    return {};
}

FieldErrors fiscalPartsText(const QString& text, int* halves, const QString& field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return one(field, FieldCode::Required);
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,3})(?:[.,]([0-9]{1,2}))?$"));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return one(field, FieldCode::NotANumber);
    const int whole = m.captured(1).toInt();
    const QString fraction = m.captured(2);
    int value = whole * 2;
    if (fraction == QLatin1String("5") || fraction == QLatin1String("50"))
        value += 1;
    else if (!fraction.isEmpty() && fraction != QLatin1String("0") && fraction != QLatin1String("00"))
        return one(field, FieldCode::InvalidParts);
    FieldErrors errors = fiscalPartsHalves(value, field);
    if (errors.isEmpty() && halves)
        *halves = value;
    return errors;
}

FieldErrors beneficiary(const Beneficiary& b, const QDate& today, const BeneficiaryOptions& options)
{
    FieldErrors errors;
    errors += personName(b.lastName, QStringLiteral("lastName"));
    errors += personName(b.firstName, QStringLiteral("firstName"));
    errors += birthDate(b.birthDate, today);
    if (!b.relation.isEmpty() && !options.relations.contains(b.relation))
        errors.append({ QStringLiteral("relation"), FieldCode::InvalidChoice });
    if (!b.schoolClass.isEmpty() && !options.classes.contains(b.schoolClass))
        errors.append({ QStringLiteral("schoolClass"), FieldCode::InvalidChoice });
    if (b.pai.size() > MaxPaiLength)
        errors.append({ QStringLiteral("pai"), FieldCode::TooLong });
    if (b.group.size() > MaxGroupLength)
        errors.append({ QStringLiteral("group"), FieldCode::TooLong });
    if (b.client.size() > MaxGroupLength)
        errors.append({ QStringLiteral("client"), FieldCode::TooLong });
    return errors;
}

FieldErrors registration(const Registration& r, const QDate& today)
{
    FieldErrors errors;
    errors += email(r.email);
    errors += civility(r.civility);
    errors += personName(r.firstName, QStringLiteral("firstName"));
    errors += personName(r.lastName, QStringLiteral("lastName"));
    errors += password(r.password);
    errors += birthDate(r.birthDate, today);
    if (r.company)
        errors += company(*r.company);
    if (!r.acceptTerms)
        errors.append({ QStringLiteral("acceptTerms"), FieldCode::MustAccept });
    return errors;
}

FieldErrors profileChange(const ProfileChange& c, const QDate& today)
{
    FieldErrors errors;
    if (c.civility)
        errors += civility(*c.civility);
    if (c.firstName)
        errors += personName(*c.firstName, QStringLiteral("firstName"));
    if (c.lastName)
        errors += personName(*c.lastName, QStringLiteral("lastName"));
    if (c.birthDate)
        errors += birthDate(*c.birthDate, today);
    if (c.company && *c.company)
        errors += company(**c.company);
    return errors;
}

} // namespace citoyens::Validation
