#include "PayFipStandIn.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

const QString Soap = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
const QString RequestNs = QStringLiteral("http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/"
                                         "contrat_paiement_securise/PaiementSecuriseService");
const QString AnswerNs = QStringLiteral("http://securite.service.tpa.cp.finances.gouv.fr/reponse");
const QString Create = QStringLiteral("creerPaiementSecurise");
const QString Detail = QStringLiteral("recupererDetailPaiementSecurise");
const QStringList CreateFields { QStringLiteral("exer"),   QStringLiteral("mel"),      QStringLiteral("montant"),
                                 QStringLiteral("numcli"), QStringLiteral("objet"),    QStringLiteral("refdet"),
                                 QStringLiteral("saisie"), QStringLiteral("urlnotif"), QStringLiteral("urlredirect") };

struct Call
{
    QString operation;
    QHash<QString, QString> fields;
    QString error; // why the envelope itself is refused
};

// The operation and its arg0's fields, as PayFiP's clients send them: the operation in
// RequestNs, arg0 and its fields in no namespace.
Call readCall(const QByteArray& body)
{
    Call call;
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("Envelope") || xml.namespaceUri() != Soap) {
        call.error = QStringLiteral("not a SOAP 1.1 envelope");
        return call;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("Body") || xml.namespaceUri() != Soap) {
            xml.skipCurrentElement();
            continue;
        }
        if (!xml.readNextStartElement() || xml.namespaceUri() != RequestNs) {
            call.error = QStringLiteral("the operation is not in the service's namespace");
            return call;
        }
        call.operation = xml.name().toString();
        if (!xml.readNextStartElement() || xml.name() != QLatin1String("arg0") || !xml.namespaceUri().isEmpty()) {
            call.error = QStringLiteral("arg0 missing or qualified");
            return call;
        }
        while (xml.readNextStartElement()) {
            const QString name = xml.name().toString();
            if (!xml.namespaceUri().isEmpty() || call.fields.contains(name)) {
                call.error = QStringLiteral("field %1 qualified or repeated").arg(name);
                return call;
            }
            call.fields.insert(name, xml.readElementText());
        }
        if (xml.hasError())
            call.error = xml.errorString();
        return call;
    }
    call.error = xml.hasError() ? xml.errorString() : QStringLiteral("no Body");
    return call;
}

StandInResponse xmlAnswer(int status, const std::function<void(QXmlStreamWriter&)>& inBody)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeNamespace(Soap, QStringLiteral("S"));
    xml.writeStartElement(Soap, QStringLiteral("Envelope"));
    xml.writeStartElement(Soap, QStringLiteral("Body"));
    inBody(xml);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return StandInResponse::of(status, "text/xml; charset=utf-8", out);
}

