#pragma once

#include <functional>

class QAbstractItemModel;
class QWidget;

namespace citoyens::Reminder {

// True when the reminder about a model's rows has nothing left to remind: there is at least one
// row and the town hall approved every one ("approved" in `statusRole`). No row yet, a row
// pending, incomplete or refused: something is still to do.
bool done(const QAbstractItemModel* model, int statusRole);

// Shows `reminder` while `wanted()` and !done(model, statusRole), again after every change of the
// model (rows, data, reset); hides it otherwise.
void follow(QWidget* reminder, QAbstractItemModel* model, int statusRole, std::function<bool()> wanted);

} // namespace citoyens::Reminder
