#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include "ui/widgets/Sidebar.h"
#include "ui/widgets/SidebarModel.h"

using namespace citoyens;

class TestSidebarModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndRoles();
    void badgeShowsAfterTheLabelAndIsSpoken();
    void sidebarFollowsTheModel();
};

void TestSidebarModel::rowsAndRoles()
{
    SidebarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.addEntry(QStringLiteral("Accueil"), QIcon()), 0);
    QCOMPARE(model.addEntry(QStringLiteral("Mes informations personnelles"), QIcon()), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0)), 0); // a list: no children
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Mes informations personnelles"));
    QCOMPARE(model.index(1).data(SidebarModel::LabelRole).toString(), QStringLiteral("Mes informations personnelles"));
    QCOMPARE(model.index(1).data(SidebarModel::BadgeRole).toInt(), 0);
    QVERIFY(!model.data(model.index(5)).isValid());
    QVERIFY(model.roleNames().contains(SidebarModel::BadgeRole));
}

void TestSidebarModel::badgeShowsAfterTheLabelAndIsSpoken()
{
    SidebarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEntry(QStringLiteral("Accueil"), QIcon());
    model.addEntry(QStringLiteral("Mes notifications"), QIcon());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setBadge(1, 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Mes notifications (3)"));
    QVERIFY(model.index(1).data(Qt::AccessibleTextRole).toString().contains(QLatin1Char('3')));
    QCOMPARE(model.index(1).data(SidebarModel::LabelRole).toString(), QStringLiteral("Mes notifications"));

    model.setBadge(1, 3); // unchanged: no signal
    QCOMPARE(changed.count(), 1);
    model.setBadge(7, 1); // out of range: ignored
    QCOMPARE(changed.count(), 1);
    model.setBadge(1, -2); // read: back to the bare label
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Mes notifications"));
}

void TestSidebarModel::sidebarFollowsTheModel()
{
    Sidebar sidebar(QStringLiteral("MON COMPTE"));
    auto* home = new QWidget;
    auto* profile = new QWidget;
    sidebar.addPage(QStringLiteral("Accueil"), QIcon(), home);
    sidebar.addPage(QStringLiteral("Mes informations personnelles"), QIcon(), profile);
    QAbstractItemModelTester tester(sidebar.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sidebar.currentPage(), home);

    QSignalSpy pageChanged(&sidebar, &Sidebar::currentPageChanged);
    sidebar.list()->setCurrentIndex(sidebar.model()->index(1));
    QCOMPARE(sidebar.currentPage(), profile);
    QCOMPARE(pageChanged.count(), 1);
    sidebar.setCurrentPage(home);
    QCOMPARE(sidebar.list()->currentIndex().row(), 0);
    QCOMPARE(sidebar.stack()->currentWidget(), home);
}

QTEST_MAIN(TestSidebarModel)
#include "tst_sidebarmodel.moc"
