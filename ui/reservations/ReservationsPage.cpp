#include "ReservationsPage.h"

#include "BookingConfirmDialog.h"
#include "BookingMonthView.h"
#include "PatternDialog.h"
#include "ReservationChooser.h"

#include "widgets/BusyButton.h"
#include "widgets/Confirmation.h"
#include "widgets/FormHelpers.h"

#include "itemmodels/BookingMonthModel.h"
#include "itemmodels/UpcomingReservationModel.h"
#include "models/Money.h"
#include "models/Order.h"
#include "operations/CallOperation.h"
#include "reservations/BookingText.h"
#include "reservations/ReservationCommands.h"
#include "scope/AccountScope.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace citoyens {

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

ReservationsPage::ReservationsPage(AccountScope* scope, QWidget* parent)
    : FormPage(QStringLiteral("reservationsPage"), parent, 900)
    , m_scope(scope)
    , m_model(new BookingMonthModel(this))
    , m_chooser(new ReservationChooser(scope, this))
    , m_empty(FormHelpers::paragraph({}, this, QStringLiteral("hint")))
    , m_monthBox(new QWidget(this))
    , m_countdown(FormHelpers::paragraph({}, m_monthBox, QStringLiteral("reminder")))
    , m_previous(new QPushButton(tr("◀ &Previous month"), m_monthBox))
    , m_monthLabel(new QLabel(m_monthBox))
    , m_next(new QPushButton(tr("&Next month ▶"), m_monthBox))
    , m_hint(FormHelpers::paragraph(tr("Click the days to book (or move with the arrows and press Space), then "
                                       "\"Book the chosen days\". Click a booked day to cancel it."),
                                    m_monthBox, QStringLiteral("hint")))
    , m_status(FormHelpers::paragraph({}, m_monthBox, QStringLiteral("notice")))
    , m_retry(new QPushButton(tr("&Refresh"), m_monthBox))
    , m_view(new BookingMonthView(m_monthBox))
    , m_dayText(FormHelpers::paragraph({}, m_monthBox))
    , m_cancel(new BusyButton(tr("Cancel the &reservation"), tr("Cancelling…"), m_monthBox))
    , m_cancelWhy(FormHelpers::paragraph({}, m_monthBox, QStringLiteral("hint")))
    , m_book(new QPushButton(m_monthBox))
    , m_pattern(new QPushButton(tr("&Weekly pattern…"), m_monthBox))
    , m_outcome(FormHelpers::paragraph({}, m_monthBox, QStringLiteral("notice")))
    , m_upcoming(new QTableView(this))
    , m_upcomingEmpty(FormHelpers::paragraph(tr("No upcoming reservation."), this, QStringLiteral("hint")))
{
    setTitle(tr("My reservations"));
    setLead(tr("Book and cancel the canteen, garderie and holiday-centre days of your children. Every day says "
               "until when it can be booked or cancelled, and at what price."));

    body()->addWidget(m_chooser);
    m_empty->setObjectName(QStringLiteral("reservationsEmptyLabel"));
    body()->addWidget(m_empty);

    auto* month = new QVBoxLayout(m_monthBox);
    month->setContentsMargins(0, 0, 0, 0);
    m_countdown->setObjectName(QStringLiteral("reservationsCountdownLabel"));
    month->addWidget(m_countdown);
    auto* navigation = new QHBoxLayout;
    m_previous->setObjectName(QStringLiteral("reservationsPreviousMonthButton"));
    m_previous->setAccessibleName(tr("Previous month"));
    m_next->setObjectName(QStringLiteral("reservationsNextMonthButton"));
    m_next->setAccessibleName(tr("Next month"));
    m_monthLabel->setObjectName(QStringLiteral("reservationsMonthLabel"));
    m_monthLabel->setProperty("role", QStringLiteral("subtitle"));
    m_monthLabel->setAlignment(Qt::AlignCenter);
    navigation->addWidget(m_previous);
    navigation->addWidget(m_monthLabel, 1);
    navigation->addWidget(m_next);
    month->addLayout(navigation);
    auto* statusRow = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("reservationsStatusLabel"));
    m_retry->setObjectName(QStringLiteral("reservationsRefreshButton"));
    m_retry->setAccessibleName(tr("Refresh the month"));
    m_retry->hide();
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    month->addLayout(statusRow);
    // Above the month, where the eye starts: the cells never say how they are chosen.
    m_hint->setObjectName(QStringLiteral("reservationsHintLabel"));
    month->addWidget(m_hint);

    m_view->setObjectName(QStringLiteral("reservationsMonthView"));
    m_view->setAccessibleName(tr("Days of the month"));
    m_view->setAccessibleDescription(tr("A click or Space chooses a day to book, arrows move between days, Return "
                                        "books the chosen days, Page Up and Page Down change the month."));
    m_view->setMonthModel(m_model);
    month->addWidget(m_view);

    m_dayText->setObjectName(QStringLiteral("reservationsDayLabel"));
    month->addWidget(m_dayText);
    auto* dayRow = new QHBoxLayout;
    m_cancel->setObjectName(QStringLiteral("reservationsCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the reservation"));
    m_cancelWhy->setObjectName(QStringLiteral("reservationsCancelReason"));
    dayRow->addWidget(m_cancel, 0, Qt::AlignLeft);
    dayRow->addWidget(m_cancelWhy, 1);
    month->addLayout(dayRow);

    auto* actions = new QHBoxLayout;
    m_book->setObjectName(QStringLiteral("reservationsBookButton"));
    m_book->setProperty("role", QStringLiteral("primary"));
    m_pattern->setObjectName(QStringLiteral("reservationsPatternButton"));
    m_pattern->setAccessibleName(tr("Weekly pattern"));
    actions->addWidget(m_pattern);
    actions->addStretch(1);
    actions->addWidget(m_book);
    month->addLayout(actions);
    m_outcome->setObjectName(QStringLiteral("reservationsOutcomeLabel"));
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_outcome->hide();
    month->addWidget(m_outcome);
    body()->addWidget(m_monthBox);

    auto* upcomingTitle = new QLabel(tr("Upcoming reservations"), this);
    upcomingTitle->setProperty("role", QStringLiteral("subtitle"));
    body()->addWidget(upcomingTitle);
    m_upcoming->setObjectName(QStringLiteral("reservationsUpcomingTable"));
    m_upcoming->setAccessibleName(tr("Upcoming reservations of every child"));
    m_upcoming->setModel(scope->upcomingReservationModel());
    m_upcoming->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_upcoming->setSelectionMode(QAbstractItemView::SingleSelection);
    m_upcoming->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_upcoming->setTabKeyNavigation(false); // arrows move inside, Tab leaves; the selection stays
    m_upcoming->setAlternatingRowColors(true);
    m_upcoming->verticalHeader()->hide();
    m_upcoming->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // wrapped names fit
    m_upcoming->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_upcoming->horizontalHeader()->setSectionResizeMode(UpcomingReservationModel::Service, QHeaderView::Stretch);
    m_upcoming->setMinimumHeight(180);
    body()->addWidget(m_upcoming);
    m_upcomingEmpty->setObjectName(QStringLiteral("reservationsUpcomingEmpty"));
    body()->addWidget(m_upcomingEmpty);
    body()->addStretch(1);

    connect(m_chooser, &ReservationChooser::changed, this, &ReservationsPage::selectionChanged);
    connect(m_previous, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(-1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(1)); });
    connect(m_view, &BookingMonthView::previousMonthRequested, this, [this] { showMonth(m_month.addMonths(-1)); });
    connect(m_view, &BookingMonthView::nextMonthRequested, this, [this] { showMonth(m_month.addMonths(1)); });
    connect(m_view, &BookingMonthView::toggleRequested, this, [this](const QModelIndex& index) {
        m_model->toggleChosen(index);
        updateDayPanel();
    });
    connect(m_view, &BookingMonthView::bookRequested, this, &ReservationsPage::bookChosen);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReservationsPage::updateDayPanel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReservationsPage::updateDayPanel);
    connect(m_model, &BookingMonthModel::chosenChanged, this, &ReservationsPage::updateChosen);
    connect(m_retry, &QPushButton::clicked, this, &ReservationsPage::refresh);
    connect(m_book, &QPushButton::clicked, this, &ReservationsPage::bookChosen);
    connect(m_pattern, &QPushButton::clicked, this, &ReservationsPage::openPattern);
    connect(m_cancel, &QPushButton::clicked, this, &ReservationsPage::cancelCurrent);

    ReservationCommands* commands = scope->reservationCommands();
    connect(commands->repository(), &ReservationRepository::monthChanged, this, [this](const MonthKey& key) {
        if (key == currentKey())
            paintFromStore();
    });
    connect(commands, &ReservationCommands::reservationsChanged, this,
            [this](const QString& subscriptionId, const QString& beneficiaryId) {
                const MonthKey key = currentKey();
                if (key.subscriptionId == subscriptionId && key.beneficiaryId == beneficiaryId)
                    refresh();
            });
    connect(commands, &ReservationCommands::serverClockChanged, this, [this] {
        // The first answer tells the server's date (it may run on another clock): its month and
        // its upcoming days are the ones to show.
        if (!m_clockKnown) {
            m_clockKnown = true;
            const QDate today = m_scope->reservationCommands()->serverToday();
            m_scope->reservationCommands()->refreshUpcoming();
            if (QDate(today.year(), today.month(), 1) != m_month) {
                showMonth(today);
                return;
            }
        }
        updateCountdown();
    });
    auto* upcoming = scope->upcomingReservationModel();
    const auto upcomingChanged = [this, upcoming] {
        QHash<QString, qint64> paid;
        for (const ReservationRow& row : m_scope->reservationCommands()->repository()->upcoming())
            paid.insert(row.id, row.priceCents + row.surchargeCents);
        m_model->setPaidCents(paid);
        const bool empty = upcoming->rowCount() == 0;
        m_upcoming->setVisible(!empty);
        m_upcomingEmpty->setVisible(empty);
    };
    connect(upcoming, &QAbstractItemModel::modelReset, this, upcomingChanged);
    upcomingChanged();

    m_minute.setInterval(std::chrono::minutes(1));
    connect(&m_minute, &QTimer::timeout, this, &ReservationsPage::updateCountdown);
    m_minute.start();

    const QDate today = commands->serverToday();
    m_month = QDate(today.year(), today.month(), 1);
    selectionChanged();
    updateChosen();
    updateDayPanel();
    commands->refreshUpcoming();
}

