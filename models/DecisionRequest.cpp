#include "DecisionRequest.h"

#include "FieldCodes.h"

namespace citoyens {

FieldErrors DecisionRequest::check(const QStringList& allowedKinds) const
{
    FieldErrors errors;
    if (decision != Approve && decision != Reject && decision != Incomplete)
        errors.append({ QStringLiteral("decision"), FieldCode::InvalidChoice });
    const QString trimmed = reason.trimmed();
    if ((decision == Reject || decision == Incomplete) && trimmed.isEmpty())
        errors.append({ QStringLiteral("reason"), FieldCode::Required });
    if (trimmed.size() > MaxReasonLength)
        errors.append({ QStringLiteral("reason"), FieldCode::TooLong });
    const QString kind = documentKind.trimmed();
    if (!kind.isEmpty() && (decision != Incomplete || (!allowedKinds.isEmpty() && !allowedKinds.contains(kind))))
        errors.append({ QStringLiteral("documentKind"), FieldCode::InvalidChoice });
    return errors;
}

QJsonObject DecisionRequest::toJson() const
{
    QJsonObject json { { QStringLiteral("decision"), decision } };
    if (!reason.trimmed().isEmpty())
        json.insert(QStringLiteral("reason"), reason.trimmed());
    if (!documentKind.trimmed().isEmpty())
        json.insert(QStringLiteral("documentKind"), documentKind.trimmed());
    if (!communeId.isEmpty())
        json.insert(QStringLiteral("communeId"), communeId);
    return json;
}

} // namespace citoyens
