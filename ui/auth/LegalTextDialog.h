#pragma once

#include <QDialog>

class QTextBrowser;

namespace citoyens {

// The platform's conditions générales d'utilisation or its politique de confidentialité, read
// from the resources (:/legal/*.html, French: the texts the person accepts), in a window of a
// readable width. Opened window-modal and without blocking (open()), so the form stays as it was;
// Escape or « Fermer » closes it and the focus goes back to the control that opened it.
class LegalTextDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegalTextDialog)

public:
    enum class Text { Terms, Privacy };

    LegalTextDialog(Text text, QWidget* parent);

    // Opens a dialog for `text` over `opener`'s window; it deletes itself when closed.
    static LegalTextDialog* show(Text text, QWidget* opener);

    static QString resourcePath(Text text);

private:
    QTextBrowser* m_browser;
};

} // namespace citoyens
