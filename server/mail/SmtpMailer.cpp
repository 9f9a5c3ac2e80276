#include "SmtpMailer.h"

#include "Logging.h"
#include "MailComposer.h"

#include <QDateTime>
#include <QUrl>
#include <QtConcurrent>

#include <curl/curl.h>

#include <cstring>

namespace citoyens::server {

namespace {

struct Upload
{
    const QByteArray* data;
    qsizetype offset = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* userData)
{
    auto* upload = static_cast<Upload*>(userData);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype n = std::min(room, left);
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

} // namespace

QString SmtpMailer::relayOf(const QString& url)
{
    // Only where the relay is: the URL may carry user:password (and a path or query we
    // have no use for in a log line).
    const QUrl u(url);
    const bool implicitTls = u.scheme() == QLatin1String("smtps");
    return QStringLiteral("%1:%2").arg(u.host()).arg(u.port(implicitTls ? 465 : 25));
}

SmtpMailer::SmtpMailer(QString url, QString from)
    : m_url(std::move(url))
    , m_relay(relayOf(m_url))
    , m_from(std::move(from))
{
    m_queue.setMaxThreadCount(1);
}

SmtpMailer::~SmtpMailer()
{
    m_queue.waitForDone(10000);
}

void SmtpMailer::send(const MailMessage& message)
{
    const QByteArray data = MailComposer::compose(m_from, message, QDateTime::currentDateTimeUtc());
    const QString to = message.to;
    m_queue.start([this, to, data]() { deliver(to, data); });
}

void SmtpMailer::deliver(const QString& to, const QByteArray& data) const
{
    CURL* curl = curl_easy_init();
    if (!curl) {
        qCCritical(lcMail) << "curl_easy_init failed";
        return;
    }
    const QByteArray url = m_url.toUtf8();
    const QByteArray from = '<' + m_from.toUtf8() + '>';
    const QByteArray rcpt = '<' + to.toUtf8() + '>';
    curl_slist* recipients = curl_slist_append(nullptr, rcpt.constData());
    Upload upload { &data };
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    // Codes and reset links travel in these mails: TLS is required (smtps://, or STARTTLS on
    // smtp://). With CURLUSESSL_TRY a relay, or anyone on the path, that hides STARTTLS
    // would get them in clear.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    const CURLcode rc = curl_easy_perform(curl);
    if (rc != CURLE_OK)
        qCCritical(lcMail).noquote() << "SMTP delivery through" << m_relay << "failed:" << curl_easy_strerror(rc);
    else
        qCInfo(lcMail).noquote() << "mail sent through" << m_relay;
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
}

} // namespace citoyens::server
