#pragma once

#include <QString>

#include <stdexcept>

namespace citoyens::server {

// A database failure that a handler cannot recover from. The router turns it into a 500
// (logged with the request id); bad input never raises it.
class DbError : public std::runtime_error
{
public:
    explicit DbError(const QString& message)
        : std::runtime_error(message.toStdString())
    { }
};

} // namespace citoyens::server