void ReservationsPage::reset()
{
    m_model->clearChosen();
    m_outcome->clear();
    m_outcome->hide();
}

MonthKey ReservationsPage::currentKey() const
{
    return MonthKey { m_chooser->subscriptionId(), m_chooser->beneficiaryId(), m_chooser->itemId(), m_month };
}

void ReservationsPage::selectionChanged()
{
    m_model->clearChosen();
    m_outcome->hide();
    const bool ready = m_chooser->hasChild() && m_chooser->hasService();
    // Without a child and a service the combos would be blank: the page says why instead.
    m_chooser->setVisible(ready);
    m_monthBox->setVisible(ready);
    m_empty->setVisible(!ready);
    if (!m_chooser->hasService())
        m_empty->setText(tr("No child registered with a service with booking: register them in \"My services\"."));
    else
        m_empty->setText(tr("No validated child yet: add your children in \"My beneficiaries\"; once the town hall "
                            "has validated them, their days can be booked here."));
    m_empty->setAccessibleName(m_empty->text());
    if (!ready) {
        m_model->setMonth(m_month, {});
        return;
    }
    paintFromStore();
    refresh();
}

void ReservationsPage::showMonth(const QDate& month)
{
    m_month = QDate(month.year(), month.month(), 1);
    m_outcome->hide();
    paintFromStore();
    refresh();
}

