#pragma once

#include "FieldError.h"
#include "Money.h"
#include "TariffBracket.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace citoyens {

// One thing a service sells (a garderie session, a canteen meal, a day at the accueil de
// loisirs), with its unit price in each tariff bracket of the service, in the brackets' order.
// A service without brackets has exactly one price.
struct ServiceItem
{
    // The units the catalogue knows, as the person reads them.
    static const QStringList& units(); // "séance", "repas", "journée", "semaine", "inscription"
    static constexpr int MaxIdLength = 64;
    static constexpr int MaxLabelLength = 200;

    QString id; // unique within its service: [a-z0-9-], 1 to 64 characters
    QString label;
    QString unit;
    bool childcare = false; // frais de garde: counts in the yearly statement for the tax return
    QList<qint64> pricesCents;

    // The price for the bracket at `bracketIndex` (0 for a service without brackets); nullopt
    // when there is no such bracket.
    std::optional<Money> priceFor(int bracketIndex) const;

    // Which price of an item applies to a request: the bracket of its quotient; without a
    // quotient, the bracket named `bracketLabel`; else the last (open) bracket, the full price.
    // 0 for a service without brackets.
    static int bracketIndex(const QList<TariffBracket>& brackets, std::optional<int> quotient,
                            const QString& bracketLabel);

    QJsonObject toJson() const;
    // Checks the item alone (id, label, unit, each price between 0 and Money::MaxCents, at
    // least one price); Service::fromJson checks the number of prices against its brackets.
    static std::optional<ServiceItem> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                               const QString& prefix = {});

    friend bool operator==(const ServiceItem& a, const ServiceItem& b)
    {
        return a.id == b.id && a.label == b.label && a.unit == b.unit && a.childcare == b.childcare
            && a.pricesCents == b.pricesCents;
    }
};

} // namespace citoyens
