#include "CallOperation.h"

#include "api/ApiCall.h"

#include <QTimer>

namespace citoyens {

CallOperation::Applied::Applied(const Step& next)
    : next(std::make_shared<const Step>(next))
{ }

CallOperation::CallOperation(QObject* parent)
    : Operation(parent)
{ }

CallOperation* CallOperation::start(QObject* parent, const Check& check, const Send& send, const Apply& apply)
{
    auto* operation = new CallOperation(parent);
    operation->run(check ? check() : FieldErrors(), { send, apply });
    return operation;
}

CallOperation* CallOperation::refused(QObject* parent, const ApiError& error)
{
    auto* operation = new CallOperation(parent);
    operation->run(Applied(error));
    return operation;
}

void CallOperation::run(const FieldErrors& refused, const Step& first)
{
    if (!refused.isEmpty())
        return refuse(refused);
    send(first);
}

void CallOperation::run(const Applied& first)
{
    if (first.error.isError())
        return fail(first.error);
    if (first.next)
        return send(*first.next);
    succeed();
}

void CallOperation::send(const Step& step)
{
    if (!isRunning())
        return;
    if (step.delayMs > 0) {
        watch(nullptr); // cancel() meanwhile ends the operation at once
        Step now = step;
        now.delayMs = 0;
        QTimer::singleShot(step.delayMs, this, [this, now] { send(now); });
        return;
    }
    ApiCall* call = step.send();
    watch(call);
    if (step.progress)
        connect(call, &ApiCall::uploadProgress, this, step.progress);
    else
        connect(call, &ApiCall::uploadProgress, this, &Operation::progress);
    connect(call, &ApiCall::finished, this, [this, call, step] {
        if (call->error().kind == ApiError::Kind::Cancelled)
            return fail(call->error());
        if (!call->ok())
            return run(step.recover ? step.recover(*call) : Applied(call->error()));
        run(step.apply ? step.apply(*call) : Applied());
    });
}

} // namespace citoyens