void ReservationsPage::paintFromStore()
{
    const MonthKey key = currentKey();
    m_monthLabel->setText(capitalised(QLocale().toString(m_month, QStringLiteral("MMMM yyyy"))));
    m_monthLabel->setAccessibleName(m_monthLabel->text());
    const std::optional<BookingMonth> stored = m_scope->reservationCommands()->repository()->month(key);
    const QModelIndex before = m_view->currentIndex();
    const QDate current = m_model->dateAt(before);
    m_model->setMonth(m_month, stored ? stored->days : QList<BookingDay>());
    // As tall as the month's weeks (4 to 6), no empty band below.
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height()
                           + m_model->rowCount() * m_view->verticalHeader()->defaultSectionSize()
                           + 2 * m_view->frameWidth());
    // The day that was current, else today, else the first bookable day, else the 1st.
    QModelIndex target = m_model->indexOf(current);
    if (!target.isValid())
        target = m_model->indexOf(m_scope->reservationCommands()->serverToday());
    for (int i = 0; !target.isValid() && i < m_model->days().size(); ++i) {
        if (m_model->days().at(i).state == BookingDay::State::Bookable)
            target = m_model->indexOf(m_model->days().at(i).date);
    }
    if (!target.isValid())
        target = m_model->indexOf(m_month);
    if (target.isValid())
        m_view->setCurrentIndex(target);
    if (!stored)
        m_status->setText(tr("Loading the days of %1…").arg(m_monthLabel->text()));
    updateCountdown();
    updateChosen();
    updateDayPanel();
}

