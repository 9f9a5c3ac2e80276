#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>

namespace citoyens {

class ApiCall;

// One change a person makes, from the page that started it to its one result: the input is
// checked with the rules of models/ first, then sent, then what the server answered is
// written into the store. The page keeps the pointer, connects to `finished` and reads
// `error()`; it never filters broadcast signals. `finished` comes exactly once, always after
// the call that created the operation returned (also when the input was refused at once);
// the operation deletes itself after it.
class Operation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Operation)

public:
    enum class State { Running, Succeeded, Failed };
    Q_ENUM(State)

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    bool succeeded() const { return m_state == State::Succeeded; }
    // Why it failed: field errors of the pre-send check (code "validation_failed", no HTTP
    // status), the server's problem, the network's; Kind::Cancelled after cancel().
    const ApiError& error() const { return m_error; }

    // Aborts the request in flight; `finished` follows with Kind::Cancelled.
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

protected:
    explicit Operation(QObject* parent);

    // The request now in flight (what cancel() aborts).
    void watch(ApiCall* call);
    void succeed();
    void fail(const ApiError& error);
    // Input refused before anything was sent.
    void refuse(const FieldErrors& errors);

private:
    void finish(State state, const ApiError& error);

    State m_state = State::Running;
    ApiError m_error;
    QPointer<ApiCall> m_call;
    bool m_cancelled = false;
};

} // namespace citoyens
