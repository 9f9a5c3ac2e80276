#pragma once

#include "models/FamilyQuotient.h"
#include "outbound/HttpsClient.h"

#include <QByteArray>
#include <QMutex>
#include <QSemaphore>
#include <QString>
#include <QUrl>

#include <deque>

namespace citoyens::server {

// How the server reaches API Particulier (--api-particulier-*). The token is a secret: it is
// only ever put in the Authorization header, never logged nor answered.
struct ApiParticulierSettings
{
    QString rootUrl = QStringLiteral("https://particulier.api.gouv.fr"); // no trailing slash
    QByteArray token;
    QString recipient; // the commune's SIRET, 14 digits
    QString caFile; // tests only: the stand-in's authority
    int timeoutMs = 10'000;
    // Calls a second for the whole server, beyond which it answers Unavailable without calling
    // (the API allows 20 a second per token; tests raise it).
    int callsPerSecond = 10;

    bool configured() const { return !token.isEmpty() && !recipient.isEmpty(); }
};

// The family quotient of the CAF and the MSA, by identity: GET
// <root>/v3/dss/quotient_familial/identite (docs/architecture/family-quotient.md). Blocking: call
// it from a worker thread. Every answer but a quotient or "no file" is Unavailable and logged,
// with the status and the API's error codes, never the token nor the identity. Bounded on our
// side: at most MaxConcurrent calls at once and settings.callsPerSecond a second for the whole
// server, beyond which it answers Unavailable without calling.
class ApiParticulierClient
{
public:
    static constexpr int MaxConcurrent = 4;
    static constexpr int DefaultRetryAfterSeconds = 30;

    enum class Outcome { Found, NotFound, Unavailable };

    struct Result
    {
        Outcome outcome = Outcome::Unavailable;
        int valeur = 0;
        QString fournisseur;
        int mois = 0;
        int annee = 0;
        int retryAfterSeconds = 0; // Unavailable: when asking again makes sense
        bool timedOut = false;
    };

    explicit ApiParticulierClient(ApiParticulierSettings settings);

    bool configured() const { return m_settings.configured(); }
    Result fetch(const FamilyQuotientRequest& identity) const;

    // The request's address: root, path, recipient and the identity's parameters.
    static QUrl requestUrl(const ApiParticulierSettings& settings, const FamilyQuotientRequest& identity);
    // What an answer means; `log` false keeps it quiet (tests of the mapping).
    static Result read(const HttpsClient::Answer& answer, bool log = true);

private:
    // Whether one more call fits in this second's budget (counted when it does).
    bool admitCall() const;

    ApiParticulierSettings m_settings;
    HttpsClient m_http;
    mutable QSemaphore m_slots { MaxConcurrent };
    mutable QMutex m_mutex;
    mutable std::deque<qint64> m_recentCalls; // steady-clock milliseconds, the last second's
};

} // namespace citoyens::server
