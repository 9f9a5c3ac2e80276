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
// An account created for `to` (at a town-hall desk, by an operator): the code sets its password.
MailMessage activationCode(const QString& to, const QString& code);
// An agent asks to act on the citizen's behalf: the citizen reads the code out to the agent.
MailMessage assistCode(const QString& to, const QString& code, const QString& agentName);

} // namespace MailTemplates

} // namespace citoyens::server
