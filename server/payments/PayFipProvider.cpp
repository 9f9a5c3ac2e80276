#include "PayFipProvider.h"

#include "Logging.h"
#include "PayFipSoap.h"
#include "http/Problem.h"
#include "models/FieldCodes.h"
#include "models/ProblemCodes.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

namespace citoyens::server {

namespace {

const QString CreateOperation = QStringLiteral("creerPaiementSecurise");
const QString DetailOperation = QStringLiteral("recupererDetailPaiementSecurise");

// PayFiP's fault codes the server acts on.
const QString UnknownOperation = QStringLiteral("P1"); // expired or purged
const QString NotKnownYet = QStringLiteral("P5"); // in progress

const QTimeZone& paris()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Paris"));
    return zone;
}

// A fault's text as it may go to the log: whatever looks like an e-mail address (PayFiP may
// echo a field) masked.
QString loggable(const QString& text)
{
    static const QRegularExpression email(QStringLiteral("\\S+@\\S+"));
    return QString(text).replace(email, QStringLiteral("<e-mail>")).left(200);
}

Problem unavailable()
{
    return Problem(503, ProblemCode::PaymentUnavailable).withHeader("Retry-After", "60");
}

HttpsClient::Headers soapHeaders()
{
    return { { "Content-Type", "text/xml; charset=utf-8" }, { "SOAPAction", "\"\"" } };
}

} // namespace

PayFipProvider::PayFipProvider(Settings settings)
    : m_settings(std::move(settings))
    , m_client(m_settings.https)
{ }

QString PayFipProvider::sanitisedObject(const QString& text)
{
    // The ligatures no normalisation takes apart.
    QString plain = text;
    plain.replace(QChar(0x152), QLatin1String("OE")).replace(QChar(0x153), QLatin1String("oe"));
    plain.replace(QChar(0xC6), QLatin1String("AE")).replace(QChar(0xE6), QLatin1String("ae"));
    plain.replace(QChar(0xDF), QLatin1String("ss"));
    QString out;
    for (const QChar c : plain.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const bool kept = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (kept)
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
            out.append(QLatin1Char(' '));
    }
    return out.left(MaxObjectLength).trimmed();
}

bool PayFipProvider::isEmailUsable(const QString& email)
{
    return email.size() >= MinEmailLength && email.size() <= MaxEmailLength;
}

int PayFipProvider::parisYear(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, paris()).date().year();
}

qint64 PayFipProvider::paidAt(const QString& dattrans, const QString& heurtrans)
{
    const QDate date = QDate::fromString(dattrans, QStringLiteral("ddMMyyyy"));
    const QTime time = QTime::fromString(heurtrans, QStringLiteral("HHmm"));
    if (!date.isValid() || !time.isValid())
        return 0;
    return QDateTime(date, time, paris()).toMSecsSinceEpoch();
}

