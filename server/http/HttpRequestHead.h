#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace citoyens::server {

// The head of one HTTP/1.x request (RFC 9112), as HttpHeadParser read it.
struct HttpRequestHead
{
    QByteArray method; // "GET", "POST"... (upper-case letters only)
    QByteArray target; // origin-form: starts with '/', may hold a query
    int minorVersion = 1; // HTTP/1.<minor>: 0 or 1
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed
    qint64 contentLength = 0; // 0 when absent
    bool keepAlive = true; // what the client asked for (HTTP/1.0: only with "Connection: keep-alive")
    bool expectContinue = false; // "Expect: 100-continue"

    QByteArray header(const QByteArray& lowerCaseName) const
    {
        for (const auto& h : headers) {
            if (h.first == lowerCaseName)
                return h.second;
        }
        return {};
    }
};

// Reads a request head out of the bytes a connection received, strictly: anything a proxy
// and this server could read two ways (several Content-Length, Transfer-Encoding, a folded
// or space-padded header name, bare CR, NUL, a request line with extra spaces) is refused,
// so that what the router sees is what the client sent. Bare LF line ends are accepted
// (RFC 9112 §2.2 allows it) and up to a few empty lines before the request line are skipped.
class HttpHeadParser
{
public:
    struct Limits
    {
        qsizetype maxHeadBytes = 16 * 1024; // request line + headers + blank line
        qsizetype maxTargetBytes = 8 * 1024;
        int maxHeaders = 64;
    };

    enum class Status { Incomplete, Complete, Invalid };

    struct Result
    {
        Status status = Status::Incomplete;
        qsizetype consumed = 0; // bytes of the head, blank line included (Complete only)
        HttpRequestHead head; // Complete only
        int errorStatus = 0; // Invalid: 400, 411, 414, 417, 431, 501 or 505
        QString errorCode; // Invalid: the problem code, e.g. ProblemCode::BadRequest
    };

    // Parses `data` (what has arrived so far). Incomplete means: no blank line yet and still
    // within the limits — call again when more bytes arrive.
    static Result parse(const char* data, qsizetype size, const Limits& limits);
    static Result parse(const QByteArray& data, const Limits& limits)
    {
        return parse(data.constData(), data.size(), limits);
    }
};

} // namespace citoyens::server