// A SOAP Fault; with a `code`, PayFiP's FonctionnelleErreur in its detail.
StandInResponse fault(const QString& code, const QString& libelle)
{
    return xmlAnswer(500, [&](QXmlStreamWriter& xml) {
        xml.writeStartElement(Soap, QStringLiteral("Fault"));
        xml.writeTextElement(QStringLiteral("faultcode"),
                             code.isEmpty() ? QStringLiteral("S:Client") : QStringLiteral("S:Server"));
        xml.writeTextElement(QStringLiteral("faultstring"), libelle);
        if (!code.isEmpty()) {
            xml.writeStartElement(QStringLiteral("detail"));
            xml.writeNamespace(AnswerNs, QStringLiteral("ns2"));
            xml.writeStartElement(AnswerNs, QStringLiteral("FonctionnelleErreur"));
            xml.writeTextElement(QStringLiteral("code"), code);
            xml.writeTextElement(QStringLiteral("descriptif"), QString());
            xml.writeTextElement(QStringLiteral("libelle"), libelle);
            xml.writeTextElement(QStringLiteral("severite"), QStringLiteral("2"));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    });
}

StandInResponse answer(const QString& operation, const QList<QPair<QString, QString>>& fields)
{
    return xmlAnswer(200, [&](QXmlStreamWriter& xml) {
        xml.writeNamespace(AnswerNs, QStringLiteral("ns2"));
        xml.writeStartElement(AnswerNs, operation + QLatin1String("Response"));
        xml.writeStartElement(QStringLiteral("return"));
        for (const auto& [name, value] : fields)
            xml.writeTextElement(name, value);
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

bool matches(const QString& pattern, const QString& text)
{
    return QRegularExpression(QStringLiteral("^(?:%1)$").arg(pattern)).match(text).hasMatch();
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

PayFipStandIn::PayFipStandIn(QString numcli, QObject* parent)
    : QObject(parent)
    , m_numcli(std::move(numcli))
{ }

bool PayFipStandIn::start()
{
    return m_server.start([this](const StandInRequest& r) { return handle(r); });
}

QUrl PayFipStandIn::endpoint() const
{
    return m_server.url().resolved(QUrl(QLatin1String(ServicePath)));
}

QUrl PayFipStandIn::page() const
{
    return m_server.url().resolved(QUrl(QLatin1String(PagePath)));
}

QStringList PayFipStandIn::serverArguments(const QString& timeout) const
{
    return { QStringLiteral("--payment-provider"), QStringLiteral("payfip"),
             QStringLiteral("--payfip-endpoint"),  endpoint().toString(),
             QStringLiteral("--payfip-page"),      page().toString(),
             QStringLiteral("--payfip-numcli"),    m_numcli,
             QStringLiteral("--payfip-ca-file"),   caFile(),
             QStringLiteral("--payfip-timeout"),   timeout };
}

std::optional<PayFipStandIn::Payment> PayFipStandIn::payment(const QString& idOp) const
{
    const auto it = m_payments.constFind(idOp);
    if (it == m_payments.constEnd())
        return std::nullopt;
    return *it;
}

StandInResponse PayFipStandIn::handle(const StandInRequest& request)
{
    if (request.path == QLatin1String(ServicePath) && request.method == "POST") {
        StandInResponse r = soap(request);
        r.delayMs = m_delayMs;
        return r;
    }
    if (request.path == QLatin1String(PagePath))
        return pageOf(request);
    return StandInResponse::of(404, "text/plain", "not found");
}

StandInResponse PayFipStandIn::soap(const StandInRequest& request)
{
    if (!request.header("content-type").startsWith("text/xml") || !request.headers.contains("soapaction"))
        return fault(QString(), QStringLiteral("SOAP 1.1 wants text/xml and a SOAPAction header"));
    const Call call = readCall(request.body);
    if (!call.error.isEmpty())
        return fault(QString(), call.error);
    m_calls[call.operation] += 1;
    if (call.operation == Create)
        return create(call.fields);
    if (call.operation == Detail)
        return detail(call.fields);
    return fault(QString(), QStringLiteral("unknown operation ") + call.operation);
}

StandInResponse PayFipStandIn::create(const QHash<QString, QString>& f)
{
    // The stand-in's own codes, but for R3 (a refdet), which the public clients name.
    for (const QString& name : CreateFields) {
        if (!f.contains(name))
            return fault(QStringLiteral("F1"), QStringLiteral("champ %1 absent").arg(name));
    }
    if (f.size() != CreateFields.size())
        return fault(QStringLiteral("F1"), QStringLiteral("champ inconnu"));
    const int year = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Paris")).date().year();
    if (!matches(QStringLiteral("\\d{4}"), f.value(QStringLiteral("exer")))
        || qAbs(f.value(QStringLiteral("exer")).toInt() - year) > 1)
        return fault(QStringLiteral("E1"), QStringLiteral("exercice invalide"));
    const QString mel = f.value(QStringLiteral("mel"));
    if (mel.size() < 6 || mel.size() > 80 || !mel.contains(QLatin1Char('@')))
        return fault(QStringLiteral("M1"), QStringLiteral("adresse mel invalide"));
    if (!matches(QStringLiteral("\\d{3,}"), f.value(QStringLiteral("montant"))))
        return fault(QStringLiteral("M2"), QStringLiteral("montant invalide"));
    if (f.value(QStringLiteral("numcli")) != m_numcli)
        return fault(QStringLiteral("C1"), QStringLiteral("numero de client inconnu"));
    if (!matches(QStringLiteral("[A-Za-z0-9 ]{0,100}"), f.value(QStringLiteral("objet"))))
        return fault(QStringLiteral("O1"), QStringLiteral("objet invalide"));
    if (!matches(QStringLiteral("[A-Za-z0-9]{6,30}"), f.value(QStringLiteral("refdet"))))
        return fault(QStringLiteral("R3"), QStringLiteral("le format du parametre REFDET n'est pas conforme"));
    if (!matches(QStringLiteral("[TXW]"), f.value(QStringLiteral("saisie"))))
        return fault(QStringLiteral("S1"), QStringLiteral("saisie invalide"));
    for (const QString& name : { QStringLiteral("urlnotif"), QStringLiteral("urlredirect") }) {
        const QUrl url(f.value(name), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https"))
            return fault(QStringLiteral("U1"), QStringLiteral("%1 invalide").arg(name));
    }
    Payment p;
    p.idOp = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.fields = f;
    m_payments.insert(p.idOp, p);
    return answer(Create, { { QStringLiteral("idOp"), p.idOp } });
}

StandInResponse PayFipStandIn::detail(const QHash<QString, QString>& f)
{
    if (f.size() != 1 || !f.contains(QStringLiteral("idOp")))
        return fault(QStringLiteral("F1"), QStringLiteral("idOp attendu seul"));
    if (!m_detailFault.isEmpty())
        return fault(m_detailFault, QStringLiteral("erreur %1 (mel: payer@example.org)").arg(m_detailFault));
    const auto it = m_payments.constFind(f.value(QStringLiteral("idOp")));
    if (it == m_payments.constEnd())
        return fault(QStringLiteral("P1"), QStringLiteral("IdOp incorrect"));
    if (it->resultrans.isEmpty())
        return fault(QStringLiteral("P5"), QStringLiteral("resultat de la transaction non connu"));
    if (m_inProgressReads > 0) {
        --m_inProgressReads;
        return fault(QStringLiteral("P5"), QStringLiteral("resultat de la transaction non connu"));
    }
    const QDateTime at = it->decidedAt.toTimeZone(QTimeZone("Europe/Paris"));
    const QHash<QString, QString>& c = it->fields;
    return answer(
        Detail,
        { { QStringLiteral("dattrans"), at.toString(QStringLiteral("ddMMyyyy")) },
          { QStringLiteral("exer"), c.value(QStringLiteral("exer")) },
          { QStringLiteral("heurtrans"), at.toString(QStringLiteral("HHmm")) },
          { QStringLiteral("idOp"), it->idOp },
          { QStringLiteral("mel"), c.value(QStringLiteral("mel")) },
          { QStringLiteral("montant"),
            QString::number(c.value(QStringLiteral("montant")).toLongLong() + m_amountDelta) },
          { QStringLiteral("numauto"),
            it->resultrans == QLatin1String("P") ? QStringLiteral("A%1").arg(it->idOp.left(5).toUpper()) : QString() },
          { QStringLiteral("numcli"), m_numcliAnswered.isEmpty() ? m_numcli : m_numcliAnswered },
          { QStringLiteral("objet"), c.value(QStringLiteral("objet")) },
          { QStringLiteral("refdet"), c.value(QStringLiteral("refdet")) },
          { QStringLiteral("resultrans"), it->resultrans },
          { QStringLiteral("saisie"), c.value(QStringLiteral("saisie")) } });
}

StandInResponse PayFipStandIn::pageOf(const StandInRequest& request)
{
    if (request.method == "POST") {
        const QUrlQuery form(QString::fromUtf8(request.body));
        const QString idOp = form.queryItemValue(QStringLiteral("idop"));
        const QString action = form.queryItemValue(QStringLiteral("action"));
        const Action a = action == QLatin1String("payer") ? Action::Pay
            : action == QLatin1String("refuser")          ? Action::Refuse
                                                          : Action::Abandon;
        if (!decide(idOp, a))
            return StandInResponse::of(409, "text/html; charset=utf-8", "<p>Paiement inconnu ou deja traite</p>");
        QUrl back(m_payments.value(idOp).fields.value(QStringLiteral("urlredirect")));
        QUrlQuery query(back);
        query.addQueryItem(QStringLiteral("idop"), idOp);
        back.setQuery(query);
        StandInResponse r = StandInResponse::of(302);
        r.headers.append({ "Location", back.toEncoded() });
        return r;
    }
    const QString idOp = request.query.queryItemValue(QStringLiteral("idop"));
    const auto it = m_payments.constFind(idOp);
    if (it == m_payments.constEnd())
        return StandInResponse::of(404, "text/html; charset=utf-8", "<p>Paiement inconnu</p>");
    const QString html
        = QStringLiteral("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                         "<title>PayFiP (stand-in)</title></head><body><h1>%1</h1><p>%2 centimes</p>"
                         "<form method=\"post\" action=\"%3\"><input type=\"hidden\" name=\"idop\" "
                         "value=\"%4\"><button name=\"action\" value=\"payer\">Payer</button>"
                         "<button name=\"action\" value=\"refuser\">Refuser</button>"
                         "<button name=\"action\" value=\"abandonner\">Abandonner</button></form>"
                         "</body></html>")
              .arg(escaped(it->fields.value(QStringLiteral("objet"))),
                   escaped(it->fields.value(QStringLiteral("montant"))), QLatin1String(PagePath), escaped(idOp));
    return StandInResponse::of(200, "text/html; charset=utf-8", html.toUtf8());
}

bool PayFipStandIn::decide(const QString& idOp, Action action)
{
    const auto it = m_payments.find(idOp);
    if (it == m_payments.end() || !it->resultrans.isEmpty())
        return false;
    it->resultrans = action == Action::Pay ? QStringLiteral("P")
        : action == Action::Refuse         ? QStringLiteral("R")
                                           : QStringLiteral("A");
    it->decidedAt = QDateTime::currentDateTimeUtc();
    if (m_notifying)
        notify(*it);
    return true;
}

void PayFipStandIn::notify(const Payment& payment)
{
    QNetworkRequest request(QUrl(payment.fields.value(QStringLiteral("urlnotif"))));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_serverTrust);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    ++m_notificationsSent;
    QNetworkReply* reply = m_nam.post(request, "idop=" + QUrl::toPercentEncoding(payment.idOp));
    connect(reply, &QNetworkReply::finished, this, [this, reply]() {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2)
            ++m_notificationsAnswered;
        reply->deleteLater();
    });
}
