#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

class QIODevice;
class QPainter;
class QPrinter;

namespace citoyens {

// The one-page A4 sheet an agent prints for a walk-in citizen whose account the agent created:
// the agglomération, the citizen's name and e-mail, the one-time activation code in large type,
// when it expires, and how to activate ("Activer mon compte" in Citoyens or on the platform,
// then choose a password). Nothing else about the citizen: the sheet leaves the desk in their
// hands. The agent never sees or chooses a password; the code is all the sheet carries.
class ActivationSheet
{
    Q_DECLARE_TR_FUNCTIONS(ActivationSheet)

public:
    struct Details
    {
        QString agglomeration; // "Communauté d'Agglomération du Puy-en-Velay"
        QString citizenName;
        QString email;
        QString code; // the one-time activation code, as the server gave it
        QDateTime expiresAt; // the server's expiry (48 hours after it was issued)
        QString platformAddress; // where the platform is, printed for those without Citoyens
    };

    // The date and time are written in this locale's words ("mercredi 2 décembre 2026 à 14:05").
    explicit ActivationSheet(Details details, QLocale locale = QLocale(QLocale::French, QLocale::France));

    // A PDF of one A4 page; false (with errorString()) when it cannot be written.
    bool writePdf(const QString& path);
    bool writePdf(QIODevice* device);
    // Prints the page on a printer the print dialog set up (or a PDF file it chose).
    bool print(QPrinter& printer);
    // A4, portrait, the sheet's margins.
    static void preparePrinter(QPrinter& printer);
    QString errorString() const { return m_error; }

    // The words of the sheet, as printed (for the preview and for tests).
    QString expiryText() const;
    QStringList steps() const;
    // The code as printed: groups of four, easier to read out and to type.
    QString printedCode() const;

private:
    void paint(QPainter& painter, const QRectF& page) const;

    Details m_details;
    QLocale m_locale;
    QString m_error;
};

} // namespace citoyens
