// The rules of a desk agent's decision, as the client checks them before sending (the same
// field names and codes as the server's answer).
#include "models/DecisionRequest.h"

#include <QTest>

using namespace citoyens;

Q_DECLARE_METATYPE(citoyens::FieldErrors)

class TestDecisionRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void bodyLeavesOutWhatIsEmpty();
};

void TestDecisionRequest::check_data()
{
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("documentKind");
    QTest::addColumn<FieldErrors>("errors");
    const QStringList kinds { QStringLiteral("proof_of_address"), QStringLiteral("income_statement") };
    const FieldError reasonRequired { QStringLiteral("reason"), QStringLiteral("required") };
    const FieldError kindInvalid { QStringLiteral("documentKind"), QStringLiteral("invalid_choice") };
    QTest::newRow("approve") << "approve"
                             << ""
                             << "" << FieldErrors {};
    QTest::newRow("approve with a note") << "approve"
                                         << "Dossier complet"
                                         << "" << FieldErrors {};
    QTest::newRow("reject with a reason") << "reject"
                                          << "Hors délai"
                                          << "" << FieldErrors {};
    QTest::newRow("reject without") << "reject"
                                    << ""
                                    << "" << FieldErrors { reasonRequired };
    QTest::newRow("reject with blanks") << "reject"
                                        << "   "
                                        << "" << FieldErrors { reasonRequired };
    QTest::newRow("incomplete with a kind") << "incomplete"
                                            << "Illisible"
                                            << "income_statement" << FieldErrors {};
    QTest::newRow("incomplete without a reason") << "incomplete"
                                                 << ""
                                                 << "income_statement" << FieldErrors { reasonRequired };
    QTest::newRow("incomplete, unknown kind") << "incomplete"
                                              << "Illisible"
                                              << "passport" << FieldErrors { kindInvalid };
    QTest::newRow("a kind to approve") << "approve"
                                       << ""
                                       << "income_statement" << FieldErrors { kindInvalid };
    QTest::newRow("another word") << "accept"
                                  << ""
                                  << ""
                                  << FieldErrors { { QStringLiteral("decision"), QStringLiteral("invalid_choice") } };
    QTest::newRow("reason too long") << "reject" << QString(DecisionRequest::MaxReasonLength + 1, QLatin1Char('x'))
                                     << "" << FieldErrors { { QStringLiteral("reason"), QStringLiteral("too_long") } };
    QTest::newRow("reason at the limit") << "reject" << QString(DecisionRequest::MaxReasonLength, QLatin1Char('x'))
                                         << "" << FieldErrors {};
}

void TestDecisionRequest::check()
{
    QFETCH(QString, decision);
    QFETCH(QString, reason);
    QFETCH(QString, documentKind);
    QFETCH(FieldErrors, errors);
    const DecisionRequest request { decision, reason, documentKind, {} };
    QCOMPARE(request.check({ QStringLiteral("proof_of_address"), QStringLiteral("income_statement") }), errors);
}

void TestDecisionRequest::bodyLeavesOutWhatIsEmpty()
{
    QCOMPARE(DecisionRequest({ DecisionRequest::Approve, {}, {}, {} }).toJson(),
             (QJsonObject { { QStringLiteral("decision"), QStringLiteral("approve") } }));
    const QJsonObject body = DecisionRequest({ DecisionRequest::Incomplete, QStringLiteral("  Illisible "),
                                               QStringLiteral("income_statement"), QStringLiteral("rosieres") })
                                 .toJson();
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("Illisible"));
    QCOMPARE(body.value(QStringLiteral("documentKind")).toString(), QStringLiteral("income_statement"));
    QCOMPARE(body.value(QStringLiteral("communeId")).toString(), QStringLiteral("rosieres"));
}

QTEST_APPLESS_MAIN(TestDecisionRequest)
#include "tst_decisionrequest.moc"
