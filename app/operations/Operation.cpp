#include "Operation.h"

#include "api/ApiCall.h"

#include <QTimer>

namespace citoyens {

Operation::Operation(QObject* parent)
    : QObject(parent)
{ }

void Operation::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    if (m_call)
        m_call->abort(); // its finished() ends the operation with Kind::Cancelled
    else
        fail(ApiError::cancelled());
}

void Operation::watch(ApiCall* call)
{
    m_call = call;
    if (m_cancelled && call)
        call->abort();
}

void Operation::succeed()
{
    finish(State::Succeeded, {});
}

void Operation::fail(const ApiError& error)
{
    finish(State::Failed, m_cancelled ? ApiError::cancelled() : error);
}

void Operation::refuse(const FieldErrors& errors)
{
    fail(ApiError::invalidInput(errors));
}

void Operation::finish(State state, const ApiError& error)
{
    if (!isRunning())
        return;
    m_state = state;
    m_error = error;
    m_call = nullptr;
    // Queued: the page that just created the operation has connected to `finished` by then.
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished();
        deleteLater();
    });
}

} // namespace citoyens
