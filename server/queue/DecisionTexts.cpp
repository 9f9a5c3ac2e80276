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

namespace {

// "de ROSIÈRES", "d'AIGUILHE": French elides "de" before a vowel.
QString ofCommune(const QString& name)
{
    static const QString Vowels = QStringLiteral("AÂÀEÉÈÊIÎOÔUYaâàeéèêiîoôuy");
    return !name.isEmpty() && Vowels.contains(name.front()) ? QStringLiteral("d'") + name
                                                            : QStringLiteral("de ") + name;
}

} // namespace

Notification forIdentityChange(const Beneficiary& b, const QStringList& communeNames)
{
    Notification n;
    n.subjectType = Notification::SubjectBeneficiary;
    n.subjectId = b.id;
    n.status = Beneficiary::StatusPending;
    const QString name = b.firstName + QLatin1Char(' ') + b.lastName;
    QStringList communes;
    for (const QString& c : communeNames)
        communes.append(ofCommune(c));
    QString who;
    if (communes.size() == 1) {
        who = QStringLiteral("la commune %1 doit").arg(communes.first());
    } else {
        const QString last = communes.takeLast();
        who = QStringLiteral("les communes %1 et %2 doivent").arg(communes.join(QStringLiteral(", ")), last);
    }
    n.title = QStringLiteral("Fiche bénéficiaire à valider de nouveau");
    n.body = QStringLiteral("Vous avez modifié l'identité de %1 : %2 la valider à nouveau avant toute réservation ou "
                            "commande.")
                 .arg(name, who);
    return n;
}

} // namespace citoyens::server::DecisionTexts
