#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace citoyens {

class ApiCall;
class Desk;
class FormErrors;

// "Nouvel usager": the agent creates the account of a walk-in citizen with them (civility,
// names, birth date, e-mail). The citizen gets the activation code by e-mail, or on a
// one-page sheet the agent prints (valid 48 h); the agent never sees or chooses a password.
// Once created, the assisted session can be opened at once (no consent code needed then).
// The creation carries an Idempotency-Key, kept while the same input is sent again.
class NewCitizenPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCitizenPage)

public:
    explicit NewCitizenPage(Desk* desk, QWidget* parent = nullptr);

    // Where the activation sheet goes: a file chosen by the agent (QFileDialog), then opened
    // with the system's viewer to print it. Tests answer instead of the dialog and the viewer.
    static void setSheetPathChooser(std::function<QString(QWidget*, const QString& suggested)> chooser);
    static void setSheetOpener(std::function<void(const QString& path)> opener);

    QString createdCitizenId() const { return m_createdId; }
    QString sheetPath() const { return m_sheetPath; }
    void reset();

private:
    void create(const QString& delivery);
    void onCreated(const QJsonObject& answer, const QString& delivery);
    bool writeSheet(const QJsonObject& answer);
    QJsonObject input(const QString& delivery, bool* ok);
    void openAssisted();
    void setBusy(bool busy);

    Desk* m_desk;
    QComboBox* m_civility;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_birthDate;
    QLineEdit* m_email;
    QPushButton* m_sendMail;
    QPushButton* m_printSheet;
    QLabel* m_message;
    QLabel* m_result;
    QPushButton* m_assist;
    QPushButton* m_another;
    FormErrors* m_errors;
    QPointer<ApiCall> m_call;
    QByteArray m_idempotencyKey;
    QJsonObject m_keyBody; // what the key was made for
    QString m_createdId;
    QString m_createdName;
    QString m_sheetPath;
    QJsonObject m_sheetAnswer; // an account whose sheet is still to be saved
};

} // namespace citoyens
