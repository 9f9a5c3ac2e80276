#include "Wallet.h"

#include "FieldCodes.h"
#include "JsonReader.h"
#include "JsonValues.h"
#include "Money.h"

#include <QJsonArray>
#include <QStringList>

namespace citoyens {

namespace {

// A wire amount, refused beyond what Money handles.
qint64 amount(JsonReader& r, const QString& field)
{
    const qint64 cents = r.integer(field);
    if (!Money::checked(cents))
        r.addError(field, FieldCode::TooLarge);
    return cents;
}

} // namespace

QJsonObject WalletMovement::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("amountCents"), amountCents },
        { QStringLiteral("createdAt"), JsonValues::instant(createdAt) },
        { QStringLiteral("label"), label },
        { QStringLiteral("orderId"), JsonValues::text(orderId) },
    };
}

std::optional<WalletMovement> WalletMovement::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                       const QString& prefix)
{
    JsonReader r(json, prefix);
    WalletMovement m;
    m.id = r.string(QStringLiteral("id"));
    m.kind = r.string(QStringLiteral("kind"));
    m.amountCents = amount(r, QStringLiteral("amountCents"));
    m.createdAt = r.dateTime(QStringLiteral("createdAt"), true);
    m.label = r.string(QStringLiteral("label"), false);
    m.orderId = r.string(QStringLiteral("orderId"), false);
    if (!QStringList { KindTopUp, KindOrder, KindRefund }.contains(m.kind))
        r.addError(QStringLiteral("kind"), FieldCode::InvalidChoice);
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return m;
}

QJsonObject Wallet::toJson() const
{
    QJsonArray list;
    for (const WalletMovement& m : movements)
        list.append(m.toJson());
    return QJsonObject { { QStringLiteral("balanceCents"), balanceCents }, { QStringLiteral("movements"), list } };
}

std::optional<Wallet> Wallet::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader r(json);
    Wallet w;
    w.balanceCents = amount(r, QStringLiteral("balanceCents"));
    if (w.balanceCents < 0)
        r.addError(QStringLiteral("balanceCents"), FieldCode::Negative);
    const QJsonArray list = r.array(QStringLiteral("movements"), true);
    for (int i = 0; i < list.size(); ++i) {
        FieldErrors nested;
        const auto m
            = WalletMovement::fromJson(list.at(i).toObject(), &nested, r.elementPath(QStringLiteral("movements"), i));
        r.mergeErrors(nested);
        if (m)
            w.movements.append(*m);
    }
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return w;
}

std::optional<TopUp> TopUp::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader r(json);
    TopUp t;
    t.id = r.string(QStringLiteral("id"));
    t.amountCents = amount(r, QStringLiteral("amountCents"));
    t.status = r.string(QStringLiteral("status"));
    const QString url = r.string(QStringLiteral("paymentUrl"), false);
    t.expiresAt = r.dateTime(QStringLiteral("expiresAt"));
    t.authorisation = r.string(QStringLiteral("authorisation"), false);
    if (!QStringList { StatusPending, StatusPaid, StatusRefused, StatusAbandoned, StatusExpired }.contains(t.status))
        r.addError(QStringLiteral("status"), FieldCode::InvalidChoice);
    if (!url.isEmpty()) {
        t.paymentUrl = QUrl(url, QUrl::StrictMode);
        // Only a page of the provider over TLS is ever opened in the person's browser.
        if (!t.paymentUrl.isValid() || t.paymentUrl.scheme() != u"https" || t.paymentUrl.host().isEmpty())
            r.addError(QStringLiteral("paymentUrl"), FieldCode::InvalidChoice);
    }
    if (errors)
        *errors = r.errors();
    if (!r.ok())
        return std::nullopt;
    return t;
}

} // namespace citoyens
