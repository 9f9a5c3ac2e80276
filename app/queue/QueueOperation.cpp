#include "QueueOperation.h"

namespace citoyens {

QueueOperation::QueueOperation(QObject* parent)
    : CallOperation(parent)
{ }

} // namespace citoyens
