#include "PayFipSoap.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace citoyens::server::PayFipSoap {

namespace {

// The text of the element the reader stands on, its children's text ignored.
QString textOf(QXmlStreamReader& xml)
{
    return xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
}

void readReturn(QXmlStreamReader& xml, Answer* answer)
{
    while (xml.readNextStartElement())
        answer->fields.insert(xml.name().toString(), textOf(xml));
}

void readFault(QXmlStreamReader& xml, Answer* answer)
{
    answer->kind = Answer::Kind::Fault;
    QString faultString;
    // The fault's children (faultcode, faultstring, detail) and, inside detail, any element
    // named FonctionnelleErreur whatever its namespace (the public clients match it by name).
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("faultstring")) {
            faultString = textOf(xml);
        } else if (name == QLatin1String("code") || name == QLatin1String("libelle")) {
            const QString text = textOf(xml);
            (name == QLatin1String("code") ? answer->faultCode : answer->faultText) = text;
        } else {
            ++depth;
        }
    }
    if (answer->faultText.isEmpty())
        answer->faultText = faultString;
}

} // namespace

QByteArray request(const QString& operation, const Fields& fields)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeNamespace(QLatin1String(EnvelopeNamespace), QStringLiteral("soapenv"));
    xml.writeNamespace(QLatin1String(RequestNamespace), QStringLiteral("pai"));
    xml.writeStartElement(QLatin1String(EnvelopeNamespace), QStringLiteral("Envelope"));
    xml.writeEmptyElement(QLatin1String(EnvelopeNamespace), QStringLiteral("Header"));
    xml.writeStartElement(QLatin1String(EnvelopeNamespace), QStringLiteral("Body"));
    xml.writeStartElement(QLatin1String(RequestNamespace), operation);
    // Unqualified, as the public clients send them: no default namespace is ever declared, so
    // an element without a prefix has none.
    xml.writeStartElement(QStringLiteral("arg0"));
    for (const auto& [name, value] : fields)
        xml.writeTextElement(name, value);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

Answer parse(const QString& operation, const QByteArray& body)
{
    Answer answer;
    QXmlStreamReader xml(body);
    const QString responseName = operation + QLatin1String("Response");
    bool inBody = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const bool soap = xml.namespaceUri() == QLatin1String(EnvelopeNamespace);
        if (soap && xml.name() == QLatin1String("Body")) {
            inBody = true;
        } else if (inBody && soap && xml.name() == QLatin1String("Fault")) {
            readFault(xml, &answer);
            return answer;
        } else if (inBody && xml.name() == responseName && xml.namespaceUri() == QLatin1String(AnswerNamespace)) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("return")) {
                    answer.kind = Answer::Kind::Return;
                    readReturn(xml, &answer);
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (answer.kind != Answer::Kind::Return)
                answer.error = QStringLiteral("no return element");
            return answer;
        }
    }
    answer.error = xml.hasError() ? xml.errorString() : QStringLiteral("no %1 in the answer").arg(responseName);
    return answer;
}

} // namespace citoyens::server::PayFipSoap
