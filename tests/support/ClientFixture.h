#pragma once

#include "TestClient.h"

#include "MainWindow.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
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

// The client's window on a TestClient (the objects ClientCore builds, as Application builds
// them), with a ManualClock for the inactivity monitor, no keychain (NoSecretStore), a
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
    citoyens::ClientCore* core() const { return m_client->core(); }
    citoyens::Session* session() const;
    citoyens::ManualClock* clock() const { return m_clock; }
    citoyens::InactivityMonitor* monitor() const;
    citoyens::AccountScope* services() const;
    QString dataDir() const { return m_client->dataDir(); }

    template<typename T> T* find(const QString& objectName) const
    {
        return m_window->template findChild<T*>(objectName);
    }

private:
    std::unique_ptr<TestClient> m_client;
    citoyens::ManualClock* m_clock = nullptr; // owned by m_client's core
    std::unique_ptr<citoyens::MainWindow> m_window;
};
