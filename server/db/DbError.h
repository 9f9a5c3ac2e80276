#pragma once

#include <QString>

#include <stdexcept>

namespace citoyens::server {

// A database failure that a handler cannot recover from. The router turns it into a 500
// (logged with the request id); bad input never raises it.
//
// The message is what gets logged, so it holds only what cannot leak a stored or bound value:
// the statement as written (placeholders, never the values), the error class and the
// driver's error code (SQLSTATE on PostgreSQL, the result code on SQLite). Never the
// database's own text: PostgreSQL's says `DETAIL: Key (email)=(x@y) already exists`.
class DbError : public std::runtime_error
{
public:
    explicit DbError(const QString& message, QString code = {})
        : std::runtime_error(message.toStdString())
        , m_code(std::move(code))
    { }

    // SQLSTATE (PostgreSQL, e.g. "23505") or the SQLite result code; empty when unknown.
    const QString& code() const { return m_code; }

private:
    QString m_code;
};

} // namespace citoyens::server
