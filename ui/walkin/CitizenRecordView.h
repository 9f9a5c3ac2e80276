#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include "walkin/WalkInCommands.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QDialog;
class QPushButton;

namespace citoyens {

class AssistedSession;
class FamilyQuotientForm;
class WalkInOperation;
struct CitizenRecord;

// A citizen's record as the desk sees it: identity, beneficiaries, and the requests in the
// agent's communes. "Ouvrir une session assistée" mails the citizen a consent code that they
// read out; with it the assisted session opens (AssistedSession::openAssisted). Right after the agent
// created the account, no code is needed (openAssistedWithoutCode).
class CitizenRecordView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizenRecordView)

public:
    explicit CitizenRecordView(AssistedSession* assistance, QWidget* parent = nullptr);

    void load(const QString& citizenId);
    QString citizenId() const { return m_id; }
    QString citizenName() const { return m_name; }
    bool isLoaded() const { return m_loaded; }
    // Opens the assisted session of `citizenId` with `code` (empty: the account this agent
    // has just created).
    void confirm(const QString& citizenId, const QString& citizenName, const QString& code);

signals:
    void backRequested();

private:
    void show(const CitizenRecord& record);
    void requestConsent();
    void setMessage(const QString& message, bool error);
    void openQuotientDialog();
    void obtainQuotient(QDialog* dialog, FamilyQuotientForm* form);

    AssistedSession* m_assistance;
    QLabel* m_title;
    QLabel* m_identity;
    QListWidget* m_beneficiaries;
    QListWidget* m_subscriptions;
    QPushButton* m_back;
    QPushButton* m_assist;
    QPushButton* m_quotient;
    QWidget* m_consent;
    QLineEdit* m_code;
    QPushButton* m_confirm;
    QLabel* m_message;
    QPointer<WalkInOperation> m_call;
    WalkInCitizen m_citizen;
    QString m_id;
    QString m_name;
    bool m_loaded = false;
};

} // namespace citoyens
