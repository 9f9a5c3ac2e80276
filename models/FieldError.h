#pragma once

#include <QList>
#include <QString>

namespace citoyens {

// One rule broken by one field. `code` is a stable machine word shared by the client and
// the server (it travels in problem+json "errors"); each side turns it into words.
struct FieldError
{
    QString field;
    QString code;

    friend bool operator==(const FieldError& a, const FieldError& b) { return a.field == b.field && a.code == b.code; }
};

using FieldErrors = QList<FieldError>;

} // namespace citoyens
