#include "DecisionTexts.h"

namespace citoyens::server::DecisionTexts {

QString statusFor(const QString& decision)
{
    if (decision == Approve)
        return Subscription::StatusApproved;
    if (decision == Reject)
        return Subscription::StatusRejected;
    if (decision == Incomplete)
        return Subscription::StatusIncomplete;
    return {};
}

Notification forSubscription(const Subscription& s, const QString& status, const QString& reason)
{
    Notification n;
    n.subjectType = Notification::SubjectSubscription;
    n.subjectId = s.id;
    n.status = status;
    const QString name = s.displayName();
    if (status == Subscription::StatusApproved) {
        n.title = QStringLiteral("Demande validée");
        n.body = QStringLiteral("Votre demande « %1 » a été validée.").arg(name);
    } else if (status == Subscription::StatusRejected) {
        n.title = QStringLiteral("Demande refusée");
        n.body = QStringLiteral("Votre demande « %1 » a été refusée. Motif : %2").arg(name, reason);
    } else {
        n.title = QStringLiteral("Demande incomplète");
        n.body = QStringLiteral("Votre demande « %1 » est incomplète : %2").arg(name, reason);
    }
    return n;
}

Notification forBeneficiary(const Beneficiary& b, const QString& status, const QString& reason)
{
    Notification n;
    n.subjectType = Notification::SubjectBeneficiary;
    n.subjectId = b.id;
    n.status = status;
    const QString name = b.firstName + QLatin1Char(' ') + b.lastName;
    if (status == Beneficiary::StatusApproved) {
        n.title = QStringLiteral("Bénéficiaire validé");
        n.body = QStringLiteral("La fiche de %1 a été validée.").arg(name);
    } else if (status == Beneficiary::StatusRejected) {
        n.title = QStringLiteral("Bénéficiaire refusé");
        n.body = QStringLiteral("La fiche de %1 a été refusée. Motif : %2").arg(name, reason);
    } else {
        n.title = QStringLiteral("Fiche bénéficiaire incomplète");
        n.body = QStringLiteral("La fiche de %1 est incomplète : %2").arg(name, reason);
    }
    return n;
}

} // namespace citoyens::server::DecisionTexts
