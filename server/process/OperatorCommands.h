#pragma once

namespace citoyens::server {

struct ServerConfig;

// The operator subcommands; each returns the process exit code.
namespace OperatorCommands {

int routes();
int migrate(const ServerConfig& config);
int userAdd(const ServerConfig& config);
// `catalogue import FILE`: the file (the JSON of GET /communes) becomes the catalogue.
int catalogueImport(const ServerConfig& config);

} // namespace OperatorCommands

} // namespace citoyens::server
