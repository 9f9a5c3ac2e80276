// « Mes réservations » with no server to reach: the page paints the child's month from the store
// (what the computer saved of the server's days), says that it could not refresh it, keeps the
// cancel of a day whose deadline passed disabled with the reason, and names the child's items
// when the service books several.
#include "ClientFixture.h"

#include "reservations/BookingMonthView.h"
#include "reservations/ReservationsPage.h"

#include "api/ApiClient.h"
#include "itemmodels/BookingMonthModel.h"
#include "models/Beneficiary.h"
#include "models/Catalogue.h"
#include "models/Subscription.h"
#include "reservations/BookingText.h"
#include "scope/AccountScope.h"
#include "store/BeneficiaryRepository.h"
#include "store/CatalogueRepository.h"
#include "store/LocalStore.h"
#include "store/ReservationRepository.h"
#include "store/SubscriptionRepository.h"

#include "ClientCore.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace citoyens;

namespace {

const QString Allegre = QStringLiteral("allegre-reservation-pour-enfants");

QDateTime utc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

class TestReservationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ClientFixture::applyStyle(); }
    void paintsTheStoredMonthOffline();
};

void TestReservationsPage::paintsTheStoredMonthOffline()
{
    ClientFixture client(QUrl(QStringLiteral("https://127.0.0.1:9")), {}, true);
    AccountScope scope(client.core()->client(), client.session());
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("citoyens.sqlite")));
    QVERIFY(store.open());
    scope.catalogueRepository()->setStore(&store);
    scope.subscriptionRepository()->setStore(&store);
    scope.beneficiaryRepository()->setStore(&store);
    scope.reservationRepository()->setStore(&store);

    QFile file(qEnvironmentVariable("CITOYENS_SOURCE_DIR") + QStringLiteral("/server/catalogue/demo-catalogue.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::optional<Catalogue> catalogue = Catalogue::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    QVERIFY(catalogue);
    QVERIFY(catalogue->findService(Allegre) && catalogue->findService(Allegre)->booking);
    QVERIFY(scope.catalogueRepository()->save(*catalogue));
    Subscription request;
    request.id = QStringLiteral("s1");
    request.serviceId = Allegre;
    request.communeId = QStringLiteral("allegre");
    request.serviceName = QStringLiteral("Réservation pour enfants");
    request.communeName = QStringLiteral("ALLÈGRE");
    request.status = Subscription::StatusApproved;
    request.bracketLabel = QStringLiteral("inf 399");
    request.createdAt = utc(QStringLiteral("2026-04-01T08:00:00Z"));
    request.updatedAt = request.createdAt;
    Subscription pending = request;
    pending.id = QStringLiteral("s2");
    pending.serviceId = QStringLiteral("rosieres-reservation-cantine-pour-enfants");
    pending.status = Subscription::StatusPending;
    QVERIFY(scope.subscriptionRepository()->replaceAll({ request, pending }, "\"s\""));
    Beneficiary lea;
    lea.id = QStringLiteral("b1");
    lea.firstName = QStringLiteral("Léa");
    lea.lastName = QStringLiteral("Martin");
    lea.birthDate = QDate(2019, 6, 14);
    lea.status = Beneficiary::StatusApproved;
    lea.createdAt = utc(QStringLiteral("2026-04-01T08:00:00Z"));
    Beneficiary tom = lea;
    tom.id = QStringLiteral("b2");
    tom.firstName = QStringLiteral("Tom");
    tom.status = Beneficiary::StatusPending;
    QVERIFY(scope.beneficiaryRepository()->replaceAll({ lea, tom }, "\"b\""));

    // The month the page opens on (the local one: no answer gave the server's clock), as saved.
    const QDate today = QDate::currentDate();
    const QDate month(today.year(), today.month(), 1);
    BookingMonth saved;
    saved.now = utc(QStringLiteral("2026-05-04T09:59:00Z"));
    saved.subscriptionId = QStringLiteral("s1");
    saved.beneficiaryId = QStringLiteral("b1");
    saved.itemId = QStringLiteral("repas-enfant");
    saved.itemLabel = QStringLiteral("Repas enfant");
    for (QDate d = month; d.month() == month.month(); d = d.addDays(1)) {
        BookingDay day;
        day.date = d;
        day.state = BookingDay::State::Closed;
        day.reason = QStringLiteral("weekday_not_served");
        saved.days.append(day);
    }
    BookingDay& late = saved.days[9]; // the 10th: booked, its cancel deadline passed
    late.state = BookingDay::State::Booked;
    late.reason = QStringLiteral("cancel_deadline_passed");
    late.reservationId = QStringLiteral("r1");
    late.priceCents = 330;
    late.cancelBy = QDateTime(month.addDays(7), QTime(17, 0), Qt::UTC);
    BookingDay& open = saved.days[19]; // the 20th: booked, still cancellable
    open = late;
    open.date = month.addDays(19);
    open.reason = QStringLiteral("cancellable");
    open.reservationId = QStringLiteral("r2");
    QVERIFY(scope.reservationRepository()->saveMonth(
        MonthKey { QStringLiteral("s1"), QStringLiteral("b1"), QStringLiteral("repas-enfant"), month }, saved,
        "\"m\""));

    ReservationsPage page(&scope);
    page.resize(1200, 1300);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* child = page.findChild<QComboBox*>(QStringLiteral("reservationsChildCombo"));
    auto* service = page.findChild<QComboBox*>(QStringLiteral("reservationsServiceCombo"));
    auto* item = page.findChild<QComboBox*>(QStringLiteral("reservationsItemCombo"));
    QVERIFY(child && service && item);
    // Only the validated child, only the approved service with days; its two booked items.
    QCOMPARE(child->count(), 1);
    QCOMPARE(child->currentText(), QStringLiteral("Léa Martin"));
    QCOMPARE(service->count(), 1);
    QCOMPARE(service->currentData().toString(), QStringLiteral("s1"));
    QVERIFY(item->isVisible());
    QCOMPARE(item->count(), 2);
    QCOMPARE(item->itemText(0), QStringLiteral("Repas enfant"));
    QCOMPARE(item->currentData().toString(), QStringLiteral("repas-enfant"));
    QCOMPARE(item->itemData(1).toString(), QStringLiteral("garderie-periscolaire"));

    // Painted from the store at once; the refresh fails and says so.
    BookingMonthModel* model = page.monthModel();
    QCOMPARE(model->month(), month);
    QCOMPARE(model->days().size(), month.daysInMonth());
    QCOMPARE(model->indexOf(month.addDays(9)).data(BookingMonthModel::StateRole).toString(), QStringLiteral("booked"));
    auto* status = page.findChild<QLabel*>(QStringLiteral("reservationsStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 20000);
    QVERIFY2(status->text().startsWith(QStringLiteral("Les jours n'ont pas pu être actualisés\u00a0: ")),
             qPrintable(status->text()));
    QVERIFY(status->text().endsWith(QStringLiteral("Ils sont affichés tels qu'enregistrés sur cet ordinateur.")));
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("reservationsRefreshButton"))->isVisible());

    // The 10th: the cancel is disabled and says why; the 20th: it can be cancelled.
    auto* cancel = page.findChild<QPushButton*>(QStringLiteral("reservationsCancelButton"));
    auto* why = page.findChild<QLabel*>(QStringLiteral("reservationsCancelReason"));
    page.monthView()->setCurrentIndex(model->indexOf(month.addDays(9)));
    QVERIFY(cancel->isVisible());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(why->isVisible());
    QCOMPARE(why->text(),
             QStringLiteral("Elle ne peut plus être annulée\u00a0: l'échéance était le %1.")
                 .arg(BookingText::deadline(saved.days.at(9).cancelBy, month)));
    QCOMPARE(cancel->accessibleDescription(), why->text());
    page.monthView()->setCurrentIndex(model->indexOf(month.addDays(19)));
    QVERIFY(cancel->isEnabled());
    QVERIFY(!why->isVisible());
    // A closed day: nothing to cancel.
    page.monthView()->setCurrentIndex(model->indexOf(month));
    QVERIFY(!cancel->isVisible());
    // Nothing chosen yet: nothing to book.
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("reservationsBookButton"))->isEnabled());
    int checked = 0;
    QCOMPARE(ClientFixture::unnamedControls(&page, &checked), QStringList());
    QVERIFY(checked >= 8);
    ClientFixture::screenshot(&page, QStringLiteral("r08-offline"));
}

QTEST_MAIN(TestReservationsPage)
#include "tst_reservationspage.moc"
