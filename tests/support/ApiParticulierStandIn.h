#pragma once

#include "StandInServer.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A family the stand-in's CAF or MSA knows: found by birth name, first given name and birth date.
struct StandInFamily
{
    QString birthName; // compared without case
    QString firstName;
    QDate birthDate;
    int valeur = 0;
    QString fournisseur = QStringLiteral("CNAF");
    int mois = 3;
    int annee = 2026;
};

// API Particulier's family quotient (GET /v3/dss/quotient_familial/identite) on StandInServer,
// as docs/architecture/family-quotient.md describes the API: it checks the bearer token, the
// recipient (the SIRET) and every parameter (names, types, the commune only for France, nothing
// unknown), records what broke the protocol (violations()) and answers 422 for it; otherwise
// 200 with a whole answer (quotient, allocataires, children, address: what the server must not
// keep), 404 for an identity it does not know, 401 for another token, and whatever mode() says.
//
//   ApiParticulierStandIn api;
//   QVERIFY2(api.start(), qPrintable(api.errorString()));
//   api.addFamily({ "Martin", "Léa", QDate(1988, 3, 14), 512 });
//   TestServer server(api.serverArguments() + QStringList { "--demo-data" });
class ApiParticulierStandIn
{
public:
    static inline const QByteArray Token = QByteArrayLiteral("stand-in-token.eyJhcGkiOiJwYXJ0aWN1bGllciJ9.s3cr3t");
    static inline const QString Recipient = QStringLiteral("21430157400017");
    static inline const QString Path = QStringLiteral("/v3/dss/quotient_familial/identite");

    enum class Mode {
        Normal, // found or not found
        TooManyRequests, // 429 with Retry-After
        Unavailable, // 503
        BadGateway, // 502
        Slow, // answers found after SlowMs: past the server's --api-particulier-timeout in tests
    };
    static constexpr int SlowMs = 4000;

    ApiParticulierStandIn();
    ~ApiParticulierStandIn();

    bool start();
    QString errorString() const { return m_server.errorString(); }
    QUrl url() const { return m_server.url(); }
    QString caFile() const { return m_server.caFile(); }
    // A file holding the token (as an operator writes it: with a final newline).
    QString tokenFile() const { return m_tokenFile; }
    // Every --api-particulier-* argument the server needs to call this stand-in, with a short
    // timeout (1 s) so that Mode::Slow ends quickly, and the server's own bound of calls a second
    // lifted (the tests count asks per account, at the speed of the machine).
    QStringList serverArguments() const;

    void addFamily(const StandInFamily& family) { m_families.append(family); }
    void setMode(Mode mode) { m_mode = mode; }
    // The token the stand-in accepts; another one than the server's makes it answer 401.
    void setAcceptedToken(const QByteArray& token) { m_acceptedToken = token; }

    // How the stand-in answers one request (the StandInServer's handler), recording violations.
    StandInResponse answer(const StandInRequest& request);
    QStringList violations() const { return m_violations; }
    QList<StandInRequest> requests() const { return m_server.requests(); }

private:
    StandInServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_tokenFile;
    QList<StandInFamily> m_families;
    Mode m_mode = Mode::Normal;
    QByteArray m_acceptedToken = Token;
    QStringList m_violations;
};
