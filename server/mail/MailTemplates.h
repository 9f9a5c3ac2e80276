#pragma once

#include "MailMessage.h"

namespace citoyens::server {

// The French mails of the accounts capability. Codes appear as "Votre code : 123456".
namespace MailTemplates {

// `holder`: civility and names of the registration the code belongs to.
MailMessage registrationCode(const QString& to, const QString& code, const QString& holder);
MailMessage accountAlreadyExists(const QString& to);
MailMessage passwordResetCode(const QString& to, const QString& code);
MailMessage passwordChanged(const QString& to);

} // namespace MailTemplates

} // namespace citoyens::server
