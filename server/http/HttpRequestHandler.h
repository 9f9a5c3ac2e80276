#pragma once

#include "HttpResponse.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace citoyens::server {

struct RequestContext;

// What the transport (HttpConnection) asks of the application (ApiRouter) for each request.
// Everything is called on the connection's I/O thread. admit() runs as soon as the head has
// arrived, before any byte of the body is read; verify() and handle() answer through `done`,
// either at once on that thread or later from any thread (work handed to a pool).
class HttpRequestHandler
{
public:
    using Done = std::function<void(HttpResponse)>;
    using CancelFlag = std::shared_ptr<std::atomic_bool>; // set once the client is gone

    struct Admission
    {
        enum class Kind {
            ReadBody, // read up to `bodyLimit` bytes, then handle()
            Answer, // answer `answer` now; the body (if any) is never read
            VerifyFirst, // verify() before the body is read; then like ReadBody
        };
        Kind kind = Kind::ReadBody;
        qint64 bodyLimit = 0;
        HttpResponse answer;
    };

    // verify() answers this status to let the body in.
    static constexpr int Proceed = 100;

    virtual ~HttpRequestHandler() = default;

    virtual Admission admit(RequestContext& ctx, qint64 declaredLength) = 0;
    virtual void verify(const RequestContext& ctx, Done done) = 0;
    // `done` is not called when the request is dropped because `cancelled` was set first.
    virtual void handle(RequestContext ctx, Done done, CancelFlag cancelled) = 0;
    // A problem+json answer of the transport itself (400, 408, 413, 503...), logged like any other.
    virtual HttpResponse transportProblem(const RequestContext& ctx, int status, const QString& code) = 0;
};

} // namespace citoyens::server
