#pragma once

#include "http/HttpResponse.h"

#include <QString>

namespace citoyens::server::HtmlPage {

// Escapes text for HTML content and attribute values (& < > " ').
QString escape(const QString& text);
// A small self-contained French page (no external resource, no script): `bodyHtml` is
// already escaped. Sent with a Content-Security-Policy that forbids everything but its own
// inline style and forms posted to this server, and may not be framed.
HttpResponse page(int status, const QString& title, const QString& bodyHtml);

} // namespace citoyens::server::HtmlPage
