#pragma once

#include "Mailer.h"

#include <QAtomicInteger>
#include <QString>

namespace citoyens::server {

// Writes each mail as one .eml file in a directory (developers, tests, the demo). Files are
// named so that sorting them by name gives the order of sending, and appear atomically.
class MailDrop : public Mailer
{
public:
    MailDrop(QString directory, QString from);
    void send(const MailMessage& message) override;

private:
    QString m_directory;
    QString m_from;
    QAtomicInteger<quint64> m_counter;
};

} // namespace citoyens::server
