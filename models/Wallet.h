#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace citoyens {

// One line of the wallet's history: a top-up credited, an order paid, a refund.
struct WalletMovement
{
    static inline const QString KindTopUp = QStringLiteral("top_up");
    static inline const QString KindOrder = QStringLiteral("order");
    static inline const QString KindRefund = QStringLiteral("refund");

    QString id;
    QString kind;
    qint64 amountCents = 0; // signed: an order is negative
    QDateTime createdAt;
    QString label;
    QString orderId; // empty unless kind is order or refund

    QJsonObject toJson() const;
    static std::optional<WalletMovement> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr,
                                                  const QString& prefix = {});

    friend bool operator==(const WalletMovement& a, const WalletMovement& b)
    {
        return a.id == b.id && a.kind == b.kind && a.amountCents == b.amountCents && a.createdAt == b.createdAt
            && a.label == b.label && a.orderId == b.orderId;
    }
};

// GET /me/wallet: the balance and the movements, newest first.
struct Wallet
{
    qint64 balanceCents = 0;
    QList<WalletMovement> movements;

    QJsonObject toJson() const;
    static std::optional<Wallet> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr);

    friend bool operator==(const Wallet& a, const Wallet& b)
    {
        return a.balanceCents == b.balanceCents && a.movements == b.movements;
    }
};

// A top-up as the server follows it: created pending, paid on the provider's page, or not.
struct TopUp
{
    static inline const QString StatusPending = QStringLiteral("pending");
    static inline const QString StatusPaid = QStringLiteral("paid");
    static inline const QString StatusRefused = QStringLiteral("refused");
    static inline const QString StatusAbandoned = QStringLiteral("abandoned");
    static inline const QString StatusExpired = QStringLiteral("expired");

    QString id;
    qint64 amountCents = 0;
    QString status;
    QUrl paymentUrl; // only in the creation's answer; https
    QDateTime expiresAt;
    QString authorisation; // paid through PayFiP: the bank's authorisation number

    bool isFinal() const { return status != StatusPending; }

    // The statuses above only; a paymentUrl, when present, must be https.
    static std::optional<TopUp> fromJson(const QJsonObject& json, FieldErrors* errors = nullptr);
};

} // namespace citoyens
