#pragma once

#include "Mailer.h"

#include <QString>
#include <QThreadPool>

namespace citoyens::server {

// Sends mail through an SMTP relay with libcurl: smtps://, or smtp:// with STARTTLS, which
// is required (a relay that does not offer it gets no mail; the failure is logged). Logs
// name the relay as host:port only, never the URL (it may hold user:password). Sending
// happens on its own thread, one mail at a time, so a slow relay never delays an answer.
class SmtpMailer : public Mailer
{
public:
    SmtpMailer(QString url, QString from);
    SmtpMailer(const SmtpMailer&) = delete;
    SmtpMailer& operator=(const SmtpMailer&) = delete;
    ~SmtpMailer() override;
    void send(const MailMessage& message) override;

    // "host:port" of a relay URL, for logs.
    static QString relayOf(const QString& url);

private:
    void deliver(const QString& to, const QByteArray& data) const;

    QString m_url;
    QString m_relay;
    QString m_from;
    QThreadPool m_queue;
};

} // namespace citoyens::server
