# shellcheck shell=bash
# Finds a JDK 21 or newer for o11y-shop. Sourced, not run:
#
#   source scripts/find-jdk.sh
#   find_jdk            # exports JAVA_HOME (for ./mvnw) and sets SHOP_JAVA; stops the script if none
#
# Looks, in this order, at $JAVA_HOME, the `java` on PATH, /usr/lib/jvm/*,
# /Library/Java/JavaVirtualMachines/*/Contents/Home, ~/.sdkman/candidates/java/*, ~/.jdks/*.

SHOP_MIN_JAVA=21

# Prints "<java.specification.version> <java.home>" for a java executable, or nothing.
_jdk_describe() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '
    /^ *java\.specification\.version = / { version = $2 }
    /^ *java\.home = / { home = $2 }
    END { if (version != "" && home != "") print version, home }' || true
}

_jdk_candidates() {
  [ -n "${JAVA_HOME:-}" ] && echo "$JAVA_HOME/bin/java"
  command -v java 2>/dev/null || true
  local dir
  for dir in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
             "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$dir/bin/java" ] && echo "$dir/bin/java"
  done
  return 0
}

find_jdk() {
  local java description version home found=""
  while IFS= read -r java; do
    [ -x "$java" ] || continue
    description="$(_jdk_describe "$java")"
    [ -n "$description" ] || continue
    version="${description%% *}"
    home="${description#* }"
    found="${found:+$found, }$version ($home)"
    # "1.8" and the like are older than any version with a one-number scheme
    if [[ "$version" =~ ^[0-9]+$ ]] && (( version >= SHOP_MIN_JAVA )) && [ -x "$home/bin/javac" ]; then
      export JAVA_HOME="$home"
      # shellcheck disable=SC2034 # for the scripts that source this file
      SHOP_JAVA="$home/bin/java"
      return 0
    fi
  done < <(_jdk_candidates)
  echo "o11y-shop needs a JDK $SHOP_MIN_JAVA or newer; found: ${found:-none}; install one or set JAVA_HOME" >&2
  exit 1
}
