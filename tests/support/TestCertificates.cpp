#include "TestCertificates.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace {

bool runOpenssl(const QString& dir, const QStringList& args, QString* error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.start(QStringLiteral("openssl"), args);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2 %3")
                     .arg(args.join(QLatin1Char(' ')), openssl.errorString(),
                          QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace

bool makeTestCertificates(const QString& dir, const QString& caName, QString* error)
{
    QFile ext(QDir(dir).filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write ") + ext.fileName();
        return false;
    }
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=critical,CA:FALSE\n"
              "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n");
    ext.close();
    const QStringList ec { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes") };
    return runOpenssl(
               dir,
               QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ec
                   + QStringList { QStringLiteral("-sha256"), QStringLiteral("-days"), QStringLiteral("2"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=") + caName, QStringLiteral("-addext"),
                                   QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-keyout"),
                                   QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem") },
               error)
        && runOpenssl(dir,
                      QStringList { QStringLiteral("req") } + ec
                          + QStringList { QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                          QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                          QStringLiteral("-out"), QStringLiteral("server.csr") },
                      error)
        && runOpenssl(dir,
                      { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-sha256"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-in"),
                        QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                        QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
                        QString::number(QDateTime::currentMSecsSinceEpoch()), QStringLiteral("-extfile"),
                        QStringLiteral("server.ext"), QStringLiteral("-out"), QStringLiteral("server.pem") },
                      error);
}
