#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;

namespace citoyens {

class ActivationSheet;
class AssistedSession;
class FormErrors;
class WalkInOperation;
struct CreatedCitizen;
struct WalkInCitizenInput;

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
    explicit NewCitizenPage(AssistedSession* assistance, QWidget* parent = nullptr);
    ~NewCitizenPage() override;

    // The activation sheet is printed through the system's print dialog (where "Print to
    // file" gives a PDF). `setup` prepares the printer before the dialog shows (tests send it
    // to a PDF file).
    static void setPrinterSetup(std::function<void(QPrinter& printer)> setup);

    QString createdCitizenId() const { return m_createdId; }
    // The printer or the file the last sheet went to.
    QString sheetDestination() const { return m_sheetDestination; }
    void reset();

protected:
    void focusInEvent(QFocusEvent* event) override;

private:
    void create(const QString& delivery);
    void onCreated(const CreatedCitizen& created);
    // False when the sheet was not printed (the dialog closed, or an error shown).
    bool printSheet(const CreatedCitizen& created);
    bool input(const QString& delivery, WalkInCitizenInput* input);
    void openAssisted();
    void setBusy(bool busy);

    AssistedSession* m_assistance;
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
    QPointer<WalkInOperation> m_call;
    QByteArray m_idempotencyKey;
    QJsonObject m_keyBody; // what the key was made for
    QString m_createdId;
    QString m_createdName;
    QString m_sheetDestination;
    // An account created for a sheet that is still to be printed (the code is given once).
    std::unique_ptr<CreatedCitizen> m_unprinted;
};

} // namespace citoyens
