#!/usr/bin/env bash
# Runs every test of JointBoard: unit, GraphQL, store, UI, and the end-to-end tests against a real Keycloak.
# The ui is built as ./run.sh builds it (production profile), so the browser tests and the accessibility crawl test
# the production build that people use.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/find-jdk.sh
find_jdk
exec ./mvnw -B -Pproduction verify "$@"
