#pragma once

#include <QString>

namespace citoyens::server {

// The words of problem+json answers, by stable code. French is the default; English is
// given when Accept-Language asks for it. Unknown codes get a generic text.
namespace ProblemTexts {

QString title(const QString& code, const QString& language);
QString detail(const QString& code, const QString& language);
// The message for one field error ("required", "min_length", ...).
QString fieldMessage(const QString& fieldCode, const QString& language);

} // namespace ProblemTexts

} // namespace citoyens::server
