#include "NginxProcess.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <unistd.h>

namespace {

// Replaces every match of `pattern` with `replacement`; false when there was none.
bool replaceAll(QString* text, const QString& pattern, const QString& replacement)
{
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    if (!re.match(*text).hasMatch())
        return false;
    text->replace(re, replacement);
    return true;
}

// Removes the top-level block (`server { ... }`) whose text contains `marker`.
bool removeTopLevelBlockContaining(QString* text, const QString& marker)
{
    int depth = 0;
    qsizetype blockStart = -1;
    for (qsizetype i = 0; i < text->size(); ++i) {
        const QChar c = text->at(i);
        if (c == QLatin1Char('#')) { // comments may hold braces
            const qsizetype eol = text->indexOf(QLatin1Char('\n'), i);
            i = eol < 0 ? text->size() : eol;
            continue;
        }
        if (c == QLatin1Char('{') && depth++ == 0)
            blockStart = text->lastIndexOf(QLatin1Char('\n'), i) + 1;
        if (c == QLatin1Char('}') && --depth == 0 && blockStart >= 0) {
            const QString block = text->mid(blockStart, i + 1 - blockStart);
            if (block.contains(marker)) {
                text->remove(blockStart, i + 1 - blockStart);
                return true;
            }
        }
    }
    return false;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed on return; nginx binds it next (a retry covers a race)
}

} // namespace

NginxProcess::NginxProcess() = default;

NginxProcess::~NginxProcess()
{
    stop();
}

QString NginxProcess::binary()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(QStringLiteral("nginx"), { QStringLiteral("/usr/sbin") });
}

QString NginxProcess::siteFrom(const Site& site, quint16 port, QString* error)
{
    QFile file(site.docsConfigPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + site.docsConfigPath;
        return {};
    }
    QString text = QString::fromUtf8(file.readAll());
    const auto fail = [&](const QString& what) {
        *error = site.docsConfigPath + QStringLiteral(": not found: ") + what;
        return QString();
    };
    if (!removeTopLevelBlockContaining(&text, QStringLiteral("return 301")))
        return fail(QStringLiteral("the port-80 server block (return 301)"));
    QString servers;
    for (quint16 backend : site.backendPorts)
        servers += QStringLiteral("    server 127.0.0.1:%1\\1;\n").arg(backend);
    // The first `server` line of the upstream becomes ours, the other ones go.
    const QRegularExpression upstreamServer(QStringLiteral(R"(^\s*server\s+127\.0\.0\.1:\d+([^;\n]*);\n)"),
                                            QRegularExpression::MultilineOption);
    const auto first = upstreamServer.match(text);
    if (!first.hasMatch())
        return fail(QStringLiteral("server 127.0.0.1:PORT lines in the upstream"));
    QString ours = servers;
    ours.replace(QStringLiteral("\\1"), first.captured(1));
    text.replace(upstreamServer, QString());
    text.insert(first.capturedStart(), ours);
    if (!replaceAll(&text, QStringLiteral(R"(^\s*listen\s+\[::\]:443[^;\n]*;\n)"), QString()))
        return fail(QStringLiteral("listen [::]:443"));
    if (!replaceAll(&text, QStringLiteral(R"(^(\s*)listen\s+443\b)"),
                    QStringLiteral("\\1listen 127.0.0.1:%1").arg(port)))
        return fail(QStringLiteral("listen 443"));
    if (!replaceAll(&text, QStringLiteral(R"(^(\s*)ssl_certificate\s+[^;\n]+;)"),
                    QStringLiteral("\\1ssl_certificate %1;").arg(site.certFile)))
        return fail(QStringLiteral("ssl_certificate"));
    if (!replaceAll(&text, QStringLiteral(R"(^(\s*)ssl_certificate_key\s+[^;\n]+;)"),
                    QStringLiteral("\\1ssl_certificate_key %1;").arg(site.keyFile)))
        return fail(QStringLiteral("ssl_certificate_key"));
    if (!replaceAll(&text, QStringLiteral(R"(^(\s*)proxy_ssl_trusted_certificate\s+[^;\n]+;)"),
                    QStringLiteral("\\1proxy_ssl_trusted_certificate %1;").arg(site.backendCaFile)))
        return fail(QStringLiteral("proxy_ssl_trusted_certificate"));
    if (!replaceAll(&text, QStringLiteral(R"(^(\s*)proxy_ssl_name\s+[^;\n]+;)"),
                    QStringLiteral("\\1proxy_ssl_name %1;").arg(site.backendName)))
        return fail(QStringLiteral("proxy_ssl_name"));
    return text;
}

