#include "CodeCheck.h"

#include "AuthServices.h"
#include "PasswordHasher.h"
#include "Throttle.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"
#include "http/Problem.h"
#include "models/ProblemCodes.h"

#include <QDateTime>

#include <optional>

namespace citoyens::server::CodeCheck {

void admitMail(const AuthServices& services, const QString& email, const QString& clientAddress)
{
    const Throttle& throttle = *services.throttle;
    SqlTransaction tx(*services.database);
    const qint64 wait = throttle.admit(tx.db(),
                                       { { Throttle::mailToKey(email), throttle.mailToRule() },
                                         { Throttle::mailFromKey(clientAddress), throttle.mailFromRule() } },
                                       QDateTime::currentMSecsSinceEpoch());
    tx.commit();
    if (wait > 0)
        throw Throttle::tooManyRequests(wait);
}

PendingCode consume(const AuthServices& services, const QString& purpose, const QString& email, const QString& code)
{
    const Throttle& throttle = *services.throttle;
    const Throttle::Counted counter { Throttle::codeKey(purpose, email), throttle.codeRule() };
    const int slotCount = std::max(1, services.settings.codeSlots);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<PendingCode> pending;
    {
        SqlTransaction tx(*services.database);
        const qint64 wait = throttle.admit(tx.db(), { counter }, now);
        if (wait > 0) {
            tx.commit();
            throw Throttle::tooManyRequests(wait);
        }
        pending = CodeStore::newest(tx.db(), purpose, email, slotCount);
        tx.commit();
    }
    // The Argon2 work happens outside the transaction, always `slotCount` times, and does not
    // stop at the first match.
    std::optional<PendingCode> match;
    for (int i = 0; i < slotCount; ++i) {
        if (i < pending.size()) {
            if (services.hasher->verify(pending[i].codeHash, code) && !match)
                match = pending[i];
        } else {
            services.hasher->dummyVerify(code);
        }
    }
    if (!match)
        throw Problem(400, ProblemCode::InvalidCode);

    SqlTransaction tx(*services.database);
    const qint64 later = QDateTime::currentMSecsSinceEpoch();
    if (later > match->expiresAt) {
        // Only the mailbox's owner can know a right code: telling it is too old says nothing
        // to anyone else.
        CodeStore::remove(tx.db(), match->id);
        throttle.refund(tx.db(), counter, later);
        tx.commit();
        throw Problem(410, ProblemCode::CodeExpired);
    }
    throttle.reset(tx.db(), counter.key);
    tx.commit();
    return *match;
}

} // namespace citoyens::server::CodeCheck
