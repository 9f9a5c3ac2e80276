#include "ApiParticulierStandIn.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

StandInResponse errors(int status, const QString& code, const QString& title, const QString& detail)
{
    const QJsonObject error { { QStringLiteral("code"), code },
                              { QStringLiteral("title"), title },
                              { QStringLiteral("detail"), detail },
                              { QStringLiteral("source"), QJsonValue() },
                              { QStringLiteral("meta"), QJsonObject {} } };
    return StandInResponse::of(status, "application/json",
                               QJsonDocument(QJsonObject { { QStringLiteral("errors"), QJsonArray { error } } })
                                   .toJson(QJsonDocument::Compact));
}

// The whole answer of the API for a family found: more than the server may keep.
QByteArray foundBody(const StandInFamily& f)
{
    const QJsonObject person { { QStringLiteral("nom_naissance"), f.birthName.toUpper() },
                               { QStringLiteral("nom_usage"), QJsonValue() },
                               { QStringLiteral("prenoms"), f.firstName.toUpper() },
                               { QStringLiteral("date_naissance"), f.birthDate.toString(Qt::ISODate) },
                               { QStringLiteral("sexe"), QStringLiteral("F") } };
    const QJsonObject child { { QStringLiteral("nom_naissance"), f.birthName.toUpper() },
                              { QStringLiteral("nom_usage"), QJsonValue() },
                              { QStringLiteral("prenoms"), QStringLiteral("NOÉ") },
                              { QStringLiteral("date_naissance"), QStringLiteral("2019-05-02") },
                              { QStringLiteral("sexe"), QStringLiteral("M") } };
    const QJsonObject address { { QStringLiteral("destinataire"), QStringLiteral("MADAME ") + f.birthName.toUpper() },
                                { QStringLiteral("complement_information"), QJsonValue() },
                                { QStringLiteral("complement_information_geographique"), QJsonValue() },
                                { QStringLiteral("numero_libelle_voie"), QStringLiteral("12 RUE DES TANNERIES") },
                                { QStringLiteral("lieu_dit"), QJsonValue() },
                                { QStringLiteral("code_postal_ville"), QStringLiteral("43000 LE PUY EN VELAY") },
                                { QStringLiteral("pays"), QStringLiteral("FRANCE") } };
    const QJsonObject quotient { { QStringLiteral("fournisseur"), f.fournisseur },
                                 { QStringLiteral("valeur"), f.valeur },
                                 { QStringLiteral("annee"), f.annee },
                                 { QStringLiteral("mois"), f.mois },
                                 { QStringLiteral("annee_calcul"), f.annee },
                                 { QStringLiteral("mois_calcul"), f.mois } };
    const QJsonObject data { { QStringLiteral("quotient_familial"), quotient },
                             { QStringLiteral("allocataires"), QJsonArray { person } },
                             { QStringLiteral("enfants"), QJsonArray { child } },
                             { QStringLiteral("adresse"), address } };
    return QJsonDocument(QJsonObject { { QStringLiteral("data"), data },
                                       { QStringLiteral("links"), QJsonObject {} },
                                       { QStringLiteral("meta"), QJsonObject {} } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

ApiParticulierStandIn::ApiParticulierStandIn()
    : m_dir(std::make_unique<QTemporaryDir>())
{ }

ApiParticulierStandIn::~ApiParticulierStandIn() = default;

bool ApiParticulierStandIn::start()
{
    m_tokenFile = m_dir->filePath(QStringLiteral("api-particulier.token"));
    QFile file(m_tokenFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(Token + '\n') < 0)
        return false;
    file.close();
    return m_server.start([this](const StandInRequest& request) { return answer(request); });
}

QStringList ApiParticulierStandIn::serverArguments() const
{
    return { QStringLiteral("--api-particulier-url"),
             url().toString(),
             QStringLiteral("--api-particulier-token-file"),
             m_tokenFile,
             QStringLiteral("--api-particulier-recipient"),
             Recipient,
             QStringLiteral("--api-particulier-ca-file"),
             caFile(),
             QStringLiteral("--api-particulier-timeout"),
             QStringLiteral("1s"),
             QStringLiteral("--api-particulier-calls-per-second"),
             QStringLiteral("1000") };
}

StandInResponse ApiParticulierStandIn::answer(const StandInRequest& request)
{
    if (request.method != "GET" || request.path != Path)
        return errors(404, QStringLiteral("00404"), QStringLiteral("Route inconnue"), request.path);
    if (request.header("authorization") != "Bearer " + m_acceptedToken)
        return errors(401, QStringLiteral("00101"), QStringLiteral("Interdit"),
                      QStringLiteral("Votre jeton n'est pas valide ou n'est pas renseigné."));

    // Every parameter, decoded, once each but prenoms[].
    QStringList broken;
    QHash<QString, QString> one;
    QStringList firstNames;
    static const QStringList Known { QStringLiteral("recipient"),
                                     QStringLiteral("nomNaissance"),
                                     QStringLiteral("sexeEtatCivil"),
                                     QStringLiteral("anneeDateNaissance"),
                                     QStringLiteral("moisDateNaissance"),
                                     QStringLiteral("jourDateNaissance"),
                                     QStringLiteral("codeCogInseePaysNaissance"),
                                     QStringLiteral("codeCogInseeCommuneNaissance"),
                                     QStringLiteral("mois"),
                                     QStringLiteral("annee") };
    for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("prenoms[]"))
            firstNames.append(value);
        else if (!Known.contains(key))
            broken.append(QStringLiteral("unknown parameter ") + key);
        else if (one.contains(key))
            broken.append(QStringLiteral("repeated parameter ") + key);
        else
            one.insert(key, value);
    }
    if (one.value(QStringLiteral("recipient")) != Recipient)
        broken.append(QStringLiteral("recipient is not the SIRET"));
    if (one.value(QStringLiteral("nomNaissance")).trimmed().isEmpty())
        broken.append(QStringLiteral("nomNaissance missing"));
    if (firstNames.isEmpty() || firstNames.contains(QString()))
        broken.append(QStringLiteral("prenoms[] missing or empty"));
    const QString sex = one.value(QStringLiteral("sexeEtatCivil"));
    if (sex != QLatin1String("M") && sex != QLatin1String("F"))
        broken.append(QStringLiteral("sexeEtatCivil not M or F"));
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,4}$"));
    const QDate birth(one.value(QStringLiteral("anneeDateNaissance")).toInt(),
                      one.value(QStringLiteral("moisDateNaissance")).toInt(),
                      one.value(QStringLiteral("jourDateNaissance")).toInt());
    for (const char* part : { "anneeDateNaissance", "moisDateNaissance", "jourDateNaissance" }) {
        if (!number.match(one.value(QLatin1String(part))).hasMatch())
            broken.append(QStringLiteral("%1 not a number").arg(QLatin1String(part)));
    }
    if (!birth.isValid())
        broken.append(QStringLiteral("no valid birth date"));
    static const QRegularExpression country(QStringLiteral("^99[0-9]{3}$"));
    static const QRegularExpression commune(QStringLiteral("^[0-9][0-9AB][0-9]{3}$"));
    const QString pays = one.value(QStringLiteral("codeCogInseePaysNaissance"));
    if (!country.match(pays).hasMatch())
        broken.append(QStringLiteral("codeCogInseePaysNaissance not 99xxx"));
    const bool hasCommune = one.contains(QStringLiteral("codeCogInseeCommuneNaissance"));
    if (pays == QLatin1String("99100")
        && !commune.match(one.value(QStringLiteral("codeCogInseeCommuneNaissance"))).hasMatch())
        broken.append(QStringLiteral("codeCogInseeCommuneNaissance missing for France"));
    if (pays != QLatin1String("99100") && hasCommune)
        broken.append(QStringLiteral("codeCogInseeCommuneNaissance given for a birth abroad"));
    if (!broken.isEmpty()) {
        m_violations += broken;
        return errors(422, QStringLiteral("00200"), QStringLiteral("Entité non traitable"),
                      broken.join(QStringLiteral("; ")));
    }

    switch (m_mode) {
    case Mode::TooManyRequests: {
        StandInResponse r = errors(429, QStringLiteral("00429"), QStringLiteral("Trop de requêtes"),
                                   QStringLiteral("Vous avez dépassé le nombre de requêtes autorisées."));
        r.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") });
        return r;
    }
    case Mode::Unavailable:
        return errors(503, QStringLiteral("37999"), QStringLiteral("Service indisponible"),
                      QStringLiteral("Le fournisseur de données est momentanément indisponible."));
    case Mode::BadGateway:
        return errors(502, QStringLiteral("37998"), QStringLiteral("Erreur du fournisseur"),
                      QStringLiteral("Le fournisseur de données a renvoyé une erreur."));
    case Mode::Normal:
    case Mode::Slow:
        break;
    }
    for (const StandInFamily& f : m_families) {
        if (f.birthName.compare(one.value(QStringLiteral("nomNaissance")), Qt::CaseInsensitive) == 0
            && f.firstName.compare(firstNames.first(), Qt::CaseInsensitive) == 0 && f.birthDate == birth) {
            StandInResponse r = StandInResponse::of(200, "application/json", foundBody(f));
            if (m_mode == Mode::Slow)
                r.delayMs = SlowMs;
            return r;
        }
    }
    // The API's own example of a file not found (its V3 migration guide).
    return errors(404, QStringLiteral("37003"), QStringLiteral("Entité non trouvée"),
                  QStringLiteral("Dossier allocataire inexistant. Le document ne peut être édité."));
}
