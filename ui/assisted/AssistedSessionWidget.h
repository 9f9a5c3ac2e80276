#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QWidget>

#include <memory>

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QPushButton;

namespace citoyens {

class AccountScope;
class AssistedSession;
class DocumentField;
class SensitiveClipboard;
class Sidebar;

// The citizen's own pages (those of the citizen's role that show an account scope: services,
// beneficiaries, notifications), built on the assisted scope, under a banner "Vous agissez
// pour Prénom Nom" with "Terminer l'assistance". When the desk has a scanner folder, a file
// that appears there is offered for one of the document fields on screen. What the agent
// copies from these pages (Ctrl+C in a field or a list) goes through the session's
// SensitiveClipboard (one per widget, as one widget shows one session): marked sensitive,
// and cleared when the session ends.
class AssistedSessionWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssistedSessionWidget)

public:
    AssistedSessionWidget(AssistedSession* assistance, AccountScope* scope, QWidget* parent = nullptr);
    ~AssistedSessionWidget() override;

    Sidebar* sidebar() const { return m_sidebar; }
    QWidget* page(const QString& id) const { return m_pages.value(id); }
    QString bannerText() const;
    // The newest file the scanner wrote (empty when none), as offered.
    QString offeredScan() const { return m_scan; }
    // True when a page open here holds input not sent yet (« Terminer l'assistance » asks).
    bool hasUnsentInput() const;
    // Copies from the citizen's pages go through it; nullptr once the session ended.
    SensitiveClipboard* clipboard() const { return m_clipboard.get(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void endRequested();
    // Empties the clipboard when it still holds what was copied from the citizen's pages.
    void forgetClipboard();
    // The selected text of the focused field or list; empty when there is none.
    QString copiableText(QWidget* focus) const;
    void watchScanner();
    void onScannerChanged();
    void offerScan(const QString& path);
    void attachScan();
    QList<DocumentField*> visibleDocumentFields() const;

    AssistedSession* m_assistance;
    std::unique_ptr<SensitiveClipboard> m_clipboard;
    QLabel* m_banner;
    QPushButton* m_end;
    Sidebar* m_sidebar;
    QHash<QString, QWidget*> m_pages;
    QWidget* m_scanBar;
    QLabel* m_scanLabel;
    QComboBox* m_scanTarget;
    QPushButton* m_scanAttach;
    QFileSystemWatcher* m_watcher = nullptr;
    QString m_scannerFolder;
    QSet<QString> m_knownScans;
    QString m_scan;
};

} // namespace citoyens
