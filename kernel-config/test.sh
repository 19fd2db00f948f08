#!/usr/bin/env bash
# Runs every check lamp has, in order, stopping at the first failure:
#   1. unit tests (mvn test)
#   2. kernel install + executing every notebook (./kernel-config/run-notebooks.sh, LAMP_SIZE=quick)
#   3. the browser check: HTML renders opened in headless Chromium (images decode, tables present,
#      equations typeset), screenshots into build/notebooks/screenshots/
#   4. the platform's own tests: kernelspecs for IJava/JJava, and that bad input and faults end with a
#      clear message and leave nothing half-installed
#
#   ./kernel-config/test.sh              # everything
#   ./kernel-config/test.sh --skip-unit  # steps 2-4 only (e.g. right after 'mvn test')
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

unit=1
for a in "$@"; do
  case "$a" in
    --skip-unit) unit=0 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$a'" "Use --skip-unit or no option." ;;
  esac
done

export LAMP_SIZE="${LAMP_SIZE:-quick}"
started=$SECONDS
timing=()
phase() { timing+=("$(printf '%-28s %4ds' "$1" "$2")"); }

if ((unit)); then
  step "1/4 unit tests (mvn test)"
  t=$SECONDS
  java_bin="$(find_java)"
  export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$java_bin")")}"
  find_mvn >/dev/null
  run_mvn test \
    || die "unit tests failed (see above; reports in target/surefire-reports/)."
  say "unit tests passed"
  phase "unit tests" $((SECONDS - t))
fi

step "2/4 kernel install and notebook execution"
t=$SECONDS
"$LAMP_KC/run-notebooks.sh"
phase "install + notebooks" $((SECONDS - t))

step "3/4 browser check (headless Chromium)"
t=$SECONDS
py="$(need_python selenium)"
"$py" "$LAMP_KC/browser_check.py" --out "$LAMP_ROOT/build/notebooks"
"$py" "$LAMP_KC/browser_check.py" --out "$LAMP_ROOT/build/notebooks" --self-test
phase "browser check" $((SECONDS - t))

step "4/4 platform tests (kernelspecs, bad input, faults)"
t=$SECONDS
"$LAMP_KC/tests/platform-tests.sh"
phase "platform tests" $((SECONDS - t))

say "all checks passed in $((SECONDS - started)) s"
for line in "${timing[@]}"; do printf '       %s\n' "$line" >&2; done
