#include "PasswordHasher.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <argon2.h>

namespace citoyens::server {

namespace {

constexpr quint32 SaltLength = 16;
constexpr quint32 HashLength = 32;

} // namespace

QString PasswordHasher::hash(const QString& secret) const
{
    const QByteArray pwd = secret.toUtf8();
    QByteArray salt(SaltLength, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), SaltLength / sizeof(quint32));
    const size_t encodedLength = argon2_encodedlen(TimeCost, MemoryKiB, Parallelism, SaltLength, HashLength, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(TimeCost, MemoryKiB, Parallelism, pwd.constData(), size_t(pwd.size()),
                                         salt.constData(), SaltLength, HashLength, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        qFatal("argon2id_hash_encoded failed: %s", argon2_error_message(rc));
    return QString::fromLatin1(encoded.constData());
}

bool PasswordHasher::verify(const QString& encoded, const QString& secret) const
{
    const QByteArray pwd = secret.toUtf8();
    const QByteArray enc = encoded.toLatin1();
    return argon2id_verify(enc.constData(), pwd.constData(), size_t(pwd.size())) == ARGON2_OK;
}

void PasswordHasher::dummyVerify(const QString& secret) const
{
    static const QString dummy = PasswordHasher().hash(QStringLiteral("not-a-password-of-anyone"));
    verify(dummy, secret);
}

} // namespace citoyens::server
