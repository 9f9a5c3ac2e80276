#!/bin/sh
# lint-openapi.sh SOURCE_DIR BUILD_DIR — fails when the linter is missing: the contract is
# not checked otherwise. scripts/test installs it.
src=$1
build=$2
redocly=${CITOYENS_REDOCLY:-"$build/node/node_modules/.bin/redocly"}
if [ ! -x "$redocly" ]; then
    echo "Redocly CLI not found at $redocly: run scripts/test (it installs @redocly/cli@1.34.20)" >&2
    exit 1
fi
exec "$redocly" lint --config "$src/redocly.yaml" "$src/docs/api/openapi.yaml"
