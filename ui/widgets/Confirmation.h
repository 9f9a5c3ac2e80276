#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace citoyens {

// A yes/no question before something that cannot be undone (withdrawing a request,
// deleting a beneficiary): a QMessageBox in the application; tests queue the answer
// (KeePassXC MessageBox::setNextAnswer), so no modal dialog blocks them.
class Confirmation
{
public:
    // True when the person chose `confirmText`; Escape and the other button — `keepText`, or
    // "Annuler" when none is given — answer false, and are the default.
    static bool ask(QWidget* parent, const QString& title, const QString& question, const QString& confirmText,
                    const QString& keepText = {});

    static void setNextAnswer(bool answer);
    // Tests: true while a queued answer has not been used (the question was not asked).
    static bool hasPendingAnswers() { return !queue().isEmpty(); }

private:
    static QList<bool>& queue();
};

} // namespace citoyens
