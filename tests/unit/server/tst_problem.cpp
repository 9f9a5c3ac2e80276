// A problem's field errors are bounded in one place, Problem itself: the first MaxErrors kept
// in order, the rest counted in `errorsOmitted`, a made-up field name cut short.

#include "http/HttpResponse.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "models/FieldCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace citoyens;
using namespace citoyens::server;

namespace {

FieldErrors unknownFields(int count)
{
    FieldErrors errors;
    for (int i = 0; i < count; ++i)
        errors.append({ QStringLiteral("field%1").arg(i), FieldCode::NotAllowed });
    return errors;
}

QJsonObject bodyOf(const Problem& problem)
{
    return QJsonDocument::fromJson(problem.toResponse(RequestContext()).body()).object();
}

} // namespace

class TestProblem : public QObject
{
    Q_OBJECT

private slots:
    void errorsAreCapped_data();
    void errorsAreCapped();
    void longFieldsAreCut();
};

void TestProblem::errorsAreCapped_data()
{
    QTest::addColumn<int>("given");
    QTest::addColumn<int>("kept");
    QTest::addColumn<int>("omitted"); // -1: no errorsOmitted member
    QTest::newRow("none") << 0 << 0 << -1;
    QTest::newRow("a few") << 3 << 3 << -1;
    QTest::newRow("exactly the cap") << int(Problem::MaxErrors) << int(Problem::MaxErrors) << -1;
    QTest::newRow("one more") << int(Problem::MaxErrors) + 1 << int(Problem::MaxErrors) << 1;
    QTest::newRow("thirty thousand") << 30000 << int(Problem::MaxErrors) << 30000 - int(Problem::MaxErrors);
}

void TestProblem::errorsAreCapped()
{
    QFETCH(int, given);
    QFETCH(int, kept);
    QFETCH(int, omitted);
    const Problem problem = Problem::fromFieldErrors(unknownFields(given));
    QCOMPARE(problem.errors().size(), kept);
    QCOMPARE(problem.errorsOmitted(), qMax(omitted, 0));
    const QJsonObject body = bodyOf(problem);
    const QJsonArray errors = body.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), kept);
    for (int i = 0; i < kept; ++i) // the first ones, in order
        QCOMPARE(errors.at(i).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("field%1").arg(i));
    QCOMPARE(body.value(QStringLiteral("errorsOmitted")).toInteger(-1), omitted);
    QVERIFY(body.value(QStringLiteral("status")).toInt() == 422);
}

void TestProblem::longFieldsAreCut()
{
    const QString shortField = QString(Problem::MaxFieldLength, QLatin1Char('a'));
    const QString longField = QString(60000, QLatin1Char('k'));
    // A character outside the BMP across the cut is not split in half.
    const QString emoji = QString(Problem::MaxFieldLength - 2, QLatin1Char('e')) + QStringLiteral("\U0001F600xyz");
    const Problem problem(422, QStringLiteral("validation_failed"),
                          { { shortField, FieldCode::NotAllowed },
                            { longField, FieldCode::NotAllowed },
                            { emoji, FieldCode::NotAllowed } });
    const QJsonArray errors = bodyOf(problem).value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("field")).toString(), shortField);
    const QString cut = errors.at(1).toObject().value(QStringLiteral("field")).toString();
    QCOMPARE(cut.size(), Problem::MaxFieldLength);
    QCOMPARE(cut, longField.left(Problem::MaxFieldLength - 1) + QChar(0x2026));
    const QString cutEmoji = errors.at(2).toObject().value(QStringLiteral("field")).toString();
    QCOMPARE(cutEmoji, QString(Problem::MaxFieldLength - 2, QLatin1Char('e')) + QChar(0x2026));
}

QTEST_GUILESS_MAIN(TestProblem)
#include "tst_problem.moc"
