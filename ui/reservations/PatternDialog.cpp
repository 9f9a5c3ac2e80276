#include "PatternDialog.h"

#include "widgets/FormHelpers.h"

#include "api/ApiError.h"
#include "models/Money.h"
#include "reservations/BookingText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace citoyens {

PatternDialog::PatternDialog(const QDate& from, const QDate& to, KnownDay known, QWidget* parent)
    : QDialog(parent)
    , m_known(std::move(known))
    , m_weeks(new QButtonGroup(this))
    , m_from(new QDateEdit(from, this))
    , m_to(new QDateEdit(to, this))
    , m_preview(FormHelpers::paragraph({}, this))
    , m_error(FormHelpers::paragraph({}, this, QStringLiteral("error")))
    , m_next(new QPushButton(tr("C&ontinue"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("patternDialog"));
    setWindowTitle(tr("Weekly pattern"));
    setAccessibleName(tr("Weekly pattern"));
    setMinimumWidth(600);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto* days = new QLabel(tr("Days of the week"), this);
    days->setProperty("role", QStringLiteral("fieldLabel"));
    layout->addWidget(days);
    auto* daysRow = new QHBoxLayout;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const QString name = QLocale().standaloneDayName(weekday, QLocale::LongFormat);
        auto* box = new QCheckBox(name, this);
        box->setObjectName(QStringLiteral("patternWeekday%1").arg(weekday));
        box->setAccessibleName(name);
        daysRow->addWidget(box);
        m_weekdays.append(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            m_touched.insert(QStringLiteral("pattern.weekdays"));
            update();
        });
    }
    daysRow->addStretch(1);
    layout->addLayout(daysRow);

    auto* weeksLabel = new QLabel(tr("Weeks"), this);
    weeksLabel->setProperty("role", QStringLiteral("fieldLabel"));
    layout->addWidget(weeksLabel);
    const QList<std::pair<QString, QString>> weeks {
        { QStringLiteral("patternEveryWeek"), tr("&Every week") },
        { QStringLiteral("patternEveryOtherWeek"), tr("One week in &two") },
        { QStringLiteral("patternEvenWeeks"), tr("E&ven weeks") },
        { QStringLiteral("patternOddWeeks"), tr("O&dd weeks") },
    };
    auto* weeksRow = new QGridLayout;
    for (int i = 0; i < weeks.size(); ++i) {
        auto* radio = new QRadioButton(weeks.at(i).second, this);
        radio->setObjectName(weeks.at(i).first);
        radio->setAccessibleName(FormHelpers::plain(weeks.at(i).second));
        m_weeks->addButton(radio, i);
        weeksRow->addWidget(radio, i / 2, i % 2);
    }
    weeksRow->setColumnStretch(2, 1);
    m_weeks->button(0)->setChecked(true);
    connect(m_weeks, &QButtonGroup::idToggled, this, &PatternDialog::update);
    layout->addLayout(weeksRow);

    auto* dates = new QGridLayout;
    m_from->setObjectName(QStringLiteral("patternFromEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to->setObjectName(QStringLiteral("patternUntilEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    dates->addWidget(FormHelpers::fieldLabel(tr("&From"), m_from, this), 0, 0);
    dates->addWidget(m_from, 1, 0);
    dates->addWidget(FormHelpers::fieldLabel(tr("&Until"), m_to, this), 0, 1);
    dates->addWidget(m_to, 1, 1);
    dates->setColumnStretch(2, 1);
    layout->addLayout(dates);
    // The two dates are one range: changing either may break the other ("until" before "from").
    const auto datesChanged = [this] {
        m_touched.insert(QStringLiteral("pattern.from"));
        m_touched.insert(QStringLiteral("pattern.to"));
        update();
    };
    connect(m_from, &QDateEdit::dateChanged, this, datesChanged);
    connect(m_to, &QDateEdit::dateChanged, this, datesChanged);

    m_preview->setObjectName(QStringLiteral("patternPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_preview->setFocusPolicy(Qt::StrongFocus);
    m_preview->setAccessibleName(tr("Days the pattern would book"));
    layout->addWidget(m_preview);
    m_error->setObjectName(QStringLiteral("patternError"));
    m_error->hide();
    layout->addWidget(m_error);

    m_next->setObjectName(QStringLiteral("patternContinueButton"));
    m_next->setAccessibleName(tr("Continue to the confirmation"));
    m_next->setProperty("role", QStringLiteral("primary"));
    m_next->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("patternCancelButton"));
    m_cancel->setAccessibleName(tr("Close the weekly pattern"));
    m_cancel->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    connect(m_next, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    update();
}

BookingPattern PatternDialog::pattern() const
{
    BookingPattern pattern;
    for (int i = 0; i < m_weekdays.size(); ++i) {
        if (m_weekdays.at(i)->isChecked())
            pattern.weekdays.append(i + 1);
    }
    pattern.weeks = static_cast<BookingPattern::Weeks>(std::max(0, m_weeks->checkedId()));
    pattern.from = m_from->date();
    pattern.to = m_to->date();
    return pattern;
}

void PatternDialog::update()
{
    const BookingPattern chosen = pattern();
    const FieldErrors errors = chosen.check();
    m_expected.clear();
    m_expectedCents = 0;
    QStringList skipped;
    QStringList unknown;
    for (const QDate& date : chosen.dates()) {
        const std::optional<BookingDay> day = m_known(date);
        if (!day) {
            unknown.append(BookingText::longDate(date));
        } else if (day->state == BookingDay::State::Bookable) {
            const qint64 cents = day->priceCents + day->surchargeCents;
            m_expected.append(tr("%1, %2").arg(BookingText::longDate(date), Money::fromCents(cents).toFrench()));
            m_expectedCents += cents;
        } else {
            skipped.append(BookingText::daySentence(*day));
        }
    }
    QStringList text;
    text.append(tr("Would be booked (%n day(s), %1):", nullptr, int(m_expected.size()))
                    .arg(Money::fromCents(m_expectedCents).toFrench()));
    text += m_expected;
    if (!skipped.isEmpty()) {
        text.append(tr("Would not be booked:"));
        text += skipped;
    }
    if (!unknown.isEmpty()) {
        text.append(tr("Not shown on this computer yet (the town hall decides): %1").arg(unknown.join(tr(", "))));
    }
    m_preview->setText(text.join(QLatin1Char('\n')));
    QStringList words;
    for (const FieldError& error : errors) {
        if (!m_touched.contains(error.field))
            continue;
        const QString field = error.field == u"pattern.weekdays" ? tr("Days of the week")
            : error.field == u"pattern.from"                     ? tr("From")
                                                                 : tr("Until");
        words.append(tr("%1: %2").arg(field, ApiError::describe(error)));
    }
    m_error->setText(words.join(QLatin1Char('\n')));
    m_error->setVisible(!words.isEmpty());
    m_next->setEnabled(errors.isEmpty() && (!m_expected.isEmpty() || !unknown.isEmpty()));
}

} // namespace citoyens
