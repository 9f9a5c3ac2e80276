#include "DeskOperation.h"

namespace citoyens {

DeskOperation::DeskOperation(QObject* parent)
    : CallOperation(parent)
{ }

} // namespace citoyens
