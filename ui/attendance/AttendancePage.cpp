#include "AttendancePage.h"

#include "widgets/Confirmation.h"
#include "widgets/FormErrors.h"
#include "widgets/FormPage.h"

#include "attendance/AttendanceCommands.h"
#include "itemmodels/AttendanceTableModel.h"
#include "models/Account.h"
#include "models/FrenchCalendar.h"
#include "models/ProblemCodes.h"
#include "models/Subscription.h"
#include "scope/AccountScope.h"
#include "session/Session.h"
#include "store/CatalogueRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace citoyens {

namespace {

QString fullName(const AttendanceChild& child)
{
    return QStringLiteral("%1 %2").arg(child.firstName, child.lastName).trimmed();
}

// The attendance column in words first; a colour besides for the eye that scans the column.
class AttendanceColumnDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(AttendanceTableModel::PendingRole).toString().isEmpty()) {
            option->font.setItalic(true);
            return;
        }
        const QString word = index.data(AttendanceTableModel::AttendanceRole).toString();
        if (word.isEmpty())
            return;
        option->font.setBold(true);
        if (option->state & QStyle::State_Selected)
            return;
        const QColor colour = word == AttendanceWord::Present ? QColor(0x15, 0x5d, 0x2e)
            : word == AttendanceWord::Absent                  ? QColor(0x8a, 0x1c, 0x12)
                                                              : QColor(0x7a, 0x4a, 0x00);
        option->palette.setColor(QPalette::Text, colour);
    }
};

// The day: Tab leaves it, as from any field (QDateEdit's own Tab walks day, month, year first:
// three stops where a person expects one). Typing moves through the parts by itself (21122026),
// « / » or another separator moves on after a short part (21/3/2026), Left and Right too.
// (QDateEdit parses as it goes, part by part: citoyens::parseFrenchDate reads whole texts.)
class DayEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
    // 21-12-2026, 21.12.2026, 21 12 2026: the separators people type go to the next part as « / » does.
    void keyPressEvent(QKeyEvent* event) override
    {
        const QString text = event->text();
        if (text == QLatin1String("-") || text == QLatin1String(".") || text == QLatin1String(" ")) {
            QKeyEvent slash(QEvent::KeyPress, Qt::Key_Slash, event->modifiers(), QStringLiteral("/"));
            QDateEdit::keyPressEvent(&slash);
            event->setAccepted(slash.isAccepted());
            return;
        }
        QDateEdit::keyPressEvent(event);
    }
};

QPushButton* button(const QString& text, const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    b->setAutoDefault(false);
    return b;
}

} // namespace

