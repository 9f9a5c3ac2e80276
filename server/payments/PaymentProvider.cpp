#include "PaymentProvider.h"

#include <QRegularExpression>

namespace citoyens::server {

PaymentProvider::Outcome PaymentProvider::fromResultrans(const QString& resultrans)
{
    if (resultrans == QLatin1String("P") || resultrans == QLatin1String("V"))
        return Outcome::Paid;
    if (resultrans == QLatin1String("R") || resultrans == QLatin1String("Z"))
        return Outcome::Refused;
    if (resultrans == QLatin1String("A"))
        return Outcome::Abandoned;
    return Outcome::InProgress;
}

bool PaymentProvider::isRefdet(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]{6,30}$"));
    return re.match(text).hasMatch();
}

bool PaymentProvider::isIdOp(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return re.match(text).hasMatch();
}

} // namespace citoyens::server
