#include "HttpRequestHead.h"

#include "models/ProblemCodes.h"

#include <cstring>

namespace citoyens::server {

namespace {

using Result = HttpHeadParser::Result;
using Status = HttpHeadParser::Status;

// RFC 9110 §5.6.2 token characters.
bool isTchar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || (c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

// A field value may hold HTAB, SP, visible characters and obs-text; never CR, LF, NUL or DEL.
bool isValueChar(unsigned char c)
{
    return c == '\t' || (c >= 0x20 && c != 0x7f);
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

Result invalid(int status, const QString& code)
{
    Result r;
    r.status = Status::Invalid;
    r.errorStatus = status;
    r.errorCode = code;
    return r;
}

QByteArray trimmedOws(const char* begin, const char* end)
{
    while (begin < end && isOws(*begin))
        ++begin;
    while (end > begin && isOws(*(end - 1)))
        --end;
    return QByteArray(begin, end - begin);
}

bool parseRequestLine(const char* begin, const char* end, const HttpHeadParser::Limits& limits, HttpRequestHead* head,
                      Result* error)
{
    const char* sp1 = static_cast<const char*>(std::memchr(begin, ' ', end - begin));
    if (!sp1) {
        *error = invalid(400, ProblemCode::BadRequest);
        return false;
    }
    const char* sp2 = static_cast<const char*>(std::memchr(sp1 + 1, ' ', end - sp1 - 1));
    if (!sp2 || std::memchr(sp2 + 1, ' ', end - sp2 - 1)) {
        *error = invalid(400, ProblemCode::BadRequest);
        return false;
    }
    const qsizetype methodLength = sp1 - begin;
    if (methodLength < 1 || methodLength > 16) {
        *error = invalid(400, ProblemCode::BadRequest);
        return false;
    }
    for (const char* p = begin; p < sp1; ++p) {
        if (*p < 'A' || *p > 'Z') {
            *error = invalid(400, ProblemCode::BadRequest);
            return false;
        }
    }
    const qsizetype targetLength = sp2 - sp1 - 1;
    if (targetLength > limits.maxTargetBytes) {
        *error = invalid(414, ProblemCode::UriTooLong);
        return false;
    }
    if (targetLength < 1 || sp1[1] != '/') {
        *error = invalid(400, ProblemCode::BadRequest);
        return false;
    }
    for (const char* p = sp1 + 1; p < sp2; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c < 0x21 || c > 0x7e) {
            *error = invalid(400, ProblemCode::BadRequest);
            return false;
        }
    }
    const QByteArray version(sp2 + 1, end - sp2 - 1);
    if (version == "HTTP/1.1") {
        head->minorVersion = 1;
    } else if (version == "HTTP/1.0") {
        head->minorVersion = 0;
    } else if (version.size() == 8 && version.startsWith("HTTP/") && version.at(5) >= '0' && version.at(5) <= '9'
               && version.at(6) == '.' && version.at(7) >= '0' && version.at(7) <= '9') {
        *error = invalid(505, ProblemCode::HttpVersionNotSupported);
        return false;
    } else {
        *error = invalid(400, ProblemCode::BadRequest);
        return false;
    }
    head->method = QByteArray(begin, methodLength);
    head->target = QByteArray(sp1 + 1, targetLength);
    return true;
}

bool parseHeaderLine(const char* begin, const char* end, HttpRequestHead* head, Result* error)
{
    // A line that starts with white space continues the previous one (obs-fold): refused.
    if (isOws(*begin)) {
        *error = invalid(400, ProblemCode::BadRequest);
        return false;
    }
    const char* colon = static_cast<const char*>(std::memchr(begin, ':', end - begin));
    if (!colon || colon == begin) {
        *error = invalid(400, ProblemCode::BadRequest);
        return false;
    }
    for (const char* p = begin; p < colon; ++p) {
        if (!isTchar(static_cast<unsigned char>(*p))) {
            *error = invalid(400, ProblemCode::BadRequest);
            return false;
        }
    }
    for (const char* p = colon + 1; p < end; ++p) {
        if (!isValueChar(static_cast<unsigned char>(*p))) {
            *error = invalid(400, ProblemCode::BadRequest);
            return false;
        }
    }
    head->headers.append({ QByteArray(begin, colon - begin).toLower(), trimmedOws(colon + 1, end) });
    return true;
}

// What the headers mean for the transport; false (with the answer) when they cannot be served.
bool interpretHeaders(HttpRequestHead* head, Result* error)
{
    int hosts = 0;
    int lengths = 0;
    bool chunked = false;
    QByteArray length;
    head->keepAlive = head->minorVersion >= 1;
    for (const auto& [name, value] : head->headers) {
        if (name == "host") {
            ++hosts;
        } else if (name == "content-length") {
            ++lengths;
            length = value;
        } else if (name == "transfer-encoding") {
            chunked = true;
        } else if (name == "connection") {
            for (const QByteArray& option : value.split(',')) {
                const QByteArray o = option.trimmed().toLower();
                if (o == "close")
                    head->keepAlive = false;
                else if (o == "keep-alive" && head->minorVersion == 0)
                    head->keepAlive = true;
            }
        } else if (name == "expect") {
            if (value.toLower() != "100-continue") {
                *error = invalid(417, ProblemCode::ExpectationFailed);
                return false;
            }
            head->expectContinue = head->minorVersion >= 1;
        }
    }
    if (hosts > 1 || (hosts == 0 && head->minorVersion >= 1) || lengths > 1 || (chunked && lengths > 0)) {
        *error = invalid(400, ProblemCode::BadRequest);
        return false;
    }
    if (chunked) {
        // Every client of this API knows its body's size; a length is required (RFC 9112 §6.3).
        *error = invalid(411, ProblemCode::LengthRequired);
        return false;
    }
    if (lengths == 1) {
        if (length.isEmpty() || length.size() > 18) {
            *error = invalid(400, ProblemCode::BadRequest);
            return false;
        }
        qint64 n = 0;
        for (char c : length) {
            if (c < '0' || c > '9') {
                *error = invalid(400, ProblemCode::BadRequest);
                return false;
            }
            n = n * 10 + (c - '0');
        }
        head->contentLength = n;
    }
    return true;
}

} // namespace

HttpHeadParser::Result HttpHeadParser::parse(const char* data, qsizetype size, const Limits& limits)
{
    qsizetype pos = 0;
    // Robustness (RFC 9112 §2.2): a few empty lines before a request are ignored.
    for (int skipped = 0; skipped < 4 && pos < size; ++skipped) {
        if (data[pos] == '\n') {
            ++pos;
        } else if (data[pos] == '\r') {
            if (pos + 1 >= size)
                return {};
            if (data[pos + 1] != '\n')
                return invalid(400, ProblemCode::BadRequest);
            pos += 2;
        } else {
            break;
        }
    }

    HttpRequestHead head;
    bool requestLineSeen = false;
    while (true) {
        const char* lineBegin = data + pos;
        const qsizetype searchable = std::min<qsizetype>(size, limits.maxHeadBytes) - pos;
        const char* newline
            = searchable > 0 ? static_cast<const char*>(std::memchr(lineBegin, '\n', searchable)) : nullptr;
        if (!newline) {
            if (size < limits.maxHeadBytes)
                return {};
            if (!requestLineSeen)
                return invalid(414, ProblemCode::UriTooLong);
            return invalid(431, ProblemCode::HeaderFieldsTooLarge);
        }
        const char* lineEnd = newline;
        if (lineEnd > lineBegin && *(lineEnd - 1) == '\r')
            --lineEnd;
        if (std::memchr(lineBegin, '\r', lineEnd - lineBegin) || std::memchr(lineBegin, '\0', lineEnd - lineBegin))
            return invalid(400, ProblemCode::BadRequest);
        pos = newline - data + 1;

        Result error;
        if (!requestLineSeen) {
            if (!parseRequestLine(lineBegin, lineEnd, limits, &head, &error))
                return error;
            requestLineSeen = true;
            continue;
        }
        if (lineEnd == lineBegin)
            break; // the blank line: end of the head
        if (head.headers.size() >= limits.maxHeaders)
            return invalid(431, ProblemCode::HeaderFieldsTooLarge);
        if (!parseHeaderLine(lineBegin, lineEnd, &head, &error))
            return error;
    }

    Result result;
    if (!interpretHeaders(&head, &result))
        return result;
    result.status = Status::Complete;
    result.consumed = pos;
    result.head = std::move(head);
    return result;
}

} // namespace citoyens::server
