// The PDF documents of the orders, read back with Qt PDF: a receipt names the collectivité and the
// commune, the order, each line and the total to the cent, and how it was paid; the yearly
// childcare statement lists each child under 6 with their lines and total; a folder that cannot be
// written gives a French sentence naming the file and no document.
#include "FrenchText.h"

#include "orders/ReceiptWriter.h"

#include "models/Money.h"

#include <QDir>
#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace citoyens;

class TestReceiptWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void receiptAddsUpToTheCent();
    void childcareStatementPerChild();
    void unwritableFolderSaysSo();

private:
    static QString textOf(const QString& path);

    QTranslator m_french;
    QTemporaryDir m_dir;
};

QString TestReceiptWriter::textOf(const QString& path)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    QString all;
    for (int page = 0; page < pdf.pageCount(); ++page)
        all += pdf.getAllText(page).text() + QLatin1Char('\n');
    return spaced(all);
}

void TestReceiptWriter::initTestCase()
{
    QVERIFY(m_french.load(QStringLiteral(":/i18n/citoyens_fr.qm")));
    QCoreApplication::installTranslator(&m_french);
    QVERIFY(m_dir.isValid());
}

void TestReceiptWriter::receiptAddsUpToTheCent()
{
    Order order;
    order.id = QStringLiteral("o1");
    order.number = QStringLiteral("CMD-2026-000042");
    order.createdAt = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    order.serviceName = QStringLiteral("1ER ENFANT À LA GARDERIE");
    order.communeName = QStringLiteral("AIGUILHE");
    order.beneficiaryName = QStringLiteral("Léa Dupont");
    order.lines
        = { { QStringLiteral("g"), QStringLiteral("Séance de garderie"), QStringLiteral("séance"), 115, 7, 805 },
            { QStringLiteral("r"), QStringLiteral("Repas"), QStringLiteral("repas"), 345, 3, 1035 } };
    order.totalCents = 1840;
    order.paidWith = QStringLiteral("wallet");
    const QString path = m_dir.filePath(ReceiptWriter::receiptFileName(order));
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("recu-CMD-2026-000042.pdf"));
    QString error;
    QVERIFY2(ReceiptWriter::writeReceipt(order, path, &error), qPrintable(error));
    const QString text = textOf(path);
    for (const QString& expected :
         { QStringLiteral("Communauté d'Agglomération du Puy-en-Velay"), QStringLiteral("Commune de Aiguilhe"),
           QStringLiteral("Reçu de paiement"), QStringLiteral("CMD-2026-000042"), QStringLiteral("Léa Dupont"),
           QStringLiteral("Séance de garderie"), spaced(Money::fromCents(115).toFrench()) + QStringLiteral(" / séance"),
           spaced(Money::fromCents(805).toFrench()), spaced(Money::fromCents(1035).toFrench()),
           QStringLiteral("Total payé ") + spaced(Money::fromCents(1840).toFrench()),
           QStringLiteral("Payé avec le porte-monnaie") })
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
}

void TestReceiptWriter::childcareStatementPerChild()
{
    ChildcareStatement statement;
    statement.year = 2026;
    ChildcareStatement::Child lea {
        QStringLiteral("b1"), QStringLiteral("Léa"), QStringLiteral("Dupont"), QDate(2021, 5, 2), 2530, {}
    };
    lea.lines = { { QStringLiteral("CMD-2026-000042"), QDate(2026, 3, 14), QStringLiteral("1ER ENFANT À LA GARDERIE"),
                    QStringLiteral("Séance de garderie"), 22, 2530 } };
    ChildcareStatement::Child tom {
        QStringLiteral("b2"), QStringLiteral("Tom"), QStringLiteral("Dupont"), QDate(2023, 1, 9), 800, {}
    };
    tom.lines = { { QStringLiteral("CMD-2026-000050"), QDate(2026, 7, 1),
                    QStringLiteral("INSCRIPTION ACCUEIL DE LOISIRS RÉSIDENT COMMUNE"),
                    QStringLiteral("Journée à l'accueil de loisirs"), 1, 800 } };
    statement.children = { lea, tom };
    const QString path = m_dir.filePath(ReceiptWriter::statementFileName(2026));
    QString error;
    QVERIFY2(ReceiptWriter::writeChildcareStatement(statement, QStringLiteral("Marie Dupont"), path, &error),
             qPrintable(error));
    const QString text = textOf(path);
    for (const QString& expected :
         { QStringLiteral("Attestation de frais de garde d'enfants — année 2026"),
           QStringLiteral("Délivrée à : Marie Dupont"), QStringLiteral("Léa Dupont, né(e) le 02/05/2021"),
           QStringLiteral("Tom Dupont, né(e) le 09/01/2023"), QStringLiteral("CMD-2026-000042"),
           QStringLiteral("14/03/2026"), QStringLiteral("Total pour Léa ") + spaced(Money::fromCents(2530).toFrench()),
           QStringLiteral("Total pour Tom ") + spaced(Money::fromCents(800).toFrench()) })
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));

    if (const QString dir = qEnvironmentVariable("CITOYENS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QPdfDocument pdf;
        if (pdf.load(path) == QPdfDocument::Error::None)
            pdf.render(0, QSize(1240, 1754)).save(QDir(dir).filePath(QStringLiteral("w07-childcare-statement.png")));
    }

    // A year without childcare says so instead of an empty table.
    statement.children.clear();
    QVERIFY(ReceiptWriter::writeChildcareStatement(statement, {}, path, &error));
    QVERIFY(textOf(path).contains(QStringLiteral("Aucun frais de garde n'a été payé en 2026")));
}

void TestReceiptWriter::unwritableFolderSaysSo()
{
    Order order;
    order.number = QStringLiteral("CMD-2026-000001");
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/recu.pdf"));
    QString error;
    QVERIFY(!ReceiptWriter::writeReceipt(order, path, &error));
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("n'a pas pu être enregistré")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestReceiptWriter)
#include "tst_receiptwriter.moc"
