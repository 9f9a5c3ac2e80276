#include "LegalTextDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace citoyens {

LegalTextDialog::LegalTextDialog(Text text, QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    const bool terms = text == Text::Terms;
    setObjectName(terms ? QStringLiteral("termsDialog") : QStringLiteral("privacyDialog"));
    setWindowTitle(terms ? tr("Terms of use") : tr("Privacy policy"));
    setAccessibleName(windowTitle());

    m_browser->setObjectName(QStringLiteral("legalTextBrowser"));
    m_browser->setAccessibleName(windowTitle());
    m_browser->setOpenLinks(false); // the texts link nowhere outside; a click must not empty the view
    m_browser->setTabChangesFocus(true); // Tab goes on to « Fermer »; the arrows and Page Down scroll
    QFile file(resourcePath(text));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(file.readAll()));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("legalTextCloseButton"));
    close->setAccessibleName(tr("Close"));
    close->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(680, 560);
    m_browser->setFocus(Qt::OtherFocusReason); // a screen reader starts reading the text
}

LegalTextDialog* LegalTextDialog::show(Text text, QWidget* opener)
{
    auto* dialog = new LegalTextDialog(text, opener->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The window gives the focus back to its last focus widget when it is active again; say it
    // explicitly, as a platform without a window manager may not.
    QPointer<QWidget> back(opener);
    connect(dialog, &QDialog::finished, opener, [back] {
        if (!back)
            return;
        back->window()->activateWindow();
        back->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
    return dialog;
}

QString LegalTextDialog::resourcePath(Text text)
{
    return text == Text::Terms ? QStringLiteral(":/legal/conditions-generales.html")
                               : QStringLiteral(":/legal/politique-confidentialite.html");
}

} // namespace citoyens
