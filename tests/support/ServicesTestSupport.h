#pragma once

// Helpers shared by the services integration tests: real file bytes, signed-in clients.

#include "ServerTestSupport.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace support {

inline const QString RosieresService = QStringLiteral("rosieres-inscription-accueil-de-loisirs-resident-commune");
inline const QString BainsService = QStringLiteral("bains-reservation-repas-enfants");
inline const QString ProofOfAddress = QStringLiteral("proof_of_address");
inline const QString IncomeStatement = QStringLiteral("income_statement");

// A small but real one-page PDF.
inline QByteArray samplePdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                             "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                             "3 0 obj<</Type/Page/MediaBox[0 0 72 72]/Parent 2 0 R>>endobj\n"
                             "trailer<</Root 1 0 R>>\n%%EOF\n");
}

// A 4x4 red PNG and a 4x4 blue JPEG (made with ImageMagick).
inline QByteArray samplePng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAQAAAAEAQMAAACTPww9AAAABGdBTUEAALGPC/"
                                  "xhBQAAACBjSFJNAAB6JgAAgIQAAPoAAACA6AAAdTAAAOpgAAA6"
                                  "mAAAF3CculE8AAAABlBMVEX/AAD///9BHTQRAAAAAWJLR0QB/wIt3gAAAAd0SU1FB+oLGhQWO4XDQ/"
                                  "EAAAALSURBVAjXY2CAAAAACAABLyDdMQAA"
                                  "ACV0RVh0ZGF0ZTpjcmVhdGUAMjAyNi0xMS0yNlQyMDoyMjo1OSswMDowMCvKmKkAAAAldEVYdGRhdGU6bW9k"
                                  "aWZ5ADIwMjYtMTEtMjZUMjA6MjI6"
                                  "NTkrMDA6MDBalyAVAAAAAElFTkSuQmCC");
}

inline QByteArray sampleJpeg()
{
    return QByteArray::fromBase64(
        "/9j/4AAQSkZJRgABAQAAAQABAAD/"
        "2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0o"
        "MCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/"
        "wAARCAAEAAQD"
        "ASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAj/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABQj/"
        "xAAUEQEA"
        "AAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCewFIh3//Z");
}

// The head of an ELF executable, as someone renaming a program to .pdf would send.
inline QByteArray sampleElf()
{
    return QByteArray("\x7F"
                      "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3E\x00",
                      20)
        + QByteArray(200, '\0');
}

inline QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A client signed in as someone.
struct Person
{
    std::unique_ptr<TestHttp> http;
    QString id;
    QString email;
    QByteArray token;
};

inline Person signIn(const TestServer& server, const QString& email, const QString& password)
{
    Person p { std::make_unique<TestHttp>(server), {}, email, {} };
    const TestReply tokens = p.http->post(QStringLiteral("/auth/login"), credentials(email, password));
    p.token = accessToken(tokens);
    p.http->setBearer(p.token);
    p.id = tokens.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    return p;
}

// A brand-new citizen, registered through the mailed code and signed in.
inline Person newCitizen(const TestServer& server)
{
    Person p { std::make_unique<TestHttp>(server), {}, uniqueEmail(QStringLiteral("citoyen")), {} };
    const TestReply tokens = registerAccount(*p.http, server, p.email);
    p.token = accessToken(tokens);
    p.http->setBearer(p.token);
    p.id = tokens.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    return p;
}

// The assisted session `agent` opens for `citizen` at the desk, with the consent code mailed to
// the citizen: a client acting as the citizen under the agent's audit. Its bearer is empty when
// the opening failed (the failed check says why).
inline void openAssisted(const TestServer& server, Person& agent, const Person& citizen, TestHttp* assisted)
{
    assisted->clearBearer();
    const QString assist = QStringLiteral("/agent/citizens/%1/assist").arg(citizen.id);
    const int mails = int(server.mailsTo(citizen.email).size());
    QCOMPARE(agent.http->post(assist, QJsonObject {}).status, 202);
    QTRY_COMPARE(int(server.mailsTo(citizen.email).size()), mails + 1);
    const TestReply opened
        = agent.http->post(assist + QStringLiteral("/confirm"),
                           QJsonObject { { QStringLiteral("code"), server.latestCode(citizen.email) } });
    QCOMPARE(opened.status, 200);
    assisted->setBearer(accessToken(opened));
}

