#pragma once

#include <QString>

namespace citoyens::server {

// Argon2id (libargon2) in the PHC string format. Thread-safe. The parameters are moderate
// (t=2, m=19 MiB, p=1: OWASP's minimum) so that a small server and the tests stay fast.
class PasswordHasher
{
public:
    QString hash(const QString& secret) const;
    bool verify(const QString& encoded, const QString& secret) const;
    // The same work as verify() against nothing: answers for unknown accounts take as long
    // as for known ones.
    void dummyVerify(const QString& secret) const;

private:
    static constexpr quint32 TimeCost = 2;
    static constexpr quint32 MemoryKiB = 19456;
    static constexpr quint32 Parallelism = 1;
};

} // namespace citoyens::server
