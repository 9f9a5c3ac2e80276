#pragma once

#include "BookingPolicy.h"
#include "DocumentRequirement.h"
#include "FieldError.h"
#include "ServiceItem.h"
#include "TariffBracket.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace citoyens {

// How a service with days is booked: which of its items are booked per day (a day's price is
// that item's price for the request's bracket) and the policy they share. Capacity and
// waiting list count per (service, item, day).
struct ServiceBooking
{
    static constexpr int MaxItems = 10;

    QStringList items; // ids of the service's items, at least one, each once
    BookingPolicy policy;

    QJsonObject toJson() const;
    // Checks the block alone; Service::fromJson checks that `items` names its own items.
    static std::optional<ServiceBooking> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                                  const QString& prefix = {});

    friend bool operator==(const ServiceBooking& a, const ServiceBooking& b)
    {
        return a.items == b.items && a.policy == b.policy;
    }
};

// A service a commune offers (a registration, a canteen booking...).
struct Service
{
    QString id;
    QString communeId;
    QString name; // as the web platform writes it: "Inscription accueil de loisirs résident commune"
    QList<DocumentRequirement> requiredDocuments;
    QList<TariffBracket> brackets;
    bool needsIncome = false; // ask the revenu fiscal de référence and the number of parts
    // What the service sells, priced per bracket; empty for a service that sells nothing
    // online. Ids unique within the service; each item has one price per bracket (one price
    // when the service has no brackets).
    QList<ServiceItem> items;
    // Booked per day ("Mes réservations"); absent for a service that only sells.
    std::optional<ServiceBooking> booking;

    static constexpr int MaxItems = 50;

    const ServiceItem* item(const QString& itemId) const;

    QJsonObject toJson() const;
    static std::optional<Service> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                           const QString& prefix = {});

    friend bool operator==(const Service& a, const Service& b)
    {
        return a.id == b.id && a.communeId == b.communeId && a.name == b.name
            && a.requiredDocuments == b.requiredDocuments && a.brackets == b.brackets && a.needsIncome == b.needsIncome
            && a.items == b.items && a.booking == b.booking;
    }
};

} // namespace citoyens
