#pragma once

#include "models/Beneficiary.h"
#include "models/BeneficiaryOptions.h"

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace citoyens {

class ApiError;
class BeneficiaryCommands;
class BusyButton;
class DateField;
class FormErrors;

// "Ajouter une filiation": names, birth date, relation and class (the server's lists),
// the identity photo (cropped here to 350 × 450), PAI, group and client. "Enregistrer +"
// saves and opens a fresh form for the next person; editing a pending one saves it and
// closes. Escape = cancel; Return in a one-line field = save.
class BeneficiaryForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeneficiaryForm)

public:
    BeneficiaryForm(BeneficiaryCommands* commands, QWidget* parent = nullptr);

    void setOptions(const BeneficiaryOptions& options);
    void startCreate();
    void startEdit(const Beneficiary& beneficiary);
    void showPhoto(const QString& beneficiaryId, const QByteArray& bytes);
    bool isEditing() const { return !m_editId.isEmpty(); }
    QString editedId() const { return m_editId; }
    void clear();
    void focusFirstField();

signals:
    // Created (the form is fresh again) or updated (the page closes the form).
    void saved(const citoyens::Beneficiary& beneficiary, bool created);
    void cancelRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLineEdit* addLine(const QString& field, const QString& name, const QString& label);
    void addField(const QString& field, QWidget* input, const QString& name, const QString& label);
    void choosePhoto();
    void setPhoto(const QImage& image);
    Beneficiary beneficiary() const;
    void save();
    void finish(const Beneficiary& done);
    void onFailed(const ApiError& error, bool photo);
    void setBusy(bool busy);
    void setTabChain();
    // Shows, while an edited child's identity differs from the one loaded, that saving sends it
    // back to validation (server: Decisions::onIdentityChange).
    void updateIdentityNotice();

    BeneficiaryCommands* m_commands;
    BeneficiaryOptions m_options;
    QWidget* m_fields;
    QLabel* m_title;
    QLabel* m_saved;
    QLineEdit* m_lastName;
    QLineEdit* m_firstName;
    DateField* m_birthDate;
    QComboBox* m_relation;
    QComboBox* m_class;
    QPushButton* m_photoBrowse;
    QPushButton* m_photoClear;
    QLabel* m_photoFile;
    QLabel* m_photoPreview;
    QPlainTextEdit* m_pai;
    QLineEdit* m_group;
    QLineEdit* m_client;
    QLabel* m_identityNotice;
    QLabel* m_formMessage;
    FormErrors* m_errors;
    QPushButton* m_cancel;
    BusyButton* m_save;
    QString m_editId;
    QString m_photoError;
    QByteArray m_photoJpeg; // the cropped photo still to send
    bool m_busy = false;
    bool m_creating = false;
    Beneficiary m_loaded; // the edited beneficiary as it was opened
};

} // namespace citoyens
