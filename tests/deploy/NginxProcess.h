#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A real nginx (Debian's /usr/sbin/nginx) run by a test as its child process: a private
// prefix (config, pid, logs, temporary files) in a temporary directory, `daemon off`, one
// loopback port, stopped by stop() or the destructor. The site configuration is
// docs/deploy/citoyens.nginx.conf with only what a test must change replaced (siteFrom()).
class NginxProcess
{
public:
    struct Site
    {
        QString docsConfigPath; // docs/deploy/citoyens.nginx.conf
        QList<quint16> backendPorts; // the citoyens-server processes, on 127.0.0.1
        QString certFile; // nginx's own certificate and key (for 127.0.0.1)
        QString keyFile;
        QString backendCaFile; // the CA(s) that issued the backends' certificates
        QString backendName = QStringLiteral("localhost"); // a name in the backends' certificates
    };

    NginxProcess();
    ~NginxProcess();
    NginxProcess(const NginxProcess&) = delete;
    NginxProcess& operator=(const NginxProcess&) = delete;

    // The nginx binary (PATH, then /usr/sbin), empty when there is none.
    static QString binary();

    // Writes the configuration, checks it with `nginx -t` and starts nginx. False with
    // errorString() on failure. nginx prints nothing once ready: wait for isListening()
    // (QTRY_VERIFY).
    bool start(const Site& site);
    bool isListening() const; // its port accepts a TCP connection
    void stop();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    QString errorLog() const;
    QString siteConfig() const { return m_site; }

    // The site configuration for `site` on `port`: the docs file, with the plain-HTTP
    // redirect server removed, the upstream's server lines, the listen lines, the certificate
    // paths and proxy_ssl_name replaced. Each must be found in the docs file: otherwise
    // empty, and *error says which one (the docs and this test would have drifted apart).
    static QString siteFrom(const Site& site, quint16 port, QString* error);

private:
    bool writeConfig(const Site& site);

    std::unique_ptr<QTemporaryDir> m_prefix;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
    QString m_site;
};
