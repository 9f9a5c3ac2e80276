#include "Account.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace citoyens {

namespace {

QJsonValue dateValue(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

std::optional<Company> readCompany(JsonReader& reader)
{
    bool present = false;
    JsonReader nested = reader.object(QStringLiteral("company"), &present);
    if (!present)
        return std::nullopt;
    Company company;
    company.name = nested.string(QStringLiteral("name"));
    company.siret = nested.string(QStringLiteral("siret"), false);
    reader.merge(nested);
    return company;
}

} // namespace

QJsonObject Company::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name } };
    o.insert(QStringLiteral("siret"), siret.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(siret));
    return o;
}

QJsonObject Account::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("email"), email },
        { QStringLiteral("civility"), civility },
        { QStringLiteral("firstName"), firstName },
        { QStringLiteral("lastName"), lastName },
        { QStringLiteral("birthDate"), dateValue(birthDate) },
        { QStringLiteral("newsletter"), newsletter },
        { QStringLiteral("company"), company ? QJsonValue(company->toJson()) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("role"), role },
        { QStringLiteral("communes"), QJsonArray::fromStringList(communes) },
        { QStringLiteral("createdAt"),
          createdAt.isValid() ? QJsonValue(createdAt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
    };
}

std::optional<Account> Account::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader r(json);
    Account a;
    a.id = r.string(QStringLiteral("id"));
    a.email = r.string(QStringLiteral("email"));
    a.civility = r.string(QStringLiteral("civility"), false);
    a.firstName = r.string(QStringLiteral("firstName"));
    a.lastName = r.string(QStringLiteral("lastName"));
    a.birthDate = r.date(QStringLiteral("birthDate"));
    a.newsletter = r.boolean(QStringLiteral("newsletter"));
    a.company = readCompany(r);
    a.role = r.string(QStringLiteral("role"), false);
    if (a.role.isEmpty())
        a.role = RoleCitizen;
    a.communes = r.stringList(QStringLiteral("communes"));
    const QString created = r.string(QStringLiteral("createdAt"), false);
    if (!created.isEmpty())
        a.createdAt = QDateTime::fromString(created, Qt::ISODate);
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return a;
}

bool operator==(const Account& a, const Account& b)
{
    return a.id == b.id && a.email == b.email && a.civility == b.civility && a.firstName == b.firstName
        && a.lastName == b.lastName && a.birthDate == b.birthDate && a.newsletter == b.newsletter
        && a.company == b.company && a.role == b.role && a.communes == b.communes && a.createdAt == b.createdAt;
}

QJsonObject Registration::toJson() const
{
    return QJsonObject {
        { QStringLiteral("email"), email },
        { QStringLiteral("civility"), civility },
        { QStringLiteral("firstName"), firstName },
        { QStringLiteral("lastName"), lastName },
        { QStringLiteral("password"), password },
        { QStringLiteral("birthDate"), dateValue(birthDate) },
        { QStringLiteral("newsletter"), newsletter },
        { QStringLiteral("company"), company ? QJsonValue(company->toJson()) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("acceptTerms"), acceptTerms },
    };
}

Registration Registration::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader r(json);
    Registration reg;
    reg.email = r.string(QStringLiteral("email"));
    reg.civility = r.string(QStringLiteral("civility"));
    reg.firstName = r.string(QStringLiteral("firstName"));
    reg.lastName = r.string(QStringLiteral("lastName"));
    reg.password = r.string(QStringLiteral("password"));
    reg.birthDate = r.date(QStringLiteral("birthDate"));
    reg.newsletter = r.boolean(QStringLiteral("newsletter"));
    reg.company = readCompany(r);
    reg.acceptTerms = r.boolean(QStringLiteral("acceptTerms"), true);
    if (errors)
        *errors = r.errors();
    return reg;
}

QJsonObject ProfileChange::toJson() const
{
    QJsonObject o;
    if (civility)
        o.insert(QStringLiteral("civility"), *civility);
    if (firstName)
        o.insert(QStringLiteral("firstName"), *firstName);
    if (lastName)
        o.insert(QStringLiteral("lastName"), *lastName);
    if (birthDate)
        o.insert(QStringLiteral("birthDate"), dateValue(*birthDate));
    if (newsletter)
        o.insert(QStringLiteral("newsletter"), *newsletter);
    if (company)
        o.insert(QStringLiteral("company"), *company ? QJsonValue((*company)->toJson()) : QJsonValue(QJsonValue::Null));
    return o;
}

ProfileChange ProfileChange::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader r(json);
    ProfileChange c;
    if (json.contains(QStringLiteral("civility")))
        c.civility = r.string(QStringLiteral("civility"));
    if (json.contains(QStringLiteral("firstName")))
        c.firstName = r.string(QStringLiteral("firstName"));
    if (json.contains(QStringLiteral("lastName")))
        c.lastName = r.string(QStringLiteral("lastName"));
    if (json.contains(QStringLiteral("birthDate")))
        c.birthDate = r.date(QStringLiteral("birthDate"));
    if (json.contains(QStringLiteral("newsletter")))
        c.newsletter = r.boolean(QStringLiteral("newsletter"), true);
    if (json.contains(QStringLiteral("company")))
        c.company = readCompany(r);
    if (errors)
        *errors = r.errors();
    return c;
}

void ProfileChange::applyTo(Account& account) const
{
    if (civility)
        account.civility = *civility;
    if (firstName)
        account.firstName = *firstName;
    if (lastName)
        account.lastName = *lastName;
    if (birthDate)
        account.birthDate = *birthDate;
    if (newsletter)
        account.newsletter = *newsletter;
    if (company)
        account.company = *company;
}

} // namespace citoyens
