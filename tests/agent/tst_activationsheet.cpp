// ActivationSheet: a real PDF written with QPdfWriter, read back with QPdfDocument (Qt PDF):
// one A4 page whose text is the code, the person's name and e-mail, the expiry in French words.
#include "AgentTestSupport.h"

#include "walkin/ActivationSheet.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>

using citoyens::ActivationSheet;

class TestActivationSheet : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ActivationSheet::Details details()
    {
        return { QStringLiteral("Communauté d'Agglomération du Puy-en-Velay"),
                 QStringLiteral("Marie Dupont"),
                 QStringLiteral("marie.dupont@example.fr"),
                 QStringLiteral("K7QP2M9X"),
                 QDateTime(QDate(2026, 12, 4), QTime(14, 5)),
                 QStringLiteral("https://citoyens.agglo-lepuyenvelay.fr") };
    }

    // The text of every page, the words joined by single spaces.
    static QString text(QPdfDocument& pdf)
    {
        QString all;
        for (int page = 0; page < pdf.pageCount(); ++page)
            all += pdf.getAllText(page).text() + QLatin1Char(' ');
        return all.simplified();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(agenttest::useClientLookInFrench());
        QVERIFY(m_dir.isValid());
    }

    void expiryInFrenchWords()
    {
        const ActivationSheet sheet(details());
        QCOMPARE(sheet.expiryText(),
                 QStringLiteral("Ce code est utilisable une seule fois, jusqu'au vendredi 4 décembre 2026 à 14:05."));
        QCOMPARE(sheet.printedCode(), QStringLiteral("K7QP 2M9X"));
    }

    void onePageA4WithTheCode()
    {
        ActivationSheet sheet(details());
        const QString path = m_dir.filePath(QStringLiteral("activation.pdf"));
        QVERIFY2(sheet.writePdf(path), qPrintable(sheet.errorString()));

        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), 1);
        const QSizeF points = pdf.pagePointSize(0);
        QVERIFY2(qAbs(points.width() - 595.3) < 1.5 && qAbs(points.height() - 841.9) < 1.5,
                 qPrintable(QStringLiteral("%1 x %2").arg(points.width()).arg(points.height())));

        // Qt PDF 6.4 extracts text (getAllText): the sheet says what it must, in French.
        const QString words = text(pdf);
        for (const auto& expected :
             { QStringLiteral("K7QP 2M9X"), QStringLiteral("Marie Dupont"), QStringLiteral("marie.dupont@example.fr"),
               QStringLiteral("Communauté d'Agglomération du Puy-en-Velay"), QStringLiteral("vendredi 4 décembre 2026"),
               QStringLiteral("14:05"), QStringLiteral("Activer mon compte"), QStringLiteral("mot de passe"),
               QStringLiteral("https://citoyens.agglo-lepuyenvelay.fr") }) {
            QVERIFY2(words.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + words));
        }

        const QString dir = qEnvironmentVariable("CITOYENS_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            pdf.render(0, QSize(827, 1170)).save(QDir(dir).filePath(QStringLiteral("activation-sheet.png")));
        }
    }

    void toADevice()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ActivationSheet sheet(details());
        QVERIFY(sheet.writePdf(&buffer));
        QVERIFY(buffer.data().startsWith("%PDF-"));
    }

    void unwritablePathSaysWhere()
    {
        ActivationSheet sheet(details());
        const QString path = m_dir.filePath(QStringLiteral("absent/feuille.pdf"));
        QVERIFY(!sheet.writePdf(path));
        QVERIFY2(sheet.errorString().contains(path), qPrintable(sheet.errorString()));
        QVERIFY(agenttest::plain(sheet.errorString())
                    .startsWith(QStringLiteral("La fiche d'activation ne peut pas être enregistrée dans ")));
    }
};

QTEST_MAIN(TestActivationSheet)
#include "tst_activationsheet.moc"
