#pragma once

#include "MailMessage.h"

namespace citoyens::server {

// Where outgoing mail goes: a mail drop (files) or an SMTP relay. Implementations are
// thread-safe and return quickly, so that an answer's timing does not depend on delivery.
class Mailer
{
public:
    virtual ~Mailer() = default;
    virtual void send(const MailMessage& message) = 0;
};

} // namespace citoyens::server
