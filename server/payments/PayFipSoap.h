#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace citoyens::server::PayFipSoap {

// The SOAP 1.1 of PayFiP's web service (docs/architecture/payfip.md): requests in
// RequestNamespace, each with one `arg0` whose fields, like `arg0` itself, carry no namespace;
// answers in AnswerNamespace (`<op>Response/return/<field>`); a fault is an HTTP 500 SOAP Fault
// whose `detail` holds `FonctionnelleErreur` (`code`, `libelle`).
inline constexpr char EnvelopeNamespace[] = "http://schemas.xmlsoap.org/soap/envelope/";
inline constexpr char RequestNamespace[] = "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/"
                                           "contrat_paiement_securise/PaiementSecuriseService";
inline constexpr char AnswerNamespace[] = "http://securite.service.tpa.cp.finances.gouv.fr/reponse";

using Fields = QList<QPair<QString, QString>>;

// The envelope of `operation` with `arg0` holding `fields` in this order, written with
// QXmlStreamWriter (every value escaped).
QByteArray request(const QString& operation, const Fields& fields);

struct Answer
{
    enum class Kind { Return, Fault, Unreadable };
    Kind kind = Kind::Unreadable;
    QHash<QString, QString> fields; // Return: the children of `return`, by local name
    QString faultCode; // Fault: FonctionnelleErreur's code (empty when the fault has none)
    QString faultText; // Fault: its libelle, else the faultstring
    QString error; // Unreadable: why, for the log
};

// Reads the answer to `operation`: its `return` (the Response element in AnswerNamespace), or
// a SOAP Fault. Anything else is Unreadable.
Answer parse(const QString& operation, const QByteArray& body);

} // namespace citoyens::server::PayFipSoap
