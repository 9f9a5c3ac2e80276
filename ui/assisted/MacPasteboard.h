#pragma once

#include <QString>

namespace citoyens::macpasteboard {

// The general NSPasteboard, written through AppKit (MacPasteboard.mm): the text as a string
// plus org.nspasteboard.ConcealedType, which clipboard managers leave alone. Returns the
// pasteboard's changeCount after the write, which tells later whether it is still ours.
long copyConcealed(const QString& text);
long changeCount();
void clear();

} // namespace citoyens::macpasteboard
