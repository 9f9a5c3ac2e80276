#include "CitizensPage.h"

#include "CitizenRecordView.h"

#include "widgets/FormHelpers.h"
#include "widgets/FormPage.h"

#include "assisted/AssistedSession.h"
#include "walkin/WalkInCommands.h"

#include <QDate>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace citoyens {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int MinimumQuery = 2;

} // namespace

CitizensPage::CitizensPage(AssistedSession* assistance, QWidget* parent)
    : QWidget(parent)
    , m_assistance(assistance)
    , m_stack(new QStackedWidget(this))
    , m_searchPage(new QWidget(m_stack))
    , m_query(FormHelpers::lineEdit(QStringLiteral("citizensSearchEdit"), m_searchPage))
    , m_results(new QListWidget(m_searchPage))
    , m_status(FormHelpers::paragraph({}, m_searchPage))
    , m_record(new CitizenRecordView(assistance, m_stack))
{
    setObjectName(QStringLiteral("citizensPage"));
    setAccessibleName(tr("Citizens"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    m_stack->setObjectName(QStringLiteral("citizensStack"));

    auto* layout = new QVBoxLayout(m_searchPage);
    layout->setContentsMargins(FormPage::pageMargins());
    layout->addWidget(FormHelpers::paragraph(tr("Citizens"), m_searchPage, QStringLiteral("title")));
    layout->addWidget(FormHelpers::fieldLabel(tr("&Search by name, e-mail, birth date or a beneficiary's name"),
                                              m_query, m_searchPage));
    m_query->setAccessibleName(tr("Search a citizen"));
    m_query->setPlaceholderText(tr("Dupont, marie@…, 14/03/1985"));
    m_query->setClearButtonEnabled(true);
    layout->addWidget(m_query);
    m_results->setObjectName(QStringLiteral("citizensList"));
    m_results->setAccessibleName(tr("Citizens found"));
    layout->addWidget(m_results, 1);
    m_status->setObjectName(QStringLiteral("citizensStatus"));
    layout->addWidget(m_status);
    m_stack->addWidget(m_searchPage);
    m_stack->addWidget(m_record);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &CitizensPage::search);
    connect(m_query, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        // Return in the field: the first citizen found, once the answer is there.
        if (m_results->count() > 0 && m_results->item(0)->data(IdRole).isValid() && !m_debounce.isActive()) {
            m_results->setCurrentRow(0);
            openCurrent();
        }
    });
    connect(m_results, &QListWidget::itemActivated, this, &CitizensPage::openCurrent);
    connect(m_record, &CitizenRecordView::backRequested, this, &CitizensPage::showSearch);
    setFocusProxy(m_query);
}

void CitizensPage::search()
{
    if (m_call)
        m_call->cancel();
    const QString query = m_query->text().trimmed();
    m_results->clear();
    if (query.size() < MinimumQuery) {
        m_status->setText(query.isEmpty() ? QString() : tr("Type at least 2 characters."));
        return;
    }
    m_status->setText(tr("Searching…"));
    WalkInOperation* operation = m_assistance->walkIn()->search(query);
    m_call = operation;
    connect(operation, &Operation::finished, this, [this, operation] {
        if (!operation->succeeded()) {
            if (operation->error().kind != ApiError::Kind::Cancelled)
                m_status->setText(operation->error().message);
            return;
        }
        const QList<WalkInCitizen>& citizens = operation->citizens();
        for (const WalkInCitizen& c : citizens) {
            QString text = c.lastName.toUpper() + QLatin1Char(' ') + c.firstName + QStringLiteral(" — ") + c.email;
            if (c.birthDate.isValid())
                text += QStringLiteral(" — ") + c.birthDate.toString(QStringLiteral("dd/MM/yyyy"));
            auto* item = new QListWidgetItem(text, m_results);
            item->setData(IdRole, c.id);
        }
        m_status->setText(citizens.isEmpty() ? tr("No citizen found.")
                                             : tr("%n citizen(s) found.", nullptr, int(citizens.size())));
        if (!citizens.isEmpty())
            m_results->setCurrentRow(0);
    });
}

void CitizensPage::openCurrent()
{
    QListWidgetItem* item = m_results->currentItem();
    if (!item || !item->data(IdRole).isValid())
        return;
    openRecord(item->data(IdRole).toString());
}

void CitizensPage::openRecord(const QString& citizenId)
{
    m_record->load(citizenId);
    m_stack->setCurrentWidget(m_record);
}

void CitizensPage::showSearch()
{
    m_stack->setCurrentWidget(m_searchPage);
    m_query->setFocus(Qt::OtherFocusReason);
}

void CitizensPage::reset()
{
    if (m_call)
        m_call->cancel();
    m_debounce.stop();
    m_query->clear();
    m_results->clear();
    m_status->clear();
    showSearch();
}

} // namespace citoyens
