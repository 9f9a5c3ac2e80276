// SensitiveClipboard on the application's real QClipboard (offscreen: Qt's in-process
// clipboard, the same QClipboard API the desktop platforms implement).
#include "assisted/SensitiveClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTest>

using citoyens::SensitiveClipboard;

class TestSensitiveClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QGuiApplication::clipboard()->clear(); }

    void clipboardWorksOffscreen()
    {
        // If this failed, the tests below would prove nothing: they would need xvfb-run.
        QGuiApplication::clipboard()->setText(QStringLiteral("essai"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("essai"));
        auto* data = new QMimeData;
        data->setData(QStringLiteral("x-custom"), QByteArrayLiteral("v"));
        QGuiApplication::clipboard()->setMimeData(data);
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-custom")), QByteArrayLiteral("v"));
    }

    void copyMarksTheTextSensitive()
    {
        SensitiveClipboard clipboard;
        clipboard.copy(QStringLiteral("marie.dupont@example.fr"));
        const QMimeData* data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        QCOMPARE(data->text(), QStringLiteral("marie.dupont@example.fr"));
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        QVERIFY(data->hasFormat(SensitiveClipboard::markerFormat()));
#endif
        QVERIFY(clipboard.holdsOurs());
    }

    void sensitiveMimeDataCarriesThePlatformHint()
    {
        std::unique_ptr<QMimeData> data(SensitiveClipboard::sensitiveMimeData(QStringLiteral("ABCD")));
        QCOMPARE(data->text(), QStringLiteral("ABCD"));
#if defined(Q_OS_WIN)
        QVERIFY(data->hasFormat(
            QStringLiteral("application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\"")));
        QCOMPARE(data->data(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\"")),
                 QByteArray(4, '\0'));
#elif !defined(Q_OS_MACOS)
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
#endif
    }

    void clearIfOursEmptiesOurCopy()
    {
        SensitiveClipboard clipboard;
        clipboard.copy(QStringLiteral("K7QP-2M9X"));
        QVERIFY(clipboard.clearIfOurs());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!clipboard.holdsOurs());
        // Nothing of ours any more: a second call leaves the clipboard alone.
        QGuiApplication::clipboard()->setText(QStringLiteral("plus tard"));
        QVERIFY(!clipboard.clearIfOurs());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("plus tard"));
    }

    void clearIfOursLeavesWhatWasCopiedSince()
    {
        SensitiveClipboard clipboard;
        clipboard.copy(QStringLiteral("06 12 34 56 78"));
        QGuiApplication::clipboard()->setText(QStringLiteral("note de l'agent"));
        QVERIFY(!clipboard.holdsOurs());
        QVERIFY(!clipboard.clearIfOurs());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("note de l'agent"));
    }

    void sameTextFromElsewhereIsNotOurs()
    {
        SensitiveClipboard clipboard;
        clipboard.copy(QStringLiteral("Rosières"));
        // The agent copies the same word from another application: that copy is the agent's.
        QGuiApplication::clipboard()->setText(QStringLiteral("Rosières"));
        QVERIFY(!clipboard.clearIfOurs());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Rosières"));
    }

    void onlyTheLastCopyCounts()
    {
        SensitiveClipboard clipboard;
        clipboard.copy(QStringLiteral("premier"));
        clipboard.copy(QStringLiteral("second"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("second"));
        QVERIFY(clipboard.clearIfOurs());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void twoClipboardsDoNotClearEachOther()
    {
        SensitiveClipboard first;
        SensitiveClipboard second;
        first.copy(QStringLiteral("même texte"));
        second.copy(QStringLiteral("même texte"));
        QVERIFY(!first.clearIfOurs());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("même texte"));
        QVERIFY(second.clearIfOurs());
    }
};

QTEST_MAIN(TestSensitiveClipboard)
#include "tst_sensitiveclipboard.moc"
