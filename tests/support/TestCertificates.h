#pragma once

#include <QString>

// Writes a throw-away certificate authority (ca.pem, ca.key) and a server certificate it
// issued for 127.0.0.1 and localhost (server.pem, server.key), EC P-256, valid two days, into
// `dir`, with the openssl command. False with `*error` set when openssl fails.
bool makeTestCertificates(const QString& dir, const QString& caName, QString* error);