AttendancePage::AttendancePage(AccountScope* scope, Session* session, QWidget* parent)
    : QWidget(parent)
    , m_scope(scope)
    , m_session(session)
    , m_model(new AttendanceTableModel(this))
    , m_service(new QComboBox(this))
    , m_itemLabel(new QLabel(tr("&Item:"), this))
    , m_item(new QComboBox(this))
    , m_date(new DayEdit(QDate::currentDate(), this))
    , m_previous(
          button(tr("Previous day (Alt+←)"), QStringLiteral("attendancePreviousDayButton"), tr("Previous day"), this))
    , m_next(button(tr("Next day (Alt+→)"), QStringLiteral("attendanceNextDayButton"), tr("Next day"), this))
    , m_refresh(button(tr("Re&fresh"), QStringLiteral("attendanceRefreshButton"), tr("Refresh the list"), this))
    , m_dayText(new QLabel(this))
    , m_future(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_error(FormErrors::createMessageLabel(QStringLiteral("attendanceError"), this))
    , m_status(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
    , m_present(button(tr("Present (P)"), QStringLiteral("attendancePresentButton"), tr("Present"), this))
    , m_absent(button(tr("Absent (A)"), QStringLiteral("attendanceAbsentButton"), tr("Absent"), this))
    , m_excused(
          button(tr("Justified absence (J)"), QStringLiteral("attendanceExcusedButton"), tr("Justified absence"), this))
    , m_today([] { return FrenchCalendar::parisDate(QDateTime::currentDateTimeUtc()); })
{
    setObjectName(QStringLiteral("attendancePage"));
    setAccessibleName(tr("Attendance"));

    auto* title = new QLabel(tr("Attendance"), this);
    title->setProperty("role", QStringLiteral("title"));
    title->setIndent(0); // a style sheet box would indent it: every title starts at one x
    m_service->setObjectName(QStringLiteral("attendanceServiceCombo"));
    m_service->setAccessibleName(tr("Service"));
    m_item->setObjectName(QStringLiteral("attendanceItemCombo"));
    m_item->setAccessibleName(tr("Item"));
    m_itemLabel->setBuddy(m_item);
    m_date->setObjectName(QStringLiteral("attendanceDateEdit"));
    m_date->setAccessibleName(tr("Day"));
    m_date->setCalendarPopup(true);
    // Typed as French people type a day (21/12/2026, or 21122026: each part fills its section and
    // moves on); the day in words beside it, for the eye and the screen reader.
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setAccessibleDescription(tr("Format: dd/mm/yyyy"));
    m_dayText->setObjectName(QStringLiteral("attendanceDayText"));
    m_dayText->setProperty("role", QStringLiteral("fieldLabel"));
    // « mercredi 30 septembre 2026 » is five letters longer than « mardi 8 décembre 2026 »: the
    // day's name wraps rather than squeezing the buttons beside it.
    m_dayText->setWordWrap(true);
    m_future->setObjectName(QStringLiteral("attendanceFutureLabel"));
    m_future->setProperty("role", QStringLiteral("hint"));
    m_future->setWordWrap(true);
    m_future->hide();
    m_counts->setObjectName(QStringLiteral("attendanceCounts"));
    m_counts->setAccessibleName(tr("Counts"));
    m_counts->setProperty("role", QStringLiteral("fieldLabel"));
    m_status->setObjectName(QStringLiteral("attendanceStatus"));
    m_status->setAccessibleName(tr("Last mark"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_empty->setObjectName(QStringLiteral("attendanceEmptyLabel"));
    m_empty->setProperty("role", QStringLiteral("hint"));
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_table->setObjectName(QStringLiteral("attendanceTable"));
    m_table->setAccessibleName(tr("Booked children"));
    m_table->setAccessibleDescription(
        tr("P: present; A: absent; J: justified absence. The next child is selected after each mark."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The state beside the family's name, the rest of the width after it.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(AttendanceTableModel::Attendance, new AttendanceColumnDelegate(m_table));
    m_table->installEventFilter(this);

    auto* serviceLabel = new QLabel(tr("&Service:"), this);
    serviceLabel->setBuddy(m_service);
    auto* dateLabel = new QLabel(tr("&Day:"), this);
    dateLabel->setBuddy(m_date);
    auto* filters = new QHBoxLayout;
    filters->addWidget(serviceLabel);
    filters->addWidget(m_service, 1);
    filters->addSpacing(12);
    filters->addWidget(m_itemLabel);
    filters->addWidget(m_item);
    auto* days = new QHBoxLayout;
    days->addWidget(dateLabel);
    days->addWidget(m_date);
    days->addWidget(m_dayText, 1);
    days->addWidget(m_previous);
    days->addWidget(m_next);
    days->addWidget(m_refresh);
    auto* marks = new QHBoxLayout;
    marks->addWidget(m_present);
    marks->addWidget(m_absent);
    marks->addWidget(m_excused);
    marks->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(FormPage::pageMargins());
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addLayout(days);
    layout->addWidget(m_counts);
    layout->addWidget(m_future);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(marks);
    setTabOrder(m_service, m_item);
    setTabOrder(m_item, m_date);
    setTabOrder(m_date, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_refresh);
    setTabOrder(m_refresh, m_table);
    setTabOrder(m_table, m_present);
    setTabOrder(m_present, m_absent);
    setTabOrder(m_absent, m_excused);

    const auto shortcut = [this](const QKeySequence& keys, QPushButton* target) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, target, &QPushButton::click);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), m_previous);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), m_next);
    shortcut(QKeySequence::Refresh, m_refresh);

    connect(m_previous, &QPushButton::clicked, this, [this] { moveDay(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { moveDay(1); });
    connect(m_refresh, &QPushButton::clicked, this, &AttendancePage::load);
    connect(m_date, &QDateEdit::dateChanged, this, &AttendancePage::load);
    connect(m_date, &QDateEdit::dateChanged, this, &AttendancePage::updateButtons);
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        QSignalBlocker blocker(m_item);
        m_item->clear();
        load();
    });
    connect(m_item, &QComboBox::currentIndexChanged, this, &AttendancePage::load);
    connect(m_present, &QPushButton::clicked, this, [this] { markCurrent(AttendanceWord::Present); });
    connect(m_absent, &QPushButton::clicked, this, [this] { markCurrent(AttendanceWord::Absent); });
    connect(m_excused, &QPushButton::clicked, this, [this] { markCurrent(AttendanceWord::Excused); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AttendancePage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AttendancePage::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttendancePage::updateCounts);
    connect(m_scope->catalogueRepository(), &CatalogueRepository::changed, this, &AttendancePage::updateServices);

    m_itemLabel->hide();
    m_item->hide();
    updateCounts();
}

void AttendancePage::focusInEvent(QFocusEvent* event)
{
    // No focus proxy: Qt's Tab goes from a page to its proxy and past the controls between them.
    QWidget::focusInEvent(event);
    m_table->setFocus(Qt::OtherFocusReason);
}

AttendancePage::~AttendancePage() = default;

void AttendancePage::reset()
{
    m_error->hide();
    m_status->hide();
    {
        QSignalBlocker blocker(m_date);
        m_date->setDate(QDate::currentDate());
    }
    {
        QSignalBlocker blocker(m_service);
        m_service->setCurrentIndex(m_service->count() > 0 ? 0 : -1);
    }
    {
        QSignalBlocker blocker(m_item);
        m_item->clear();
    }
    m_model->clear();
    if (isVisible())
        load();
}

void AttendancePage::setToday(std::function<QDate()> today)
{
    m_today = std::move(today);
    updateButtons();
}

bool AttendancePage::isFutureDay() const
{
    return m_date->date() > m_today();
}

void AttendancePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        fillServices();
    }
    // Another desk may have marked children since: the list is read again.
    load();
    m_table->setFocus(Qt::OtherFocusReason);
}

