#include "ApiParticulierClient.h"

#include "Logging.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace citoyens::server {

namespace {

// The API's own error codes and titles, for the log: enough to diagnose, nothing of the
// person (the detail may quote what was sent).
QString errorCodes(const QByteArray& body)
{
    QStringList codes;
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue& e : errors) {
        const QJsonObject o = e.toObject();
        codes.append(QStringLiteral("%1 (%2)").arg(o.value(QStringLiteral("code")).toString(),
                                                   o.value(QStringLiteral("title")).toString().left(80)));
        if (codes.size() == 3)
            break;
    }
    return codes.isEmpty() ? QStringLiteral("no error code") : codes.join(QStringLiteral(", "));
}

ApiParticulierClient::Result unavailable(int retryAfterSeconds = 0)
{
    ApiParticulierClient::Result r;
    r.retryAfterSeconds = retryAfterSeconds;
    return r;
}

} // namespace

ApiParticulierClient::ApiParticulierClient(ApiParticulierSettings settings)
    : m_settings(std::move(settings))
    , m_http(HttpsClient::Options { m_settings.caFile, std::min(5'000, m_settings.timeoutMs), m_settings.timeoutMs,
                                    256 * 1024 })
{ }

QUrl ApiParticulierClient::requestUrl(const ApiParticulierSettings& settings, const FamilyQuotientRequest& identity)
{
    // Names in capitals, accents kept, as the civil status and the API's examples write them
    // (pass Culture's client does the same).
    QList<QPair<QString, QString>> items { { QStringLiteral("recipient"), settings.recipient },
                                           { QStringLiteral("nomNaissance"), identity.birthName.toUpper() } };
    for (const QString& name : identity.firstNames)
        items.append({ QStringLiteral("prenoms[]"), name.toUpper() });
    items.append({ QStringLiteral("sexeEtatCivil"), identity.sex });
    if (identity.birthDate.isValid()) {
        items.append({ QStringLiteral("anneeDateNaissance"), QString::number(identity.birthDate.year()) });
        items.append({ QStringLiteral("moisDateNaissance"), QString::number(identity.birthDate.month()) });
        items.append({ QStringLiteral("jourDateNaissance"), QString::number(identity.birthDate.day()) });
    }
    items.append({ QStringLiteral("codeCogInseePaysNaissance"), identity.birthCountry });
    if (identity.bornInFrance())
        items.append({ QStringLiteral("codeCogInseeCommuneNaissance"), identity.birthCommune });
    // Names carry spaces, apostrophes and accents: everything but the unreserved characters is
    // percent-encoded (QUrlQuery would leave a "+", which the API would read as a space).
    QByteArray query;
    for (const auto& [key, value] : items) {
        if (!query.isEmpty())
            query.append('&');
        query.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    }
    QUrl url(settings.rootUrl + QStringLiteral("/v3/dss/quotient_familial/identite"));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

ApiParticulierClient::Result ApiParticulierClient::read(const HttpsClient::Answer& answer, bool log)
{
    if (!answer.reached()) {
        if (log)
            qCWarning(lcServer).noquote() << "API Particulier not reached:" << answer.transportError;
        Result r = unavailable();
        r.timedOut = answer.timedOut;
        return r;
    }
    const int status = answer.status;
    if (status == 200) {
        const QJsonObject qf = QJsonDocument::fromJson(answer.body)
                                   .object()
                                   .value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("quotient_familial"))
                                   .toObject();
        Result r;
        r.outcome = Outcome::Found;
        const QJsonValue valeur = qf.value(QStringLiteral("valeur"));
        r.valeur = valeur.toInt(-1);
        r.fournisseur = qf.value(QStringLiteral("fournisseur")).toString();
        r.mois = qf.value(QStringLiteral("mois")).toInt();
        r.annee = qf.value(QStringLiteral("annee")).toInt();
        const bool plausible = valeur.isDouble() && r.valeur >= 0 && r.valeur <= 100'000
            && (r.fournisseur == FamilyQuotient::ProviderCnaf || r.fournisseur == FamilyQuotient::ProviderMsa)
            && r.mois >= 1 && r.mois <= 12 && r.annee >= 2000 && r.annee <= 2200;
        if (plausible)
            return r;
        if (log)
            qCWarning(lcServer) << "API Particulier answered 200 without a usable quotient_familial";
        return unavailable();
    }
    if (status == 404)
        return Result { Outcome::NotFound, 0, {}, 0, 0, 0, false };
    if (log) {
        const QString codes = QStringLiteral("(HTTP %1): %2").arg(status).arg(errorCodes(answer.body));
        if (status == 401 || status == 403)
            qCCritical(lcServer).noquote()
                << "API Particulier refused our token" << codes
                << "- a configuration error: check --api-particulier-token-file, the token's validity and its "
                   "habilitation to the family quotient, and --api-particulier-recipient";
        else if (status == 422)
            qCWarning(lcServer).noquote() << "API Particulier refused the parameters" << codes;
        else if (status == 429)
            qCWarning(lcServer).noquote() << "API Particulier's rate limit reached" << codes;
        else
            qCWarning(lcServer).noquote() << "API Particulier unavailable" << codes;
    }
    return unavailable(status == 429 || status == 502 || status == 503 ? DefaultRetryAfterSeconds : 0);
}

bool ApiParticulierClient::admitCall() const
{
    const qint64 now = QDeadlineTimer::current().deadline();
    QMutexLocker lock(&m_mutex);
    while (!m_recentCalls.empty() && now - m_recentCalls.front() >= 1000)
        m_recentCalls.pop_front();
    if (int(m_recentCalls.size()) >= m_settings.callsPerSecond)
        return false;
    m_recentCalls.push_back(now);
    return true;
}

ApiParticulierClient::Result ApiParticulierClient::fetch(const FamilyQuotientRequest& identity) const
{
    if (!m_slots.tryAcquire()) {
        qCWarning(lcServer) << "API Particulier: too many calls at once, one refused without calling";
        return unavailable(1);
    }
    if (!admitCall()) {
        m_slots.release();
        qCWarning(lcServer) << "API Particulier: our own rate bound reached, one call refused without calling";
        return unavailable(1);
    }
    const HttpsClient::Answer answer
        = m_http.get(requestUrl(m_settings, identity),
                     { { QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_settings.token },
                       { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } });
    m_slots.release();
    return read(answer);
}

} // namespace citoyens::server
