#pragma once

#include "CitizenSummary.h"
#include "FieldError.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace citoyens {

// A person a citizen acts for (a child, a parent): the web platform's "filiations".
struct Beneficiary
{
    static inline const QString StatusPending = QStringLiteral("pending");
    static inline const QString StatusApproved = QStringLiteral("approved");
    static inline const QString StatusRejected = QStringLiteral("rejected");
    static inline const QString StatusIncomplete = QStringLiteral("incomplete");

    QString id;
    QString lastName;
    QString firstName;
    QDate birthDate;
    QString relation; // one of BeneficiaryOptions::relations
    QString schoolClass; // one of BeneficiaryOptions::classes
    QString pai; // projet d'accueil individualisé: health information, never logged
    QString group;
    QString client;
    bool hasPhoto = false;
    QString status = StatusPending;
    QString statusReason;
    QDateTime createdAt;
    std::optional<CitizenSummary> citizen; // only in an agent's queue

    QJsonObject toJson() const;
    // Only lastName and firstName are required, so that the body of a creation parses too.
    static std::optional<Beneficiary> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                               const QString& prefix = {});

    // Whether `a` and `b` are the same child as a commune validated it: the names, the birth
    // date and the PAI (health information the agent reads with the child). The photo, a file,
    // is compared apart. A change of any of them withdraws the communes' approvals.
    static bool sameIdentity(const Beneficiary& a, const Beneficiary& b);

    friend bool operator==(const Beneficiary& a, const Beneficiary& b);
};

} // namespace citoyens
