#pragma once

#include "Operation.h"

#include "api/ApiCall.h"

#include <functional>

namespace citoyens {

// An operation of one request: `check` (the rules of models/) first, then `send` makes the
// call, and `apply` takes the answer (writes the store, the session); `apply` returns an
// error (Kind::Parse) when the answer is not what the API promises.
class CallOperation : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallOperation)

public:
    using Check = std::function<FieldErrors()>;
    using Send = std::function<ApiCall*()>;
    // The answer of the call (json(), etag()...), read only while `apply` runs.
    using Apply = std::function<ApiError(const ApiCall& answer)>;

    static CallOperation* start(QObject* parent, const Check& check, const Send& send, const Apply& apply = {});
    // An operation that cannot start (e.g. nobody is signed in): it fails with `error`.
    static CallOperation* refused(QObject* parent, const ApiError& error);

private:
    explicit CallOperation(QObject* parent);
};

} // namespace citoyens
