#pragma once

#include "Operation.h"

#include "api/ApiCall.h"

#include <functional>
#include <memory>
#include <optional>

namespace citoyens {

// The one way a command starts a change: `check` (the rules of models/) first, then each step
// sends one request, reads its answer into a type and applies it (the store, the session), or
// maps the failure (a message in the person's words, a retry). A step's `apply` (or
// `recover`) may return the next step of the same operation: create then photo, the documents
// then the request, "asked again while in_progress". A command whose result carries more than
// success subclasses CallOperation with the typed fields its steps fill in.
class CallOperation : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallOperation)

public:
    struct Step;
    // What a step made of an answer: an error (the operation fails), the next step, or neither
    // (the operation succeeded).
    struct Applied
    {
        Applied() = default;
        Applied(const ApiError& error) // NOLINT(google-explicit-constructor): a step returns either
            : error(error)
        { }
        Applied(const Step& next); // NOLINT(google-explicit-constructor)

        ApiError error;
        std::shared_ptr<const Step> next;
    };

    using Check = std::function<FieldErrors()>;
    using Send = std::function<ApiCall*()>;
    // The answer of a call that succeeded (json(), etag(), body()...), read only while it runs.
    using Apply = std::function<Applied(const ApiCall& answer)>;
    // A call that failed (not cancelled): the error to report, or a step to try instead.
    using Recover = std::function<Applied(const ApiCall& failed)>;
    using Progress = std::function<void(qint64 sent, qint64 total)>;

    struct Step
    {
        Send send;
        Apply apply = {};
        Recover recover = {};
        // The upload's progress; unset: the call's own, as progress().
        Progress progress = {};
        // Waits this long before sending (a retry).
        int delayMs = 0;
    };

    // An Apply that reads the answer with T::fromJson into `*into` (a field of the operation),
    // failing with `unreadable` when it cannot.
    template<typename T> static Apply readInto(T* into, const ApiError& unreadable = ApiError::parse())
    {
        return [into, unreadable](const ApiCall& answer) -> Applied {
            std::optional<T> value = T::fromJson(answer.json());
            if (!value)
                return unreadable;
            *into = std::move(*value);
            return {};
        };
    }

    static CallOperation* start(QObject* parent, const Check& check, const Send& send, const Apply& apply = {});
    // An operation that cannot start (e.g. nobody is signed in): it fails with `error`.
    static CallOperation* refused(QObject* parent, const ApiError& error);

    // Starts an operation made by a command (once): refused with `refused` when not empty, else
    // `first` is sent.
    void run(const FieldErrors& refused, const Step& first);
    // Fails with first.error, sends first.next, or succeeds at once.
    void run(const Applied& first);

protected:
    explicit CallOperation(QObject* parent);

private:
    void send(const Step& step);
};

} // namespace citoyens
