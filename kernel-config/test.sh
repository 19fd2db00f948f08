#!/usr/bin/env bash
# Runs every check lamp has, in order, stopping at the first failure:
#   1. unit tests (mvn test)
#   2. kernel install + executing every notebook (./kernel-config/run-notebooks.sh, LAMP_SIZE=quick)
#   3. the browser check: HTML renders opened in headless Chromium (images decode, tables present,
#      equations typeset), screenshots into build/notebooks/screenshots/
#   4. the platform's own tests: kernelspecs for IJava/JJava, and that bad input and faults end with a
#      clear message and leave nothing half-installed
#   5. the live kernel test, on JDK 17 and on a JDK 25 (Temurin's, under /usr/lib/jvm): 30 consecutive
#      starts through jupyter_client, interrupts, and a notebook server on 127.0.0.1 driven in headless
#      Chromium (Run All, interrupts, 5 restarts); figures in build/kernel-live/
#
#   ./kernel-config/test.sh              # everything
#   ./kernel-config/test.sh --skip-unit  # steps 2-5 only (e.g. right after 'mvn test')
#
# Environment: LAMP_LIVE_JDKS (JAVA_HOMEs for step 5, space-separated; default: the JDK lamp uses plus a
# Temurin 25 under /usr/lib/jvm), LAMP_LIVE_STARTS (default 30).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

unit=1
for a in "$@"; do
  case "$a" in
    --skip-unit) unit=0 ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$a'" "Use --skip-unit or no option." ;;
  esac
done

export LAMP_SIZE="${LAMP_SIZE:-quick}"
started=$SECONDS
timing=()
phase() { timing+=("$(printf '%-28s %4ds' "$1" "$2")"); }

if ((unit)); then
  step "1/5 unit tests (mvn test)"
  t=$SECONDS
  java_bin="$(find_java)"
  export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$java_bin")")}"
  find_mvn >/dev/null
  run_mvn test \
    || die "unit tests failed (see above; reports in target/surefire-reports/)."
  say "unit tests passed"
  phase "unit tests" $((SECONDS - t))
fi

step "2/5 kernel install and notebook execution"
t=$SECONDS
"$LAMP_KC/run-notebooks.sh"
phase "install + notebooks" $((SECONDS - t))

step "3/5 browser check (headless Chromium)"
t=$SECONDS
py="$(need_python selenium)"
"$py" "$LAMP_KC/browser_check.py" --out "$LAMP_ROOT/build/notebooks"
"$py" "$LAMP_KC/browser_check.py" --out "$LAMP_ROOT/build/notebooks" --self-test
phase "browser check" $((SECONDS - t))

step "4/5 platform tests (kernelspecs, bad input, faults)"
t=$SECONDS
"$LAMP_KC/tests/platform-tests.sh"
phase "platform tests" $((SECONDS - t))

step "5/5 live kernel test (starts, interrupts, a notebook server in headless Chromium)"
t=$SECONDS
default_home="$(dirname "$(dirname "$(find_java)")")"
if [[ -n "${LAMP_LIVE_JDKS:-}" ]]; then
  read -r -a live_jdks <<<"$LAMP_LIVE_JDKS"
else
  live_jdks=("$default_home")
  jdk25="$(compgen -G "/usr/lib/jvm/temurin-25*" | head -1 || true)"
  if [[ -n "$jdk25" && -x "$jdk25/bin/java" ]]; then
    live_jdks+=("$jdk25")
  elif [[ "${CI:-}" == true ]]; then
    die "no Temurin 25 under /usr/lib/jvm: the live kernel test must run on JDK 17 and 25." \
      "Install one, or name the JDKs in LAMP_LIVE_JDKS."
  else
    say "WARNING: no Temurin 25 under /usr/lib/jvm; the live kernel test runs on $default_home only" \
      "(name JDKs in LAMP_LIVE_JDKS)"
  fi
fi
live_tmp="$(mktemp -d "${TMPDIR:-/tmp}/lamp-live-kernels.XXXXXX")"
trap 'rm -rf "$live_tmp"' EXIT
mkdir -p "$LAMP_ROOT/build/kernel-live"
py="$(need_python jupyter_client nbformat notebook selenium)"
for home in "${live_jdks[@]}"; do
  version="$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -1)"
  [[ -n "$version" ]] || die "LAMP_LIVE_JDKS: '$home' has no working bin/java."
  name="lamp-live-jdk$version"
  JAVA_HOME="$home" "$LAMP_KC/install.sh" --prefix "$live_tmp" --name "$name" --skip-build --no-check \
    2>"$live_tmp/install-$version.log" \
    || die "installing the kernel on JDK $version ($home) failed:" "$(cat "$live_tmp/install-$version.log")"
  JUPYTER_PATH="$live_tmp/share/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}" "$py" "$LAMP_KC/tests/live_kernel.py" \
    --kernel-name "$name" --label "JDK $version ($(basename "$home"))" --starts "${LAMP_LIVE_STARTS:-30}" \
    --json "$LAMP_ROOT/build/kernel-live/jdk$version.json" \
    || die "the live kernel test failed on JDK $version (see above)."
done
phase "live kernel test" $((SECONDS - t))

say "all checks passed in $((SECONDS - started)) s"
for line in "${timing[@]}"; do printf '       %s\n' "$line" >&2; done
