#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The French translation is complete and up to date: lupdate run over today's sources into a
// copy of citoyens_fr.ts finds no string without a finished French translation.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frenchIsCompleteAndCurrent();
    void placeholdersMatch();

private:
    struct Message
    {
        QString context;
        QString source;
        QString translation;
        QString type;
    };
    static QList<Message> readTs(const QString& path);
    QList<Message> refreshedFrench();
};

QList<TestTranslations::Message> TestTranslations::readTs(const QString& path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message { context, {}, {}, {} };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms: numerusform children; keep the first for the checks below.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
            }
            current.translation = text.trimmed();
            out.append(current);
        }
    }
    return out;
}

QList<TestTranslations::Message> TestTranslations::refreshedFrench()
{
    const QString lupdate = qEnvironmentVariable("CITOYENS_LUPDATE");
    const QString source = qEnvironmentVariable("CITOYENS_SOURCE_DIR");
    if (lupdate.isEmpty() || source.isEmpty())
        return {};
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(QStringLiteral("citoyens_fr.ts"));
    if (!QFile::copy(source + QStringLiteral("/translations/citoyens_fr.ts"), copy))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList args = qEnvironmentVariable("CITOYENS_TRANSLATED_SOURCES").split(QLatin1Char(','));
    args << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-ts") << copy;
    QProcess p;
    p.start(lupdate, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    return readTs(copy);
}

void TestTranslations::frenchIsCompleteAndCurrent()
{
    const QList<Message> messages = refreshedFrench();
    QVERIFY2(messages.size() > 50, "lupdate found too few strings: is CITOYENS_LUPDATE set?");
    QStringList missing;
    for (const Message& m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        if (m.type == QLatin1String("unfinished") || m.translation.isEmpty())
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 strings without a French translation (run the update_translations "
                                       "target and translate):\n  %2")
                            .arg(missing.size())
                            .arg(missing.join(QStringLiteral("\n  ")))));
}

void TestTranslations::placeholdersMatch()
{
    const QList<Message> messages
        = readTs(qEnvironmentVariable("CITOYENS_SOURCE_DIR") + QStringLiteral("/translations/citoyens_fr.ts"));
    QVERIFY(!messages.isEmpty());
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    for (const Message& m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        QStringList inSource, inTranslation;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            inSource << it.next().captured(0);
        for (auto it = placeholder.globalMatch(m.translation); it.hasNext();)
            inTranslation << it.next().captured(0);
        inSource.sort();
        inTranslation.sort();
        inSource.removeDuplicates();
        inTranslation.removeDuplicates();
        QVERIFY2(inSource == inTranslation, qPrintable(m.context + QStringLiteral(": ") + m.source));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
