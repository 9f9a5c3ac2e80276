#pragma once

#include "operations/Operation.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace citoyens {

class ApiCall;

// One request of the desk: a decision (its answer applied to the stored queue) or a document's
// download (its bytes kept in memory, with their type read from the content). The failure's
// message may be rewritten for the desk (a 409 `already_decided` says another agent decided).
class DeskOperation : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskOperation)

public:
    using Check = std::function<FieldErrors()>;
    using Send = std::function<ApiCall*()>;
    using Apply = std::function<ApiError(const ApiCall& answer)>;
    using OnError = std::function<ApiError(const ApiError& error)>;

    static DeskOperation* start(QObject* parent, const Check& check, const Send& send, const Apply& apply,
                                const OnError& onError = {});
    // A download: bytes() and mimeType() once it succeeded.
    static DeskOperation* download(QObject* parent, const Send& send);

    QByteArray bytes() const { return m_bytes; }
    QString mimeType() const { return m_mimeType; }

private:
    explicit DeskOperation(QObject* parent);

    QByteArray m_bytes;
    QString m_mimeType;
};

} // namespace citoyens
