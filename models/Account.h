#pragma once

#include "FieldError.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace citoyens {

struct Company
{
    QString name;
    QString siret; // optional, 14 digits when given

    QJsonObject toJson() const;
    friend bool operator==(const Company& a, const Company& b) { return a.name == b.name && a.siret == b.siret; }
};

// A person's account as the API returns it (GET /me).
struct Account
{
    static inline const QString CivilityM = QStringLiteral("M");
    static inline const QString CivilityMme = QStringLiteral("Mme");
    static inline const QString RoleCitizen = QStringLiteral("citizen");
    static inline const QString RoleAgent = QStringLiteral("agent");
    static inline const QString RoleAdministrator = QStringLiteral("administrator");

    QString id;
    QString email;
    QString civility; // "M" or "Mme"
    QString firstName;
    QString lastName;
    QDate birthDate; // invalid when not given
    bool newsletter = false;
    std::optional<Company> company;
    QString role = RoleCitizen;
    QStringList communes; // the communes an agent serves
    QDateTime createdAt;

    QJsonObject toJson() const;
    // Parses an account; on failure returns nullopt and, when given, fills `errors`.
    static std::optional<Account> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr);

    friend bool operator==(const Account& a, const Account& b);
};

// What a person fills in to create an account (POST /auth/register).
struct Registration
{
    QString email;
    QString civility;
    QString firstName;
    QString lastName;
    QString password;
    QDate birthDate;
    bool newsletter = false;
    std::optional<Company> company;
    bool acceptTerms = false;

    QJsonObject toJson() const;
    static Registration fromJson(const QJsonObject& json, FieldErrors* errors);
};

// The editable part of a profile (PATCH /me). Absent members are left unchanged.
struct ProfileChange
{
    std::optional<QString> civility;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QDate> birthDate; // an invalid QDate clears it
    std::optional<bool> newsletter;
    std::optional<std::optional<Company>> company; // nullopt inside clears it

    QJsonObject toJson() const;
    static ProfileChange fromJson(const QJsonObject& json, FieldErrors* errors);
    void applyTo(Account& account) const;
};

} // namespace citoyens
