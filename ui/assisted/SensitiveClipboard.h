#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QClipboard;
class QMimeData;

namespace citoyens {

// Copies a citizen's data (a reference, an e-mail, an activation code) to the clipboard marked
// sensitive, so that clipboard managers and histories do not keep it:
// x-kde-passwordManagerHint=secret (Klipper, and the managers that follow it) on Linux,
// ExcludeClipboardContentFromMonitorProcessing and CanIncludeInClipboardHistory=0 on Windows,
// org.nspasteboard.ConcealedType on macOS. It remembers what it put (a digest and a marker,
// not the text), so that clearIfOurs() at the end of an assisted session empties the clipboard
// only while it still holds that content — what the agent copied since from elsewhere stays.
class SensitiveClipboard : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SensitiveClipboard)

public:
    // clipboard: null = the application's.
    explicit SensitiveClipboard(QClipboard* clipboard = nullptr, QObject* parent = nullptr);
    ~SensitiveClipboard() override;

    void copy(const QString& text);
    // True while the clipboard (or, on X11, the primary selection) still holds our last copy.
    bool holdsOurs() const;
    // Empties the clipboard when it holds our last copy; true when it did.
    bool clearIfOurs();

    // The formats that mark a copy sensitive on the platform this was built for (data and
    // format names, as QMimeData carries them); public for tests and for other copy paths.
    static QMimeData* sensitiveMimeData(const QString& text);
    static QString markerFormat();

private:
    bool holdsOursIn(int mode) const;

    QClipboard* m_clipboard;
    QByteArray m_digest; // SHA-256 of the text we put; empty = nothing of ours
    QByteArray m_nonce; // our marker's value for that copy
#ifdef Q_OS_MACOS
    long m_macChangeCount = -1;
#endif
};

} // namespace citoyens
