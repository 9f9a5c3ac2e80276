#pragma once

#include "Mailer.h"

#include <QString>
#include <QThreadPool>

namespace citoyens::server {

// Sends mail through an SMTP relay with libcurl (smtp:// or smtps://; STARTTLS is used
// when the relay offers it). Sending happens on its own thread, one mail at a time, so a
// slow relay never delays an answer.
class SmtpMailer : public Mailer
{
public:
    SmtpMailer(QString url, QString from);
    SmtpMailer(const SmtpMailer&) = delete;
    SmtpMailer& operator=(const SmtpMailer&) = delete;
    ~SmtpMailer() override;
    void send(const MailMessage& message) override;

private:
    void deliver(const QString& to, const QByteArray& data) const;

    QString m_url;
    QString m_from;
    QThreadPool m_queue;
};

} // namespace citoyens::server
