# Sourced by run.sh and test.sh: exports JAVA_HOME pointing at a JDK 21 or newer.
# Looks at JAVA_HOME, then the java on PATH, then the JDKs installed in the usual system folders.

jdk_feature_version() { # $1 = a JDK home; prints its feature version (17, 21, 25, ...) or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -n 1
}

find_jdk() {
  local candidate version best="" best_version=0
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    version=$(jdk_feature_version "$candidate")
    [ -n "$version" ] || continue
    # the first acceptable one in the order above wins: JAVA_HOME and PATH are the user's choice
    if [ "$version" -ge 21 ]; then best="$candidate"; best_version=$version; break; fi
  done
  if [ -z "$best" ]; then
    echo "JointBoard needs a JDK 21 or newer: none found in JAVA_HOME, on PATH or under /usr/lib/jvm. Install one (for example Temurin 25) and set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
  echo "Using JDK $best_version at $JAVA_HOME" >&2
}