bool AttendancePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        if (modifiers == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_P:
                markCurrent(AttendanceWord::Present);
                return true;
            case Qt::Key_A:
                markCurrent(AttendanceWord::Absent);
                return true;
            case Qt::Key_J:
                markCurrent(AttendanceWord::Excused);
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttendancePage::updateServices()
{
    const QString before = m_service->currentData().toString();
    fillServices();
    if (m_service->currentData().toString() == before)
        return;
    {
        QSignalBlocker blocker(m_item);
        m_item->clear();
    }
    if (isVisible())
        load();
}

void AttendancePage::fillServices()
{
    const std::optional<Account> account = m_session ? m_session->account() : std::nullopt;
    // An agent serves the communes of the account; an administrator, every one.
    const QStringList communes = account && account->role == Account::RoleAgent ? account->communes : QStringList();
    const QString current = m_service->currentData().toString();
    const QList<AttendanceService> services = m_scope->attendanceCommands()->services(communes);
    {
        QSignalBlocker blocker(m_service);
        m_service->clear();
        for (const AttendanceService& service : services)
            m_service->addItem(tr("%1 — %2").arg(service.name, Subscription::titleCase(service.communeName)),
                               service.id);
        m_service->setCurrentIndex(std::max(0, m_service->findData(current)));
    }
}

void AttendancePage::moveDay(int days)
{
    m_date->setDate(m_date->date().addDays(days));
}

void AttendancePage::load()
{
    if (m_loading && m_loading->isRunning())
        m_loading->cancel();
    m_error->hide();
    const QString serviceId = m_service->currentData().toString();
    if (serviceId.isEmpty()) {
        m_refresh->setEnabled(true);
        m_model->clear();
        m_empty->setText(tr("No service of your communes is booked per day."));
        updateCounts();
        return;
    }
    AttendanceOperation* operation
        = m_scope->attendanceCommands()->load(serviceId, m_date->date(), m_item->currentData().toString());
    m_loading = operation;
    m_refresh->setEnabled(false);
    connect(operation, &Operation::finished, this, [this, operation] {
        if (operation->error().kind == ApiError::Kind::Cancelled || operation != m_loading)
            return;
        m_refresh->setEnabled(true);
        if (!operation->succeeded()) {
            m_model->clear();
            m_empty->setText(tr("The list could not be read."));
            updateCounts();
            return showError(operation->error().message);
        }
        showList(*operation);
    });
}

void AttendancePage::showList(const AttendanceOperation& operation)
{
    const AttendanceList& list = operation.list();
    {
        QSignalBlocker blocker(m_item);
        m_item->clear();
        for (const AttendanceList::Item& item : list.items)
            m_item->addItem(item.label.isEmpty() ? item.id : item.label, item.id);
        m_item->setCurrentIndex(std::max(0, m_item->findData(list.itemId)));
    }
    m_itemLabel->setVisible(m_item->count() > 1);
    m_item->setVisible(m_item->count() > 1);
    m_model->setChildren(list.date, list.children);
    m_empty->setText(
        tr("No child is booked for %1 on this day.").arg(list.itemLabel.isEmpty() ? list.serviceName : list.itemLabel));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateCounts();
}

void AttendancePage::markCurrent(const QString& attendance)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (isFutureDay()) // the buttons are disabled and the line above the list says why
        return;
    const int row = current.row();
    const AttendanceChild child = m_model->childAt(row);
    const QString name = fullName(child);
    const auto advance = [this, row] {
        if (row + 1 < m_model->rowCount())
            m_table->setCurrentIndex(m_model->index(row + 1, m_table->currentIndex().column()));
        m_table->setFocus(Qt::OtherFocusReason);
    };
    AttendanceCommands* commands = m_scope->attendanceCommands();
    if (commands->isMarking(child.reservationId)) {
        showError(tr("%1: a mark is already being recorded.").arg(name));
        return;
    }
    if (child.attendance == AttendanceWord::Excused) {
        showError(tr("%1: the mark was not recorded. %2").arg(name, AttendanceCommands::alreadyRefundedMessage()));
        return;
    }
    if (child.attendance == attendance) {
        m_status->setText(tr("%1: already %2.").arg(name, AttendanceTableModel::attendanceText(attendance)));
        m_status->show();
        return advance();
    }
    if (attendance == AttendanceWord::Excused) {
        const QString day = QLocale().toString(m_model->date(), QLocale::LongFormat);
        const bool confirmed = Confirmation::ask(
            this, tr("Justified absence"),
            tr("Record a justified absence for %1 on %2? The day is refunded to the family, and this mark can no "
               "longer be changed.")
                .arg(name, day),
            tr("Refund and record"), tr("Keep the current mark"));
        m_table->setFocus(Qt::OtherFocusReason);
        if (!confirmed)
            return;
    }
    m_error->hide();
    m_model->setPending(child.reservationId, attendance);
    AttendanceOperation* operation = commands->mark(child.reservationId, attendance);
    connect(operation, &Operation::finished, this, [this, operation, name] { afterMark(operation, name); });
    advance();
}

