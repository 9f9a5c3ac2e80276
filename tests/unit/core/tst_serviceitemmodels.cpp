// The services, beneficiaries and notifications item models, each under QAbstractItemModelTester, fed from real
// repositories.
#include "itemmodels/BeneficiaryListModel.h"
#include "itemmodels/CatalogueModel.h"
#include "itemmodels/NotificationListModel.h"
#include "itemmodels/SubscriptionTableModel.h"
#include "store/BeneficiaryRepository.h"
#include "store/CatalogueRepository.h"
#include "store/LocalStore.h"
#include "store/NotificationRepository.h"
#include "store/SubscriptionRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace citoyens;

namespace {

Subscription subscription(const QString& id, const QString& status, int day, const QString& reason = {})
{
    Subscription s;
    s.id = id;
    s.serviceId = QStringLiteral("rosieres-loisirs");
    s.communeId = QStringLiteral("rosieres");
    s.serviceName = QStringLiteral("Inscription accueil de loisirs résident commune");
    s.communeName = QStringLiteral("ROSIÈRES");
    s.status = status;
    s.statusReason = reason;
    s.bracketLabel = QStringLiteral("inf 399");
    s.createdAt = QDateTime(QDate(2026, 11, day), QTime(10, 0), Qt::UTC);
    s.updatedAt = s.createdAt;
    return s;
}

Service service(const QString& id, const QString& commune, const QString& name)
{
    Service s;
    s.id = id;
    s.communeId = commune;
    s.name = name;
    s.requiredDocuments = { { DocumentRequirement::KindProofOfAddress, QStringLiteral("Justificatif de domicile") },
                            { DocumentRequirement::KindIncomeStatement, QStringLiteral("Attestation") } };
    s.brackets = { { 399, QStringLiteral("inf 399") }, { std::nullopt, QStringLiteral("sup 999") } };
    s.needsIncome = true;
    return s;
}

} // namespace

class TestServiceItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void subscriptionTable();
    void statusTexts();
    void beneficiaryList();
    void notificationList();
    void catalogueTree();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestServiceItemModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
}

void TestServiceItemModels::cleanup()
{
    m_store.reset();
}

void TestServiceItemModels::subscriptionTable()
{
    SubscriptionRepository repository(m_store.get());
    QVERIFY(repository.replaceAll({ subscription(QStringLiteral("s1"), Subscription::StatusPending, 2) }, "\"1\""));
    SubscriptionTableModel model(&repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(SubscriptionTableModel::ColumnCount));
    QCOMPARE(model.headerData(SubscriptionTableModel::ServiceName, Qt::Horizontal).toString(),
             QStringLiteral("Service name"));
    const QModelIndex name = model.index(0, SubscriptionTableModel::ServiceName);
    QCOMPARE(name.data().toString(),
             QStringLiteral("Rosières / Inscription Accueil de Loisirs Résident Commune / inf 399"));
    QCOMPARE(model.index(0, SubscriptionTableModel::Commune).data().toString(), QStringLiteral("Rosières"));
    QCOMPARE(model.index(0, SubscriptionTableModel::Status).data().toString(), QStringLiteral("Pending"));
    QCOMPARE(model.index(0, SubscriptionTableModel::Status).data(SubscriptionTableModel::RawValueRole).toString(),
             Subscription::StatusPending);
    QVERIFY(name.data(SubscriptionTableModel::CanWithdrawRole).toBool());

    // A newer one arrives (inserted at the top), s1 is approved (changed in place).
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QPersistentModelIndex kept(model.index(0, 0));
    QVERIFY(repository.replaceAll({ subscription(QStringLiteral("s2"), Subscription::StatusPending, 9),
                                    subscription(QStringLiteral("s1"), Subscription::StatusApproved, 2) },
                                  "\"2\""));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(kept.row(), 1); // the selection follows the row
    QCOMPARE(model.index(1, SubscriptionTableModel::Status).data().toString(), QStringLiteral("Approved"));
    QCOMPARE(model.rowOf(QStringLiteral("s2")), 0);

    // s2 withdrawn.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(repository.remove(QStringLiteral("s2")));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.subscriptionAt(0).id, QStringLiteral("s1"));

    // Signed out: empty.
    repository.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestServiceItemModels::statusTexts()
{
    QCOMPARE(SubscriptionTableModel::statusText(Subscription::StatusRejected, QStringLiteral("Hors commune")),
             QStringLiteral("Rejected: Hors commune"));
    QCOMPARE(SubscriptionTableModel::statusText(Subscription::StatusIncomplete, QStringLiteral("Avis d'imposition")),
             QStringLiteral("Documents to complete: Avis d'imposition"));
    QCOMPARE(SubscriptionTableModel::statusText(Subscription::StatusApproved, {}), QStringLiteral("Approved"));
}

void TestServiceItemModels::beneficiaryList()
{
    BeneficiaryRepository repository(m_store.get());
    BeneficiaryListModel model(&repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Beneficiary zoe;
    zoe.id = QStringLiteral("b1");
    zoe.firstName = QStringLiteral("Zoé");
    zoe.lastName = QStringLiteral("Martin");
    zoe.birthDate = QDate(2018, 3, 4);
    Beneficiary leo = zoe;
    leo.id = QStringLiteral("b2");
    leo.firstName = QStringLiteral("Léo");
    leo.lastName = QStringLiteral("Dupont");
    QVERIFY(repository.replaceAll({ zoe, leo }, "\"1\""));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Léo Dupont"));
    QCOMPARE(model.index(1).data(BeneficiaryListModel::BirthDateRole).toDate(), QDate(2018, 3, 4));
    QVERIFY(model.index(1).data(BeneficiaryListModel::EditableRole).toBool());

    zoe.status = Beneficiary::StatusApproved;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(repository.upsert(zoe));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1).data(BeneficiaryListModel::StatusTextRole).toString(), QStringLiteral("Approved"));
    QVERIFY(!model.index(1).data(BeneficiaryListModel::EditableRole).toBool());
    QCOMPARE(model.beneficiaryAt(model.rowOf(QStringLiteral("b1"))).firstName, QStringLiteral("Zoé"));

    // A rename that moves the row: still consistent (the tester checks the signals).
    zoe.lastName = QStringLiteral("Aubert");
    QVERIFY(repository.upsert(zoe));
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Zoé Aubert"));
    QVERIFY(repository.remove(QStringLiteral("b2")));
    QCOMPARE(model.rowCount(), 1);
}

