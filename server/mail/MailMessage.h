#pragma once

#include <QString>

namespace citoyens::server {

// One outgoing plain-text mail, in French, UTF-8.
struct MailMessage
{
    QString to;
    QString subject;
    QString body; // lines separated by '\n'
};

} // namespace citoyens::server