bool NginxProcess::writeConfig(const Site& site)
{
    m_site = siteFrom(site, m_port, &m_error);
    if (m_site.isEmpty())
        return false;
    const QDir prefix(m_prefix->path());
    QFile siteFile(prefix.filePath(QStringLiteral("site.conf")));
    QFile main(prefix.filePath(QStringLiteral("nginx.conf")));
    if (!siteFile.open(QIODevice::WriteOnly) || !main.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write the nginx configuration in ") + prefix.path();
        return false;
    }
    siteFile.write(m_site.toUtf8());
    // What Debian's /etc/nginx/nginx.conf would give the site, with every path private.
    // As root the workers need a user that exists (Debian's nginx runs them as www-data).
    const QString p = prefix.path();
    QString conf;
    if (geteuid() == 0)
        conf += QStringLiteral("user www-data;\n");
    conf += QStringLiteral("daemon off;\nmaster_process on;\nworker_processes 2;\n"
                           "pid %1/nginx.pid;\nerror_log %1/error.log info;\n"
                           "events { worker_connections 512; }\n"
                           "http {\n"
                           "    default_type application/octet-stream;\n"
                           "    access_log %1/access.log;\n"
                           "    client_body_temp_path %1/client_body;\n"
                           "    proxy_temp_path %1/proxy;\n"
                           "    fastcgi_temp_path %1/fastcgi;\n"
                           "    uwsgi_temp_path %1/uwsgi;\n"
                           "    scgi_temp_path %1/scgi;\n"
                           "    include %1/site.conf;\n"
                           "}\n")
                .arg(p);
    main.write(conf.toUtf8());
    return true;
}

bool NginxProcess::isListening() const
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, m_port);
    return probe.waitForConnected(200);
}

bool NginxProcess::start(const Site& site)
{
    stop();
    m_error.clear();
    const QString nginx = binary();
    if (nginx.isEmpty()) {
        m_error = QStringLiteral("nginx is not installed (scripts/install-deps.sh installs Debian's nginx package)");
        return false;
    }
    m_prefix = std::make_unique<QTemporaryDir>();
    // Workers (www-data when run as root) write request bodies in client_body/ under it.
    QFile::setPermissions(m_prefix->path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                              | QFile::ReadOther | QFile::ExeOther);
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free loopback port");
        return false;
    }
    if (!writeConfig(site))
        return false;
    const QStringList args { QStringLiteral("-p"), m_prefix->path(),
                             QStringLiteral("-e"), m_prefix->filePath(QStringLiteral("error.log")),
                             QStringLiteral("-c"), m_prefix->filePath(QStringLiteral("nginx.conf")) };
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(nginx, args + QStringList { QStringLiteral("-t") });
    if (!check.waitForFinished(30000) || check.exitStatus() != QProcess::NormalExit || check.exitCode() != 0) {
        m_error = QStringLiteral("nginx -t refused the configuration:\n") + QString::fromLocal8Bit(check.readAll())
            + QStringLiteral("\n--- site.conf ---\n") + m_site;
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(nginx, args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start nginx: ") + m_process->errorString();
        return false;
    }
    return true;
}

void NginxProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: fast shutdown of the master and its workers
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool NginxProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString NginxProcess::errorLog() const
{
    if (!m_prefix)
        return {};
    QFile log(m_prefix->filePath(QStringLiteral("error.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}