inline TestReply upload(TestHttp& http, const QString& kind, const QByteArray& bytes,
                        const QByteArray& contentType = "application/pdf",
                        const QString& filename = QStringLiteral("avis.pdf"))
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("kind"), kind);
    q.addQueryItem(QStringLiteral("filename"), filename);
    return http.send("POST", QStringLiteral("/me/documents?") + q.toString(QUrl::FullyEncoded), bytes, contentType);
}

inline QString idOf(const TestReply& reply)
{
    return reply.json().value(QStringLiteral("id")).toString();
}

inline QJsonObject subscriptionBody(const QString& serviceId, const QString& proofId, const QString& incomeId,
                                    qint64 income = 11750, int partsHalves = 5)
{
    return QJsonObject {
        { QStringLiteral("serviceId"), serviceId },
        { QStringLiteral("fiscalIncomeEuros"), double(income) },
        { QStringLiteral("fiscalPartsHalves"), partsHalves },
        { QStringLiteral("documents"),
          QJsonArray {
              QJsonObject { { QStringLiteral("kind"), ProofOfAddress }, { QStringLiteral("documentId"), proofId } },
              QJsonObject { { QStringLiteral("kind"), IncomeStatement },
                            { QStringLiteral("documentId"), incomeId } } } },
    };
}

// Uploads both documents and asks for `serviceId`: the 201 answer (or the failure).
inline TestReply subscribe(TestHttp& http, const QString& serviceId, qint64 income = 11750, int partsHalves = 5)
{
    const TestReply proof = upload(http, ProofOfAddress, samplePdf());
    const TestReply statement = upload(http, IncomeStatement, sampleJpeg(), "image/jpeg", QStringLiteral("avis.jpg"));
    if (proof.status != 201)
        return proof;
    if (statement.status != 201)
        return statement;
    return http.post(QStringLiteral("/me/subscriptions"),
                     subscriptionBody(serviceId, idOf(proof), idOf(statement), income, partsHalves));
}

inline QJsonObject decision(const QString& what, const QString& reason = {})
{
    QJsonObject o { { QStringLiteral("decision"), what } };
    if (!reason.isNull())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

// The id of the first document of a subscription answer.
inline QString firstDocumentId(const TestReply& subscription)
{
    return subscription.json()
        .value(QStringLiteral("documents"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("documentId"))
        .toString();
}

// The ids of the objects in `reply.json()[member]`.
inline QStringList idsIn(const TestReply& reply, const QString& member)
{
    QStringList ids;
    for (const QJsonValue& v : reply.json().value(member).toArray())
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

// A child of the citizen `parent` signs in (`child`: its fields), with `photo` when one is given:
// its id, or empty when the server refused (the step is logged).
inline QString newChild(TestHttp& parent, const QJsonObject& child, const QByteArray& photo = {},
                        const QByteArray& photoType = "image/png")
{
    const TestReply created = parent.post(QStringLiteral("/me/beneficiaries"), child);
    if (created.status != 201) {
        qWarning() << "child not created:" << created.status << created.body;
        return {};
    }
    const QString id = idOf(created);
    if (!photo.isEmpty()) {
        const TestReply sent
            = parent.send("PUT", QStringLiteral("/me/beneficiaries/%1/photo").arg(id), photo, photoType);
        if (sent.status != 200) {
            qWarning() << "photo not accepted:" << sent.status << sent.body;
            return {};
        }
    }
    return id;
}

// The commune's agent validates the child `childId`.
inline bool approveChild(TestHttp& agent, const QString& childId)
{
    const TestReply decided
        = agent.post(QStringLiteral("/agent/beneficiaries/%1/decision").arg(childId), decision("approve"));
    if (decided.status != 200)
        qWarning() << "child not approved:" << decided.status << decided.body;
    return decided.status == 200;
}

// A child, a photo, the agent approves: the child's id, or empty when a step failed.
inline QString approvedChild(TestHttp& parent, TestHttp& agent, const QJsonObject& child, const QByteArray& photo,
                             const QByteArray& photoType = "image/png")
{
    const QString id = newChild(parent, child, photo, photoType);
    return !id.isEmpty() && approveChild(agent, id) ? id : QString();
}

// A child "Léa Martin" with a PAI ("Allergie aux arachides") and a photo (samplePng), added by
// the citizen `http` signs in; its id, or empty when the server refused.
inline QString childWithPhotoAndPai(TestHttp& http)
{
    return newChild(http,
                    QJsonObject { { QStringLiteral("lastName"), QStringLiteral("Martin") },
                                  { QStringLiteral("firstName"), QStringLiteral("Léa") },
                                  { QStringLiteral("pai"), QStringLiteral("Allergie aux arachides") } },
                    samplePng());
}

} // namespace support
