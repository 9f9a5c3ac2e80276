// "Ce poste": the scanner folder of this desk machine is chosen, shown and removed, from the
// keyboard, and kept where the assisted session reads it (AssistedSession::scannerFolder).

#include "app/assisted/AssistedSession.h"
#include "ui/assisted/WorkstationPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace citoyens;

class TestWorkstationPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("citoyens-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workstationpage"));
        QSettings().clear();
    }

    void chooseAndRemoveTheScannerFolder()
    {
        QTemporaryDir scans;
        QVERIFY(scans.isValid());
        int asked = 0;
        QString offered = QStringLiteral("unset");
        WorkstationPage::setFolderChooser([&](QWidget*, const QString& current) {
            ++asked;
            offered = current;
            return asked == 1 ? QString() : scans.path(); // the first time the agent cancels
        });
        WorkstationPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* folder = page.findChild<QLabel*>(QStringLiteral("workstationScannerFolder"));
        auto* choose = page.findChild<QPushButton*>(QStringLiteral("workstationChooseButton"));
        auto* clear = page.findChild<QPushButton*>(QStringLiteral("workstationClearButton"));
        QVERIFY(folder && choose && clear);
        QVERIFY(!choose->accessibleName().isEmpty() && !clear->accessibleName().isEmpty());
        QVERIFY(folder->text().startsWith(QStringLiteral("No scanner folder")));
        QVERIFY(!clear->isEnabled());

        choose->setFocus();
        QTest::keyClick(choose, Qt::Key_Space); // cancelled: nothing changes
        QCOMPARE(asked, 1);
        QVERIFY(AssistedSession::scannerFolder().isEmpty());
        QTest::keyClick(choose, Qt::Key_Space);
        QCOMPARE(asked, 2);
        QCOMPARE(AssistedSession::scannerFolder(), scans.path());
        QVERIFY(folder->text().contains(QDir::toNativeSeparators(scans.path())));
        QVERIFY(clear->isEnabled());

        // A new page (the next sign-in) shows what is kept, and offers it to the chooser.
        WorkstationPage again;
        QVERIFY(again.findChild<QLabel*>(QStringLiteral("workstationScannerFolder"))
                    ->text()
                    .contains(QDir::toNativeSeparators(scans.path())));
        clear->setFocus();
        QTest::keyClick(clear, Qt::Key_Space);
        QVERIFY(AssistedSession::scannerFolder().isEmpty());
        QVERIFY(!clear->isEnabled());
        QVERIFY(choose->hasFocus());
        QTest::keyClick(choose, Qt::Key_Space);
        QCOMPARE(offered, QString());
    }
};

QTEST_MAIN(TestWorkstationPage)
#include "tst_workstationpage.moc"
