#!/usr/bin/env bash
# Fills a store with national-scale data (README, "National scale"): 150 partnerships, 3,000 agencies, 24,000 schools,
# three yearly Section 11 rounds, two schools' rounds and a risk register per partnership, the same for the same seed.
# Into ./data-national (JOINTBOARD_DATA_DIR), or a real MongoDB (MONGODB_URI); the store must be empty.
# Sizes: --jointboard.generate.partnerships=, .agencies=, .schools=, .section11-cycles=, .school-cycles=, .risks=, .seed=
set -euo pipefail
cd "$(dirname "$0")"
. scripts/find-jdk.sh
find_jdk
if [ ! -f backend/target/backend.jar ]; then
  ./mvnw -B -q -pl backend -am package -DskipTests
fi
export JOINTBOARD_DATA_DIR="${JOINTBOARD_DATA_DIR:-data-national}"
exec "$JAVA_HOME/bin/java" ${GENERATE_JAVA_OPTS:--Xmx1g} -jar backend/target/backend.jar \
  --jointboard.generate.enabled=true --jointboard.demo-data.enabled=false --server.port=0 \
  --jointboard.notification.schedule=- --jointboard.retention.schedule=- "$@"
