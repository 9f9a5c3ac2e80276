#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace citoyens::server {

// An answer as a handler builds it: status, headers and a body held in memory. The transport
// (HttpConnection) adds Content-Length, Date and Connection when it writes it.
class HttpResponse
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    explicit HttpResponse(int status = 200);
    HttpResponse(const QByteArray& contentType, QByteArray body, int status = 200);

    int statusCode() const { return m_status; }
    const QByteArray& body() const { return m_body; }
    const QList<Header>& headers() const { return m_headers; }

    // Replaces every header of that name (names compare without case).
    void setHeader(const QByteArray& name, const QByteArray& value);
    void addHeader(const QByteArray& name, const QByteArray& value);
    bool hasHeader(const QByteArray& name) const;
    QByteArray header(const QByteArray& name) const;

    // The reason phrase of a status, e.g. "Not Found".
    static QByteArray reasonPhrase(int status);

private:
    int m_status;
    QByteArray m_body;
    QList<Header> m_headers;
};

} // namespace citoyens::server
