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
class AccountApi;
class ApiClient;
class AuthApi;
class InactivityMonitor;
class ManualClock;
class SecretStore;
class ServicesContext;
class Session;
} // namespace citoyens

// The client's objects wired as Application wires them, with the test's seams: a
// ManualClock for the inactivity monitor, no keychain (NoSecretStore), a throw-away data
// folder, and the test server's CA as the only extra trust.
class ClientFixture
{
public:
    // `withServices`: also the services, beneficiaries and notifications core objects and pages
    // (as Application builds them), with the notification poll interval `pollIntervalMs`.
    ClientFixture(const QUrl& baseUrl, const QList<QSslCertificate>& caCertificates, bool withServices = false,
                  int pollIntervalMs = 200);
    ~ClientFixture();
    ClientFixture(const ClientFixture&) = delete;
    ClientFixture& operator=(const ClientFixture&) = delete;

    // Applies the application's style sheet once per process (as Application does).
    static void applyStyle();
    // Saves a screenshot of `widget` when CITOYENS_SCREENSHOT_DIR is set; no-op otherwise.
    static void screenshot(QWidget* widget, const QString& name);

    citoyens::MainWindow* window() const { return m_window.get(); }
    citoyens::Session* session() const { return m_session.get(); }
    citoyens::ManualClock* clock() const { return m_clock.get(); }
    citoyens::InactivityMonitor* monitor() const { return m_monitor.get(); }
    citoyens::ServicesContext* services() const { return m_services.get(); }

    template<typename T> T* find(const QString& objectName) const
    {
        return m_window->template findChild<T*>(objectName);
    }

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<citoyens::ApiClient> m_client;
    std::unique_ptr<citoyens::AuthApi> m_auth;
    std::unique_ptr<citoyens::AccountApi> m_accountApi;
    std::unique_ptr<citoyens::SecretStore> m_secrets;
    std::unique_ptr<citoyens::Session> m_session;
    std::unique_ptr<citoyens::ServicesContext> m_services;
    std::unique_ptr<citoyens::ManualClock> m_clock;
    std::unique_ptr<citoyens::InactivityMonitor> m_monitor;
    std::unique_ptr<citoyens::MainWindow> m_window;
};
