#include "Confirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace citoyens {

QList<bool>& Confirmation::queue()
{
    static QList<bool> answers;
    return answers;
}

bool Confirmation::ask(QWidget* parent, const QString& title, const QString& question, const QString& confirmText,
                       const QString& keepText)
{
    if (!queue().isEmpty())
        return queue().takeFirst();
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmationBox"));
    QPushButton* yes = box.addButton(confirmText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmationYesButton"));
    // A button of text only: the style's Cancel icon cut its word short.
    QPushButton* no
        = box.addButton(keepText.isEmpty() ? QCoreApplication::translate("citoyens::Confirmation", "Cancel") : keepText,
                        QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("confirmationNoButton"));
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void Confirmation::setNextAnswer(bool answer)
{
    queue().append(answer);
}

} // namespace citoyens
