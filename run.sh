#!/usr/bin/env bash
# Starts JointBoard on this machine: Keycloak (8180), backend (8080) and ui (8081). Ctrl-C stops all three.
# Ports: KEYCLOAK_PORT, BACKEND_PORT, UI_PORT. Data: ./data (backend store), Keycloak's own under keycloak/target.
# Set MONGODB_URI to use a real MongoDB instead of the embedded store.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
. scripts/find-jdk.sh
find_jdk || exit 1

KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-9000}
BACKEND_PORT=${BACKEND_PORT:-8080}
UI_PORT=${UI_PORT:-8081}
KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)
KC_HOME="$ROOT/keycloak/target/keycloak-$KEYCLOAK_VERSION"
RUN_DIR="$ROOT/.run"
mkdir -p "$RUN_DIR"
export VAADIN_USAGE_STATS_ENABLED=false

fail() { echo "run.sh: $*" >&2; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for spec in "Keycloak:$KEYCLOAK_PORT:KEYCLOAK_PORT" "Keycloak management:$KEYCLOAK_MANAGEMENT_PORT:KEYCLOAK_MANAGEMENT_PORT" \
            "backend:$BACKEND_PORT:BACKEND_PORT" "ui:$UI_PORT:UI_PORT"; do
  IFS=: read -r what port var <<<"$spec"
  port_in_use "$port" && fail "port $port (for the $what) is already in use: stop whatever uses it (is JointBoard already running?) or start with $var=<free port>."
done

echo "Building JointBoard (first time: downloads Keycloak and dependencies; log in .run/build.log) ..."
if ! ./mvnw -B -q -DskipTests -Pproduction package >"$RUN_DIR/build.log" 2>&1; then
  tail -n 30 "$RUN_DIR/build.log" >&2
  fail "the build failed: see .run/build.log (above are its last lines)."
fi
[ -x "$KC_HOME/bin/kc.sh" ] || fail "Keycloak was not unpacked to $KC_HOME: run ./mvnw -pl keycloak generate-resources and look at its output."

PIDS=()
stop_all() {
  trap - INT TERM EXIT
  if [ ${#PIDS[@]} -gt 0 ]; then
    echo; echo "Stopping JointBoard ..."
    for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}"; do
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -KILL -- "-$pid" 2>/dev/null || true
    done
    echo "Stopped."
  fi
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

start() { # name, log, command...: starts in its own process group so that stopping reaches its children too
  local name=$1 log=$2; shift 2
  setsid "$@" >"$log" 2>&1 &
  PIDS+=($!)
  eval "${name}_PID=$! ${name}_STARTED=$SECONDS"
}

wait_for() { # name, url, timeout seconds, pid, second it was launched
  local name=$1 url=$2 timeout=$3 pid=$4 started=$5
  while ! curl -fsS -o /dev/null "$url" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || fail "the $name stopped while starting: see .run/$name.log (last lines: $(tail -n 3 "$RUN_DIR/$name.log" | tr '\n' ' '))"
    [ $((SECONDS - started)) -ge "$timeout" ] && fail "the $name did not become healthy within ${timeout}s: see .run/$name.log."
    sleep 1
  done
  echo "  $name ready $((SECONDS - started))s after launch"
}

mkdir -p "$KC_HOME/data/import"
cp keycloak/realm/jointboard-realm.json "$KC_HOME/data/import/"
echo "Starting Keycloak on $KEYCLOAK_PORT, backend on $BACKEND_PORT, ui on $UI_PORT ..."
start keycloak "$RUN_DIR/keycloak.log" "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
  --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --hostname="http://localhost:$KEYCLOAK_PORT" --import-realm --health-enabled=true
start backend "$RUN_DIR/backend.log" env KEYCLOAK_PORT="$KEYCLOAK_PORT" BACKEND_PORT="$BACKEND_PORT" \
  "$JAVA_HOME/bin/java" ${BACKEND_JAVA_OPTS:--Xmx512m} -jar backend/target/backend.jar
start ui "$RUN_DIR/ui.log" env KEYCLOAK_PORT="$KEYCLOAK_PORT" BACKEND_PORT="$BACKEND_PORT" UI_PORT="$UI_PORT" \
  "$JAVA_HOME/bin/java" -jar ui/target/ui.jar

wait_for backend "http://127.0.0.1:$BACKEND_PORT/actuator/health" 120 "$backend_PID" "$backend_STARTED"
wait_for ui "http://127.0.0.1:$UI_PORT/actuator/health" 120 "$ui_PID" "$ui_STARTED"
wait_for keycloak "http://127.0.0.1:$KEYCLOAK_PORT/realms/jointboard/.well-known/openid-configuration" 240 "$keycloak_PID" "$keycloak_STARTED"

cat <<EOT

JointBoard is running.
  Open        http://localhost:$UI_PORT
  GraphQL API http://localhost:$BACKEND_PORT/graphql   (token: see README, "Calling the API")
  Keycloak    http://localhost:$KEYCLOAK_PORT          (realm jointboard)
Demo logins (password "demo" for each):
  admin (board business unit, all five partnerships)   chair (independent chair, Wolverhampton)
  exec (executive group, Wolverhampton)                police.lead (West Midlands Police: Wolverhampton, Walsall)
  health.lead (Royal Wolverhampton NHS Trust)          school.dsl (Demo Park Primary)
  viewer (lay member, Wolverhampton)
Logs in .run/. Press Ctrl-C to stop all three.
EOT

while true; do
  for pid in "${PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "run.sh: a process stopped unexpectedly; see the logs in .run/. Stopping the others." >&2; exit 1; }
  done
  sleep 2
done
