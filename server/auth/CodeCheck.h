#pragma once

#include "CodeStore.h"

namespace citoyens::server {

struct AuthServices;

// Checks a mailed code typed back by a person, for registration or reset. Every attempt
// counts, so five wrong guesses use the code up. Throws Problem 400 invalid_code,
// 410 code_expired or 429 too_many_attempts; returns the pending entry when the code is right.
namespace CodeCheck {

PendingCode consume(const AuthServices& services, const QString& purpose, const QString& email, const QString& code);

} // namespace CodeCheck

} // namespace citoyens::server
