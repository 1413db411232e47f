# Sourced by run.sh and bench.sh: JDK 25's ahead-of-time cache (JEP 483, 514), which keeps a service's classes loaded
# and linked from a training start, so later starts skip that work (the backend's start to healthy: 8.4 s -> 5.8 s here).
# Needs find-jdk.sh sourced first. Made once per build of the jar: the JDK ignores a cache made from another jar.

# aot_cache <jar> <log> <training arguments...>: prints the option that uses the jar's cache, making the cache first if
# it is missing or older than the jar; prints nothing on a JDK before 25 or if the training start fails.
aot_cache() {
  local jar=$1 log=$2; shift 2
  local cache="${jar%.jar}.aot"
  [ "$(jdk_feature_version "$JAVA_HOME")" -ge 25 ] 2>/dev/null || return 0
  if [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ]; then
    echo "  preparing $(basename "$jar")'s start-up cache (once per build; log in $log) ..." >&2
    rm -f "$cache"
    "$JAVA_HOME/bin/java" -Xmx512m -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh -jar "$jar" "$@" >"$log" 2>&1 || rm -f "$cache"
  fi
  [ -f "$cache" ] && echo "-XX:AOTCache=$cache"
  return 0
}
