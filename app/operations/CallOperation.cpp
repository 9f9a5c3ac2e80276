#include "CallOperation.h"

#include "api/ApiCall.h"

namespace citoyens {

CallOperation::CallOperation(QObject* parent)
    : Operation(parent)
{ }

CallOperation* CallOperation::start(QObject* parent, const Check& check, const Send& send, const Apply& apply)
{
    auto* operation = new CallOperation(parent);
    const FieldErrors errors = check ? check() : FieldErrors();
    if (!errors.isEmpty()) {
        operation->refuse(errors);
        return operation;
    }
    ApiCall* call = send();
    operation->watch(call);
    connect(call, &ApiCall::uploadProgress, operation, &Operation::progress);
    connect(call, &ApiCall::finished, operation, [operation, call, apply] {
        if (!call->ok())
            return operation->fail(call->error());
        const ApiError applied = apply ? apply(*call) : ApiError();
        if (applied.isError())
            return operation->fail(applied);
        operation->succeed();
    });
    return operation;
}

CallOperation* CallOperation::refused(QObject* parent, const ApiError& error)
{
    auto* operation = new CallOperation(parent);
    operation->fail(error);
    return operation;
}

} // namespace citoyens