void TestServiceItemModels::notificationList()
{
    NotificationRepository repository(m_store.get());
    NotificationListModel model(&repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy unread(&model, &NotificationListModel::unreadCountChanged);
    Notification n;
    n.id = QStringLiteral("n1");
    n.subjectType = Notification::SubjectSubscription;
    n.subjectId = QStringLiteral("s1");
    n.status = Subscription::StatusApproved;
    n.title = QStringLiteral("Demande validée");
    n.body = QStringLiteral("Votre demande a été validée.");
    n.createdAt = QDateTime(QDate(2026, 11, 26), QTime(20, 0), Qt::UTC);
    QVERIFY(repository.replaceAll({ n }, "\"1\""));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Demande validée"));
    QVERIFY(model.index(0).data(NotificationListModel::UnreadRole).toBool());
    QCOMPARE(model.unreadCount(), 1);
    QCOMPARE(unread.size(), 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(repository.markRead(QStringLiteral("n1"), QDateTime::currentDateTimeUtc()));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.index(0).data(NotificationListModel::UnreadRole).toBool());
    QCOMPARE(unread.size(), 2);
    QCOMPARE(unread.last().at(0).toInt(), 0);
}

void TestServiceItemModels::catalogueTree()
{
    CatalogueRepository repository(m_store.get());
    CatalogueModel model(&repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Commune allegre { QStringLiteral("allegre"),
                      QStringLiteral("ALLÈGRE"),
                      { service(QStringLiteral("allegre-adultes"), QStringLiteral("allegre"),
                                QStringLiteral("Réservation pour adultes")),
                        service(QStringLiteral("allegre-enfants"), QStringLiteral("allegre"),
                                QStringLiteral("Réservation pour enfants")) } };
    Commune rosieres { QStringLiteral("rosieres"),
                       QStringLiteral("ROSIÈRES"),
                       { service(QStringLiteral("rosieres-loisirs"), QStringLiteral("rosieres"),
                                 QStringLiteral("Inscription accueil de loisirs résident commune")) } };
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(repository.save(Catalogue { { allegre, rosieres } }, "\"c1\""));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex communeIndex = model.index(1, 0);
    QCOMPARE(communeIndex.data().toString(), QStringLiteral("ROSIÈRES"));
    QCOMPARE(communeIndex.data(CatalogueModel::NodeKindRole).toInt(), int(CatalogueModel::NodeKind::Commune));
    QCOMPARE(model.rowCount(communeIndex), 1);
    const QModelIndex serviceIndex = model.index(0, 0, communeIndex);
    QCOMPARE(serviceIndex.parent(), communeIndex);
    QCOMPARE(serviceIndex.data(CatalogueModel::IdRole).toString(), QStringLiteral("rosieres-loisirs"));
    QCOMPARE(serviceIndex.data(CatalogueModel::CommuneNameRole).toString(), QStringLiteral("ROSIÈRES"));
    QVERIFY(serviceIndex.data(CatalogueModel::NeedsIncomeRole).toBool());
    QCOMPARE(serviceIndex.data(CatalogueModel::BracketLabelsRole).toStringList(),
             QStringList({ QStringLiteral("inf 399"), QStringLiteral("sup 999") }));
    QCOMPARE(model.serviceAt(serviceIndex)->name, QStringLiteral("Inscription accueil de loisirs résident commune"));
    QVERIFY(!model.serviceAt(communeIndex));
    QCOMPARE(model.communeAt(serviceIndex)->id, QStringLiteral("rosieres"));
    QCOMPARE(model.indexOfService(QStringLiteral("allegre-enfants")), model.index(1, 0, model.index(0, 0)));
    QVERIFY(!model.indexOfService(QStringLiteral("nowhere")).isValid());

    // The same catalogue again: no reset.
    QVERIFY(repository.save(Catalogue { { allegre, rosieres } }, "\"c2\""));
    QCOMPARE(reset.size(), 1);
}

QTEST_GUILESS_MAIN(TestServiceItemModels)
#include "tst_serviceitemmodels.moc"
