#!/usr/bin/env bash
# Runs every test of JointBoard: unit, GraphQL, store, UI, and the end-to-end tests against a real Keycloak.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/find-jdk.sh
find_jdk
exec ./mvnw -B verify "$@"
