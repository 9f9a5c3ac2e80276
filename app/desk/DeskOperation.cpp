#include "DeskOperation.h"

#include "api/ApiCall.h"
#include "models/DocumentRules.h"

namespace citoyens {

DeskOperation::DeskOperation(QObject* parent)
    : Operation(parent)
{ }

DeskOperation* DeskOperation::start(QObject* parent, const Check& check, const Send& send, const Apply& apply,
                                    const OnError& onError)
{
    auto* operation = new DeskOperation(parent);
    const FieldErrors errors = check ? check() : FieldErrors();
    if (!errors.isEmpty()) {
        operation->refuse(errors);
        return operation;
    }
    ApiCall* call = send();
    operation->watch(call);
    connect(call, &ApiCall::finished, operation, [operation, call, apply, onError] {
        if (!call->ok())
            return operation->fail(onError ? onError(call->error()) : call->error());
        const ApiError applied = apply ? apply(*call) : ApiError();
        if (applied.isError())
            return operation->fail(applied);
        operation->succeed();
    });
    return operation;
}

DeskOperation* DeskOperation::download(QObject* parent, const Send& send)
{
    auto* operation = new DeskOperation(parent);
    ApiCall* call = send();
    operation->watch(call);
    connect(call, &ApiCall::finished, operation, [operation, call] {
        if (!call->ok())
            return operation->fail(call->error());
        operation->m_bytes = call->body();
        operation->m_mimeType = DocumentRules::sniff(call->body().left(16));
        operation->succeed();
    });
    return operation;
}

} // namespace citoyens