PaymentProvider::Created PayFipProvider::create(const Request& request)
{
    if (!isEmailUsable(request.email))
        throw Problem(422, ProblemCode::PaymentEmailUnusable);
    if (!isRefdet(request.refdet))
        throw std::invalid_argument("PayFiP: the reference is not 6 to 30 letters and digits");
    if (request.amountCents < MinAmountCents)
        throw Problem::fromFieldErrors({ { QStringLiteral("amountCents"), FieldCode::TooSmall } });
    const PayFipSoap::Fields fields {
        { QStringLiteral("exer"), QString::number(parisYear(request.now)) },
        { QStringLiteral("mel"), request.email },
        { QStringLiteral("montant"), QString::number(request.amountCents) },
        { QStringLiteral("numcli"), m_settings.numcli },
        { QStringLiteral("objet"), sanitisedObject(request.object) },
        { QStringLiteral("refdet"), request.refdet },
        { QStringLiteral("saisie"), m_settings.saisie },
        { QStringLiteral("urlnotif"), m_settings.notificationUrl().toString(QUrl::FullyEncoded) },
        { QStringLiteral("urlredirect"), m_settings.returnUrl().toString(QUrl::FullyEncoded) },
    };
    const HttpsClient::Answer answer
        = m_client.post(m_settings.endpoint, PayFipSoap::request(CreateOperation, fields), soapHeaders());
    if (!answer.reached()) {
        qCWarning(lcServer).noquote() << "PayFiP creerPaiementSecurise for" << request.refdet
                                      << "failed:" << answer.transportError;
        throw unavailable();
    }
    const PayFipSoap::Answer soap = PayFipSoap::parse(CreateOperation, answer.body);
    const QString idOp = soap.fields.value(QStringLiteral("idOp"));
    if (soap.kind != PayFipSoap::Answer::Kind::Return || !isIdOp(idOp)) {
        qCWarning(lcServer).noquote() << "PayFiP creerPaiementSecurise for" << request.refdet << "refused: HTTP"
                                      << answer.status << soap.faultCode << loggable(soap.faultText) << soap.error;
        throw unavailable();
    }
    QUrl page = m_settings.page;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("idop"), idOp);
    page.setQuery(query);
    return { idOp, page };
}

std::optional<PaymentProvider::Status> PayFipProvider::status(const QString& idOp)
{
    if (!isIdOp(idOp))
        return std::nullopt;
    const HttpsClient::Answer answer = m_client.post(
        m_settings.endpoint, PayFipSoap::request(DetailOperation, { { QStringLiteral("idOp"), idOp } }), soapHeaders());
    if (!answer.reached()) {
        qCWarning(lcServer).noquote() << "PayFiP recupererDetailPaiementSecurise for" << idOp
                                      << "failed:" << answer.transportError << "(left in progress)";
        return Status {};
    }
    const PayFipSoap::Answer soap = PayFipSoap::parse(DetailOperation, answer.body);
    switch (soap.kind) {
    case PayFipSoap::Answer::Kind::Return:
        return detail(idOp, soap.fields);
    case PayFipSoap::Answer::Kind::Fault:
        if (soap.faultCode == UnknownOperation)
            return Status { Outcome::Expired, {}, 0, {}, 0 };
        if (soap.faultCode != NotKnownYet)
            qCWarning(lcServer).noquote() << "PayFiP recupererDetailPaiementSecurise for" << idOp << "fault"
                                          << soap.faultCode << loggable(soap.faultText) << "(left in progress)";
        return Status {};
    case PayFipSoap::Answer::Kind::Unreadable:
        break;
    }
    qCWarning(lcServer).noquote() << "PayFiP recupererDetailPaiementSecurise for" << idOp << "unreadable: HTTP"
                                  << answer.status << soap.error << "(left in progress)";
    return Status {};
}

PaymentProvider::Status PayFipProvider::detail(const QString& idOp, const QHash<QString, QString>& fields) const
{
    Status s;
    s.refdet = fields.value(QStringLiteral("refdet"));
    bool amountOk = false;
    s.amountCents = fields.value(QStringLiteral("montant")).toLongLong(&amountOk);
    if (!amountOk)
        s.amountCents = -1;
    if (fields.value(QStringLiteral("numcli")) != m_settings.numcli) {
        // Another régie's payment (or a mix-up at PayFiP): never money for this one.
        qCWarning(lcServer).noquote() << "PayFiP payment" << idOp << "belongs to another numcli:"
                                      << loggable(fields.value(QStringLiteral("numcli"))) << "(not credited)";
        s.outcome = Outcome::InProgress;
        return s;
    }
    s.outcome = fromResultrans(fields.value(QStringLiteral("resultrans")));
    if (s.outcome == Outcome::Paid) {
        s.authorisation = fields.value(QStringLiteral("numauto")).left(64);
        s.paidAt = paidAt(fields.value(QStringLiteral("dattrans")), fields.value(QStringLiteral("heurtrans")));
    }
    return s;
}

} // namespace citoyens::server
