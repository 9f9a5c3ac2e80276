#include "HtmlPage.h"

namespace citoyens::server::HtmlPage {

QString escape(const QString& text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return out;
}

HttpResponse page(int status, const QString& title, const QString& bodyHtml)
{
    const QString html
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                         "<title>%1</title><style>"
                         "body{font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1e1e1e}"
                         "h1{font-size:1.4rem}dl{display:grid;grid-template-columns:max-content auto;gap:.4rem 1rem}"
                         "dt{font-weight:bold}button{font-size:1rem;margin:.5rem .5rem 0 0;padding:.5rem 1rem}"
                         ".note{color:#555;font-size:.9rem}"
                         "</style></head><body><main><h1>%1</h1>%2</main></body></html>\n")
              .arg(escape(title), bodyHtml);
    HttpResponse response(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(), status);
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                       QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                                         "frame-ancestors 'none'; base-uri 'none'"));
    response.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return response;
}

} // namespace citoyens::server::HtmlPage
