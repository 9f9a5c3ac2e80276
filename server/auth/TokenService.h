#pragma once

#include <QByteArray>
#include <QString>

namespace citoyens::server {

// Random secrets. Tokens are 256 bits from the system CSPRNG, base64url without padding;
// only their SHA-256 is stored, so a copy of the database does not sign anyone in.
namespace TokenService {

QByteArray newToken();
QString hashToken(const QByteArray& token);
// Six decimal digits, uniformly drawn.
QString newCode();
QString newId();

} // namespace TokenService

} // namespace citoyens::server
