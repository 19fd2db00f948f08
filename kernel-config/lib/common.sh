# Shared by the kernel-config scripts: repository root, messages, and finding Java, Maven and Jupyter.
# Source it; do not run it.

LAMP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LAMP_KC="$LAMP_ROOT/kernel-config"
LAMP_KERNEL_NAME_DEFAULT="lamp"

say()  { printf '%s\n' "lamp: $*" >&2; }
step() { printf '%s\n' "==> $*" >&2; }
die() {
  # die "what went wrong" "what to do"...
  printf '%s\n' "lamp: ERROR: $1" >&2
  shift
  local line
  for line in "$@"; do printf '%s\n' "       $line" >&2; done
  exit 1
}

# The java launcher lamp uses: $JAVA_HOME/bin/java if JAVA_HOME is set, else the first on PATH.
find_java() {
  local j=""
  if [[ -n "${JAVA_HOME:-}" ]]; then
    [[ -x "$JAVA_HOME/bin/java" ]] || die "JAVA_HOME is set to '$JAVA_HOME', which has no bin/java." \
      "Point JAVA_HOME at a JDK 17+ (e.g. /usr/lib/jvm/java-17-openjdk-amd64) or unset it."
    j="$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    j="$(command -v java)"
  fi
  [[ -n "$j" ]] || die "no Java found." \
    "lamp needs a JDK 17 or newer. On Debian/Ubuntu: sudo apt-get install openjdk-17-jdk-headless" \
    "or set JAVA_HOME to a JDK 17+ installation."
  j="$(readlink -f "$j")"
  local spec
  spec="$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -1)"
  [[ "$spec" =~ ^[0-9]+$ ]] || die "could not run '$j -version'." "Check the Java installation or set JAVA_HOME to a JDK 17+."
  (( spec >= 17 )) || die "Java $spec at $j is too old; lamp needs 17 or newer." \
    "Install openjdk-17-jdk-headless (Debian/Ubuntu) or point JAVA_HOME at a JDK 17+."
  local bindir; bindir="$(dirname "$j")"
  [[ -x "$bindir/javac" || -x "$bindir/jshell" ]] || die "$j is a JRE, not a JDK (no javac/jshell next to it)." \
    "The Java kernel runs JShell, which needs a full JDK: sudo apt-get install openjdk-17-jdk-headless"
  printf '%s\n' "$j"
}

# Maven: $MVN if set (e.g. a wrapper script), else mvn on PATH. LAMP_MAVEN_ARGS adds options to every
# call (e.g. "-o" offline, "-s settings.xml" for a mirror).
find_mvn() {
  local m="${MVN:-mvn}"
  command -v "$m" >/dev/null 2>&1 || die "Maven not found ('$m')." \
    "On Debian/Ubuntu: sudo apt-get install maven   (any Maven 3.6+ works), or set MVN to a Maven launcher."
  command -v "$m"
}

# A Python that can import every module given as an argument. Tried in order: $LAMP_PYTHON, the interpreter
# that runs the 'jupyter' command, /usr/bin/python3, python3 on PATH. (A pyenv or venv python3 first on
# PATH often lacks Jupyter; Debian's Jupyter lives under /usr/bin/python3.)
find_python() {
  local -a cands=()
  local py mods="$*"
  local code="import importlib,sys
for m in sys.argv[1:]: importlib.import_module(m)"
  if [[ -n "${LAMP_PYTHON:-}" ]]; then
    # An explicit choice is used as is, or not at all.
    if command -v "$LAMP_PYTHON" >/dev/null 2>&1 && "$LAMP_PYTHON" -c "$code" $mods >/dev/null 2>&1; then
      command -v "$LAMP_PYTHON"
      return 0
    fi
    return 1
  fi
  local jup
  if jup="$(command -v jupyter 2>/dev/null)"; then
    local shebang
    shebang="$(head -n1 "$jup" 2>/dev/null || true)"
    if [[ "$shebang" == '#!'* ]]; then
      shebang="${shebang#\#!}"
      # '#!/usr/bin/env python3' -> python3
      if [[ "$shebang" == */env\ * ]]; then shebang="${shebang##*/env }"; fi
      shebang="${shebang%% *}"
      cands+=("$shebang")
    fi
  fi
  cands+=(/usr/bin/python3 python3)
  for py in "${cands[@]}"; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c "$code" $mods >/dev/null 2>&1; then
      command -v "$py"
      return 0
    fi
  done
  return 1
}

need_python() {
  local py
  py="$(find_python "$@")" || die "no Python with the Jupyter modules ($*) found." \
    "On Debian/Ubuntu: sudo apt-get install jupyter-notebook jupyter-nbconvert python3-nbclient" \
    "or set LAMP_PYTHON to a python3 that has them${LAMP_PYTHON:+ (LAMP_PYTHON=$LAMP_PYTHON lacks them)}."
  printf '%s\n' "$py"
}

# Quiets Python's "frozen modules" debugger warning that some Debian Pythons print on every start.
export PYDEVD_DISABLE_FILE_VALIDATION=1

# Runs Maven quietly in batch mode. Maven 3.8 prints stray ANSI reset codes even with -q -B when its
# output is not a terminal; they are filtered out so logs stay readable. Keeps Maven's exit status.
run_mvn() {
  local m; m="$(find_mvn)"
  # shellcheck disable=SC2086
  "$m" -B -q -Dstyle.color=never -f "$LAMP_ROOT/pom.xml" ${LAMP_MAVEN_ARGS:-} "$@" 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g' >&2
  return "${PIPESTATUS[0]}"
}
