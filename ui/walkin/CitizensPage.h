#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace citoyens {

class WalkInOperation;
class CitizenRecordView;
class AssistedSession;

// "Usagers": search as you type (names, e-mail, birth date or a beneficiary's name; the
// server is asked once the typing pauses), the citizens found in a list; Return or a
// double-click opens the record (CitizenRecordView), from which the assisted session opens.
class CitizensPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizensPage)

public:
    explicit CitizensPage(AssistedSession* assistance, QWidget* parent = nullptr);

    // The pause after the last key before the server is asked (default 300 ms).
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    CitizenRecordView* recordView() const { return m_record; }
    void openRecord(const QString& citizenId);
    void showSearch();
    void reset();

private:
    void search();
    void openCurrent();

    AssistedSession* m_assistance;
    QStackedWidget* m_stack;
    QWidget* m_searchPage;
    QLineEdit* m_query;
    QListWidget* m_results;
    QLabel* m_status;
    CitizenRecordView* m_record;
    QTimer m_debounce;
    QPointer<WalkInOperation> m_call;
};

} // namespace citoyens
