#pragma once

#include "operations/CallOperation.h"

#include <QByteArray>
#include <QString>

namespace citoyens {

// One request of the desk: a decision (its answer applied to the stored queue) or a document's
// download (its bytes kept in memory, with their type read from the content).
class QueueOperation : public CallOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueOperation)

public:
    // A download's, once it succeeded.
    QByteArray bytes() const { return m_bytes; }
    QString mimeType() const { return m_mimeType; }

private:
    friend class QueueCommands;
    explicit QueueOperation(QObject* parent);

    QByteArray m_bytes;
    QString m_mimeType;
};

} // namespace citoyens
