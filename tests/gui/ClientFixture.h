#pragma once

#include "MainWindow.h"

#include "api/ApiClientConfig.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>

#include <memory>

namespace citoyens {
class AccountScope;
class ClientCore;
class InactivityMonitor;
class ManualClock;
class Session;
} // namespace citoyens

// The client's objects built by the same ClientCore as Application builds them, with the
// test's seams: a ManualClock for the inactivity monitor, no keychain (NoSecretStore), a
// throw-away data folder, and the test server's CA as the only extra trust.
class ClientFixture
{
public:
    // `withServices`: also the services, beneficiaries and notifications core objects and pages
    // (as Application builds them), with the notification poll interval `pollIntervalMs`.
    // `transferTimeoutMs`: how long a call may see no byte move before it fails (Kind::Timeout).
    ClientFixture(const QUrl& baseUrl, const QList<QSslCertificate>& caCertificates, bool withServices = false,
                  int pollIntervalMs = 200, int transferTimeoutMs = 30000);
    ~ClientFixture();
    ClientFixture(const ClientFixture&) = delete;
    ClientFixture& operator=(const ClientFixture&) = delete;

    // Applies the application's style sheet once per process (as Application does).
    static void applyStyle();
    // Saves a screenshot of `widget` when CITOYENS_SCREENSHOT_DIR is set; no-op otherwise.
    static void screenshot(QWidget* widget, const QString& name);
    // The controls under `root` a person can act on (buttons, fields, lists, tables...) that lack
    // an objectName or an accessible name, as "Class objectName 'text'"; the parts Qt builds
    // inside a control (a spin box's line edit, a view's scroll bars) are not counted. `checked`:
    // how many controls were looked at.
    static QStringList unnamedControls(QWidget* root, int* checked = nullptr);

    citoyens::MainWindow* window() const { return m_window.get(); }
    citoyens::ClientCore* core() const { return m_core.get(); }
    citoyens::Session* session() const;
    citoyens::ManualClock* clock() const { return m_clock; }
    citoyens::InactivityMonitor* monitor() const;
    citoyens::AccountScope* services() const;
    QString dataDir() const { return m_dataDir.path(); }

    template<typename T> T* find(const QString& objectName) const
    {
        return m_window->template findChild<T*>(objectName);
    }

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<citoyens::ClientCore> m_core;
    citoyens::ManualClock* m_clock = nullptr; // owned by m_core
    std::unique_ptr<citoyens::MainWindow> m_window;
};
