#pragma once

#include "CodeStore.h"

namespace citoyens::server {

struct AuthServices;

// Checks a mailed code typed back by a person, for registration or reset.
//
// Every check counts one wrong code for the purpose and address before any Argon2 work
// (Throttle::codeKey, in one step with the check of the delay), for known and unknown
// addresses alike; a right code takes it back. The code is then verified against
// AuthSettings::codeSlots stored codes, missing ones replaced by the same work against
// nothing, so answers and timing do not tell whether codes exist.
// Throws Problem 400 invalid_code, 410 code_expired (right but too old) or 429
// too_many_requests with Retry-After; returns the stored entry the code belongs to.
namespace CodeCheck {

// Counts one mail asked for `email` from `clientAddress` (register, forgot), known address
// or not, before any work; throws 429 too_many_requests with Retry-After past
// AuthSettings::mailsPerTarget / mailsPerClient in the hour.
void admitMail(const AuthServices& services, const QString& email, const QString& clientAddress);

PendingCode consume(const AuthServices& services, const QString& purpose, const QString& email, const QString& code);

} // namespace CodeCheck

} // namespace citoyens::server
