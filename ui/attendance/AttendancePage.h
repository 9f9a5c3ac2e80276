#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace citoyens {

class AccountScope;
class AttendanceOperation;
class AttendanceTableModel;
class Session;

// « Pointage »: for a day and a service with days of the agent's communes, the booked
// children, marked as quickly as a queue of children passes: P present, A absent, J absent
// with a justification (after a confirmation: the day is refunded and the mark is final); the
// next child is selected after each mark. The counts sit above the list; a mark that fails keeps
// the child's previous state and says why. A day still to come shows its list, and says that
// it is marked on the day itself (P, A and J are disabled).
class AttendancePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendancePage)

public:
    AttendancePage(AccountScope* scope, Session* session, QWidget* parent = nullptr);
    ~AttendancePage() override;

    AttendanceTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Today again, the first service, messages cleared (someone else signs in).
    void reset();
    // The day it is (Paris); tests set it to the server's. A day after it cannot be marked yet.
    void setToday(std::function<QDate()> today);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    void updateServices();
    void fillServices();
    void load();
    void showList(const AttendanceOperation& operation);
    void markCurrent(const QString& attendance);
    void afterMark(AttendanceOperation* operation, const QString& name);
    void updateCounts();
    void updateButtons();
    void showError(const QString& message);
    void moveDay(int days);
    bool isFutureDay() const;

    AccountScope* m_scope;
    Session* m_session;
    AttendanceTableModel* m_model;
    QComboBox* m_service;
    QLabel* m_itemLabel;
    QComboBox* m_item;
    QDateEdit* m_date;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_refresh;
    QLabel* m_dayText;
    QLabel* m_future;
    QLabel* m_counts;
    QLabel* m_error;
    QLabel* m_status;
    QLabel* m_empty;
    QTableView* m_table;
    QPushButton* m_present;
    QPushButton* m_absent;
    QPushButton* m_excused;
    QPointer<AttendanceOperation> m_loading;
    std::function<QDate()> m_today;
    bool m_shown = false;
};

} // namespace citoyens
