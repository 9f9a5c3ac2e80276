#pragma once

#include "FieldError.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace citoyens {

// What an approved request sells, priced for its tariff bracket
// (GET /me/subscriptions/{id}/offers).
struct Offer
{
    QString id;
    QString label;
    qint64 unitPriceCents = 0;
    QString unit; // "séance", "repas", "journée", "semaine", "inscription"

    static std::optional<Offer> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                         const QString& prefix = {});
    // {items: [Offer]}
    static std::optional<QList<Offer>> listFromJson(const QJsonObject& json, FieldErrors* errors = nullptr);
};

struct OrderLine
{
    QString itemId;
    QString label;
    QString unit;
    qint64 unitPriceCents = 0;
    int quantity = 0;
    qint64 totalCents = 0;

    QJsonObject toJson() const;
    static std::optional<OrderLine> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                             const QString& prefix = {});

    friend bool operator==(const OrderLine& a, const OrderLine& b)
    {
        return a.itemId == b.itemId && a.label == b.label && a.unit == b.unit && a.unitPriceCents == b.unitPriceCents
            && a.quantity == b.quantity && a.totalCents == b.totalCents;
    }
};

// An order, as GET /me/orders answers it (prices frozen at order time): paid from the wallet,
// or by card — then pending while its payment runs, and paid or released (refused, abandoned,
// expired, failed) with nothing charged.
struct Order
{
    static inline const QString PaidWithWallet = QStringLiteral("wallet");
    static inline const QString PaidWithCard = QStringLiteral("card");
    static inline const QString StatusPaid = QStringLiteral("paid");
    static inline const QString StatusPending = QStringLiteral("pending");
    static inline const QString StatusRefused = QStringLiteral("refused");
    static inline const QString StatusAbandoned = QStringLiteral("abandoned");
    static inline const QString StatusExpired = QStringLiteral("expired");
    static inline const QString StatusFailed = QStringLiteral("failed");

    QString id;
    QString number; // "CMD-2026-000123"
    QDateTime createdAt;
    QString subscriptionId;
    QString serviceName;
    QString communeName;
    QString beneficiaryId;
    QString beneficiaryName;
    QList<OrderLine> lines;
    qint64 totalCents = 0;
    QString paidWith; // "wallet" or "card"
    QString status; // "paid", "pending", ...
    QString paymentUrl; // a pending card order's payment page
    QDateTime expiresAt; // when that payment can no longer be made
    QString authorisation; // the bank's, for a card payment, when the provider gives one

    bool isPending() const { return status == StatusPending; }

    QJsonObject toJson() const;
    // The lines' totals must add up to the order's, each line's to price × quantity.
    static std::optional<Order> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                         const QString& prefix = {});

    friend bool operator==(const Order& a, const Order& b)
    {
        return a.id == b.id && a.number == b.number && a.createdAt == b.createdAt
            && a.subscriptionId == b.subscriptionId && a.serviceName == b.serviceName && a.communeName == b.communeName
            && a.beneficiaryId == b.beneficiaryId && a.beneficiaryName == b.beneficiaryName && a.lines == b.lines
            && a.totalCents == b.totalCents && a.paidWith == b.paidWith && a.status == b.status
            && a.paymentUrl == b.paymentUrl && a.expiresAt == b.expiresAt && a.authorisation == b.authorisation;
    }
};

// POST /me/orders: what a person asks to buy.
struct OrderRequest
{
    static constexpr int MaxQuantity = 99;
    static constexpr int MaxLines = 20;

    struct Line
    {
        QString itemId;
        int quantity = 0;
    };

    QString subscriptionId;
    QString beneficiaryId; // optional
    QList<Line> lines;
    bool byCard = false; // its exact amount paid by card ("payment": "card"), else from the wallet

    QJsonObject toJson() const;
    // The rules the server applies: 1..20 lines, quantities 1..99, an item once
    // (fields "lines", "lines[i].quantity", "lines[i].itemId").
    FieldErrors check() const;
    // The total at these prices; nullopt when an item is not offered or it overflows.
    std::optional<Money> total(const QList<Offer>& offers) const;

    friend bool operator==(const OrderRequest& a, const OrderRequest& b) { return a.toJson() == b.toJson(); }
};

// GET /me/statements/childcare?year=: the childcare paid per child under 6, for the tax return.
struct ChildcareStatement
{
    struct Line
    {
        QString orderNumber;
        QDate date;
        QString serviceName;
        QString label;
        int quantity = 0;
        qint64 totalCents = 0;
    };
    struct Child
    {
        QString beneficiaryId;
        QString firstName;
        QString lastName;
        QDate birthDate;
        qint64 totalCents = 0;
        QList<Line> lines;
    };

    int year = 0;
    QList<Child> children;

    static std::optional<ChildcareStatement> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr);
};

} // namespace citoyens
