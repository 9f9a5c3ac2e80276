#include "SensitiveClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>
#include <QtEndian>

#ifdef Q_OS_MACOS
#include "MacPasteboard.h"
#endif

namespace citoyens {

namespace {

QByteArray digestOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QByteArray freshNonce()
{
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(nonce.data()), nonce.size() / 4);
    return nonce.toHex();
}

} // namespace

SensitiveClipboard::SensitiveClipboard(QClipboard* clipboard, QObject* parent)
    : QObject(parent)
    , m_clipboard(clipboard ? clipboard : QGuiApplication::clipboard())
{ }

SensitiveClipboard::~SensitiveClipboard() = default;

QString SensitiveClipboard::markerFormat()
{
    return QStringLiteral("application/x-citoyens-sensitive");
}

QMimeData* SensitiveClipboard::sensitiveMimeData(const QString& text)
{
    auto* data = new QMimeData;
    data->setText(text);
#if defined(Q_OS_WIN)
    // Registered clipboard formats by name (Qt maps this MIME form to RegisterClipboardFormat).
    // Any data excludes from monitors; the history one is a DWORD, 0 = keep out of Win+V.
    data->setData(
        QStringLiteral("application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""),
        QByteArrayLiteral("1"));
    QByteArray no(4, '\0');
    qToLittleEndian<quint32>(0, no.data());
    data->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""), no);
    data->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""), no);
#elif !defined(Q_OS_MACOS)
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
    return data;
}

void SensitiveClipboard::copy(const QString& text)
{
    m_digest = digestOf(text);
    m_nonce = freshNonce();
#ifdef Q_OS_MACOS
    // Qt 6.4 cannot name a pasteboard type of our choosing: AppKit writes the concealed copy.
    m_macChangeCount = macpasteboard::copyConcealed(text);
#else
    auto* data = sensitiveMimeData(text);
    data->setData(markerFormat(), m_nonce);
    m_clipboard->setMimeData(data, QClipboard::Clipboard);
#endif
}

bool SensitiveClipboard::holdsOursIn(int mode) const
{
    if (m_digest.isEmpty())
        return false;
    const auto* data = m_clipboard->mimeData(static_cast<QClipboard::Mode>(mode));
    if (!data || !data->hasText())
        return false;
    if (digestOf(data->text()) != m_digest)
        return false;
    // The same text copied from elsewhere is the agent's own: only our marked copy is ours.
    return mode == QClipboard::Selection || data->data(markerFormat()) == m_nonce;
}

bool SensitiveClipboard::holdsOurs() const
{
#ifdef Q_OS_MACOS
    return !m_digest.isEmpty() && macpasteboard::changeCount() == m_macChangeCount;
#else
    return holdsOursIn(QClipboard::Clipboard)
        || (m_clipboard->supportsSelection() && holdsOursIn(QClipboard::Selection));
#endif
}

bool SensitiveClipboard::clearIfOurs()
{
    bool cleared = false;
#ifdef Q_OS_MACOS
    if (holdsOurs()) {
        macpasteboard::clear();
        cleared = true;
    }
#else
    if (holdsOursIn(QClipboard::Clipboard)) {
        m_clipboard->clear(QClipboard::Clipboard);
        cleared = true;
    }
    // Selecting the text in a field of ours put it in X11's primary selection too.
    if (m_clipboard->supportsSelection() && holdsOursIn(QClipboard::Selection)) {
        m_clipboard->clear(QClipboard::Selection);
        cleared = true;
    }
#endif
    m_digest.clear();
    m_nonce.clear();
    return cleared;
}

} // namespace citoyens
