#pragma once

// The people of the demo data (citoyens-server --demo-data) the tests sign in as.

#include <QString>

namespace demo {

inline const QString MarieEmail = QStringLiteral("marie.dupont@example.org");
inline const QString MariePassword = QStringLiteral("Citoyens-2026!");
// Must change his password at his first sign-in.
inline const QString JeanEmail = QStringLiteral("jean.martin@example.org");
inline const QString JeanPassword = QStringLiteral("puyenvelay");
// The agent of ROSIÈRES.
inline const QString AgentEmail = QStringLiteral("agent.rosieres@example.org");
inline const QString AgentPassword = QStringLiteral("Guichet-Rosieres-2026");

} // namespace demo