void ReservationsPage::refresh()
{
    const MonthKey key = currentKey();
    if (!key.isValid())
        return;
    if (m_fetching)
        m_fetching->cancel();
    m_retry->hide();
    Operation* operation = m_scope->reservationCommands()->refreshMonth(key);
    m_fetching = operation;
    connect(operation, &Operation::finished, this, [this, operation, key] {
        if (operation->error().kind == ApiError::Kind::Cancelled || !(key == currentKey()))
            return;
        if (operation->succeeded()) {
            m_status->clear();
            m_status->hide();
            return;
        }
        const bool stored = m_scope->reservationCommands()->repository()->month(key).has_value();
        m_status->setText(stored ? tr("The days could not be refreshed: %1 They are shown as last saved on this "
                                      "computer.")
                                       .arg(operation->error().message)
                                 : tr("The days could not be loaded: %1").arg(operation->error().message));
        m_status->show();
        m_retry->show();
    });
    if (operation->isRunning())
        m_status->setVisible(!m_status->text().isEmpty());
}

void ReservationsPage::updateCountdown()
{
    const QDateTime now = m_scope->reservationCommands()->serverNow();
    const std::optional<BookingMonthModel::Deadline> next = m_model->nextDeadline(now);
    if (!next) {
        m_countdown->setText(tr("No deadline ahead this month."));
        return;
    }
    const QString day = BookingText::shortDate(next->day);
    const QString at = BookingText::deadline(next->at, next->day);
    const QString left = BookingText::countdown(now, next->at);
    m_countdown->setText(next->kind == BookingMonthModel::Deadline::Kind::Book
                             ? tr("Next deadline: book %1 before %2 — %3").arg(day, at, left)
                             : tr("Next deadline: cancel %1 before %2 — %3").arg(day, at, left));
}

void ReservationsPage::updateChosen()
{
    const int count = int(m_model->chosen().size());
    const QString total = Money::fromCents(m_model->chosenTotalCents()).toFrench();
    m_book->setText(count == 0 ? tr("&Book the chosen days")
                               : tr("&Book the chosen days (%n day(s), %1)", nullptr, count).arg(total));
    m_book->setAccessibleName(FormHelpers::plain(m_book->text()));
    m_book->setEnabled(count > 0);
    m_pattern->setEnabled(currentKey().isValid());
}

void ReservationsPage::updateDayPanel()
{
    const QModelIndex index = m_view->currentIndex();
    const QDate date = m_model->dateAt(index);
    const BookingDay* day = m_model->day(date);
    m_dayText->setText(day ? index.data(Qt::AccessibleTextRole).toString() : QString());
    m_dayText->setVisible(day != nullptr);
    const bool reserved
        = day && (day->state == BookingDay::State::Booked || day->state == BookingDay::State::WaitingList);
    const bool cancellable = index.data(BookingMonthModel::CancellableRole).toBool();
    m_cancel->setVisible(reserved);
    m_cancelWhy->setVisible(reserved && !cancellable);
    if (reserved) {
        m_cancel->setText(day->state == BookingDay::State::WaitingList ? tr("Leave the &waiting list")
                                                                       : tr("Cancel the &reservation"));
        m_cancel->setAccessibleName(FormHelpers::plain(m_cancel->text()));
        m_cancel->setEnabled(cancellable && !m_cancelling);
        m_cancelWhy->setText(tr("It can no longer be cancelled: the deadline was %1.")
                                 .arg(BookingText::deadline(day->cancelBy, day->date)));
        m_cancel->setAccessibleDescription(cancellable ? QString() : m_cancelWhy->text());
    }
}

std::optional<BookingDay> ReservationsPage::knownDay(const QDate& date) const
{
    if (const BookingDay* day = m_model->day(date))
        return *day;
    MonthKey key = currentKey();
    key.month = QDate(date.year(), date.month(), 1);
    const std::optional<BookingMonth> stored = m_scope->reservationCommands()->repository()->month(key);
    if (!stored)
        return std::nullopt;
    if (const BookingDay* day = stored->day(date))
        return *day;
    return std::nullopt;
}

void ReservationsPage::bookChosen()
{
    const QList<QDate> dates = m_model->chosen();
    if (dates.isEmpty()) {
        m_outcome->setText(tr("Choose the days to book first: click them, or move to a day and press Space."));
        m_outcome->show();
        return;
    }
    const MonthKey key = currentKey();
    BookingRequest request;
    request.subscriptionId = key.subscriptionId;
    request.beneficiaryId = key.beneficiaryId;
    request.itemId = key.itemId;
    request.dates = dates;
    QStringList lines;
    for (const QDate& date : dates) {
        if (const BookingDay* day = m_model->day(date))
            lines.append(tr("%1, %2").arg(BookingText::longDate(date),
                                          Money::fromCents(day->priceCents + day->surchargeCents).toFrench()));
    }
    openConfirmation(request, lines, m_model->chosenTotalCents());
}

