#pragma once

#include "MailMessage.h"

#include <QByteArray>
#include <QDateTime>

namespace citoyens::server {

// Formats an RFC 5322 message: UTF-8 text/plain, 8bit, CRLF line ends, the subject as an
// RFC 2047 encoded word.
namespace MailComposer {

QByteArray compose(const QString& from, const MailMessage& message, const QDateTime& date);

} // namespace MailComposer

} // namespace citoyens::server