void AttendancePage::afterMark(AttendanceOperation* operation, const QString& name)
{
    m_model->setPending(operation->reservationId(), {});
    if (operation->succeeded()) {
        m_model->updateChild(operation->child());
        m_status->setText(
            tr("%1: %2 recorded.").arg(name, AttendanceTableModel::attendanceText(operation->child().attendance)));
        m_status->show();
        return;
    }
    if (operation->error().kind == ApiError::Kind::Cancelled)
        return;
    const ApiError& error = operation->error();
    // The server said no: nothing changed. No answer at all: it may have been recorded, and the
    // same mark sent again changes nothing more.
    const bool refused = error.kind == ApiError::Kind::Problem || error.kind == ApiError::Kind::Http
        || error.kind == ApiError::Kind::Tls;
    showError(refused ? tr("%1: the mark was not recorded. %2").arg(name, error.message)
                      : tr("%1: the mark could not be confirmed. %2 Mark again to be sure.").arg(name, error.message));
    // Refunded elsewhere meanwhile: the list shows what the server holds.
    if (error.code == ProblemCode::AlreadyRefunded)
        load();
}

void AttendancePage::updateCounts()
{
    const bool hasList = m_model->date().isValid();
    m_counts->setText(hasList ? AttendanceTableModel::countsText(m_model->counts()) : QString());
    m_empty->setVisible(m_model->rowCount() == 0 && !(m_loading && m_loading->isRunning()));
    updateButtons();
}

void AttendancePage::updateButtons()
{
    const QLocale locale;
    m_dayText->setText(locale.toString(m_date->date(), QStringLiteral("dddd d MMMM yyyy")));
    // The server refuses a mark before the day (too_early); said before the agent tries.
    const bool future = isFutureDay();
    const QString reason = future ? tr("Not yet: %1 is still to come; children are marked on the day itself or after.")
                                        .arg(locale.toString(m_date->date(), QStringLiteral("dddd d MMMM")))
                                  : QString();
    m_future->setText(reason);
    m_future->setVisible(future);
    const bool row = m_table->currentIndex().isValid() && !future;
    for (QPushButton* button : { m_present, m_absent, m_excused }) {
        button->setEnabled(row);
        button->setAccessibleDescription(reason);
    }
    m_table->setAccessibleDescription(
        future ? reason
               : tr("P: present; A: absent; J: justified absence. The next child is selected after each mark."));
}

void AttendancePage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace citoyens