void ReservationsPage::openPattern()
{
    const QDate today = m_scope->reservationCommands()->serverToday();
    const QDate from = std::max(m_month, today);
    auto* dialog = new PatternDialog(
        from, m_month.addMonths(1).addDays(-1), [this](const QDate& date) { return knownDay(date); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const MonthKey key = currentKey();
        BookingRequest request;
        request.subscriptionId = key.subscriptionId;
        request.beneficiaryId = key.beneficiaryId;
        request.itemId = key.itemId;
        request.pattern = dialog->pattern();
        openConfirmation(request, dialog->expectedLines(), dialog->expectedCents());
    });
    dialog->open();
}

void ReservationsPage::openConfirmation(const BookingRequest& request, const QStringList& lines, qint64 expectedCents)
{
    auto* dialog = new BookingConfirmDialog(m_scope, request, lines, expectedCents, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BookingConfirmDialog::booked, this, &ReservationsPage::showOutcome);
    dialog->open();
}

void ReservationsPage::showOutcome(const BookingResult& result)
{
    m_model->clearChosen();
    QStringList lines;
    QStringList counts { tr("%n day(s) booked", nullptr, (result.count(BookingOutcome::Status::Booked))) };
    if (const int waiting = (result.count(BookingOutcome::Status::WaitingList)))
        counts.append(tr("%n day(s) on the waiting list", nullptr, waiting));
    if (const int skipped = (result.count(BookingOutcome::Status::Skipped)))
        counts.append(tr("%n day(s) not booked", nullptr, skipped));
    const QString total = Money::fromCents(result.totalCents).toFrench();
    lines.append(
        result.paidWith == Order::PaidWithCard
            ? tr("Booking done: %1. Paid by card: %2.").arg(counts.join(QStringLiteral(", ")), total)
            : tr("Booking done: %1. Paid from your wallet: %2.").arg(counts.join(QStringLiteral(", ")), total));
    for (const BookingOutcome& outcome : result.outcomes)
        lines.append(BookingText::outcomeSentence(outcome));
    m_outcome->setText(lines.join(QLatin1Char('\n')));
    m_outcome->show();
}

void ReservationsPage::cancelCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    const BookingDay* day = m_model->day(m_model->dateAt(index));
    if (!day || !index.data(BookingMonthModel::CancellableRole).toBool() || m_cancelling)
        return;
    const bool waiting = day->state == BookingDay::State::WaitingList;
    qint64 refund = day->priceCents;
    for (const ReservationRow& row : m_scope->reservationCommands()->repository()->upcoming()) {
        if (row.id == day->reservationId)
            refund = row.priceCents + row.surchargeCents;
    }
    const QString date = BookingText::longDate(day->date);
    const QString question = waiting ? tr("Leave the waiting list for %1? Nothing was charged for it.").arg(date)
                                     : tr("Cancel the reservation of %1? %2 will be refunded to your wallet.")
                                           .arg(date, Money::fromCents(refund).toFrench());
    if (!Confirmation::ask(this, waiting ? tr("Leave the waiting list") : tr("Cancel the reservation"), question,
                           waiting ? tr("Leave the list") : tr("Cancel the reservation"),
                           waiting ? tr("Stay on the list") : tr("Keep the reservation")))
        return;
    // The button goes busy, then away with the reservation: the focus goes back to the day, not
    // on to the next button. (The window's focus child: the button, even while the confirmation
    // had the keyboard.)
    const bool fromButton = window()->focusWidget() == m_cancel;
    const MonthKey key = currentKey();
    CallOperation* operation
        = m_scope->reservationCommands()->cancel(day->reservationId, key.subscriptionId, key.beneficiaryId);
    m_cancelling = operation;
    m_cancel->setBusy(true);
    connect(operation, &Operation::finished, this, [this, operation, date, waiting, refund, fromButton] {
        m_cancelling = nullptr;
        m_cancel->setBusy(false);
        if (operation->succeeded()) {
            m_outcome->setText(waiting ? tr("%1: left the waiting list.").arg(capitalised(date))
                                       : tr("%1: reservation cancelled, %2 refunded to your wallet.")
                                             .arg(capitalised(date), Money::fromCents(refund).toFrench()));
        } else {
            m_outcome->setText(tr("%1: not cancelled — %2").arg(capitalised(date), operation->error().message));
        }
        m_outcome->show();
        updateDayPanel();
        if (fromButton)
            m_view->setFocus(Qt::OtherFocusReason);
    });
    updateDayPanel();
}

} // namespace citoyens
