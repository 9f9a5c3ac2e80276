#pragma once

#include <QtGlobal>

namespace citoyens::server {

// The bounds of the transport. Every one of them is what a hostile client would otherwise
// be free to take: connections, bytes held, time.
struct HttpLimits
{
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 32; // per IPv4 address or IPv6 /64; trusted proxies are not counted
    // From this share of maxConnections on, the server is under pressure: a TLS connection
    // that has not sent a byte of its handshake after handshakeStartMs is closed. When the
    // table is full, a newcomer takes the place of the least advanced connection
    // (HttpServer::Stage), the oldest first.
    int pressurePercent = 75;
    int handshakeStartMs = 1'000;
    int handshakeTimeoutMs = 10'000;
    int headTimeoutMs = 10'000; // from a request's first byte to the end of its head
    int bodyTimeoutMs = 30'000; // longest wait for the next bytes of a body
    int keepAliveTimeoutMs = 30'000; // longest silence between two requests
    int lingerMs = 2'000; // after an answer that closes the connection, unread input is drained this long
    qint64 maxBufferedResponseBytes = 1024 * 1024; // the next pipelined request waits until the client reads
    qint64 bodyBudgetBytes = 256 * 1024 * 1024; // large bodies held in memory at once, all connections
    qint64 smallBodyBytes = 64 * 1024; // bodies up to this size are not counted in the budget
    int ioThreads = 0; // threads that own connections (TLS, parsing, quick reads); 0: one per core
};

} // namespace citoyens::server
