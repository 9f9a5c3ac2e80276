#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// Every route citoyens-server registers is described in docs/api/openapi.yaml, and every
// route described there is served: the contract and the code cannot drift apart.
class TestOpenApiRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyServedRouteIsDescribed();
    void everyDescribedRouteIsServed();

private:
    QSet<QString> m_served;
    QSet<QString> m_described;
};

static QSet<QString> describedRoutes(const QString& yamlPath)
{
    QFile file(yamlPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // Enough YAML for the layout of our file: paths at two spaces, methods at four.
    static const QRegularExpression pathRe(QStringLiteral("^  (/[^:\\s]*):\\s*$"));
    static const QRegularExpression methodRe(QStringLiteral("^    (get|put|post|patch|delete):\\s*$"));
    static const QRegularExpression topRe(QStringLiteral("^[a-zA-Z]"));
    QSet<QString> routes;
    QString currentPath;
    bool inPaths = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (topRe.match(line).hasMatch()) {
            inPaths = line.startsWith(QLatin1String("paths:"));
            continue;
        }
        if (!inPaths)
            continue;
        if (const auto m = pathRe.match(line); m.hasMatch())
            currentPath = m.captured(1);
        else if (const auto m = methodRe.match(line); m.hasMatch() && !currentPath.isEmpty())
            routes.insert(m.captured(1).toUpper() + QLatin1String(" /api/v1") + currentPath);
    }
    return routes;
}

void TestOpenApiRoutes::initTestCase()
{
    const QString server = qEnvironmentVariable("CITOYENS_SERVER_BIN");
    QVERIFY2(!server.isEmpty(), "CITOYENS_SERVER_BIN is not set");
    QProcess process;
    process.start(server, { QStringLiteral("routes") });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList lines
        = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines)
        m_served.insert(line.trimmed());
    QVERIFY2(m_served.size() >= 10, "the server lists too few routes");

    const QString yaml = qEnvironmentVariable("CITOYENS_SOURCE_DIR") + QStringLiteral("/docs/api/openapi.yaml");
    m_described = describedRoutes(yaml);
    QVERIFY2(m_described.size() >= 10, qPrintable(QStringLiteral("too few routes parsed from ") + yaml));
}

void TestOpenApiRoutes::everyServedRouteIsDescribed()
{
    QStringList missing = (m_served - m_described).values();
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in openapi.yaml: ") + missing.join(QStringLiteral(", "))));
}

void TestOpenApiRoutes::everyDescribedRouteIsServed()
{
    QStringList missing = (m_described - m_served).values();
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("described but not served: ") + missing.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestOpenApiRoutes)
#include "tst_openapi_routes.moc"
