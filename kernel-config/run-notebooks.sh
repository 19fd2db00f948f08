#!/usr/bin/env bash
# The main job: (re)installs the lamp kernel, then executes every notebook under notebooks/ headless and
# writes the executed notebooks plus an HTML render of each into build/notebooks/.
#
#   ./kernel-config/run-notebooks.sh                    # all notebooks, quick sizes
#   LAMP_SIZE=full ./kernel-config/run-notebooks.sh     # paper-size runs (minutes per notebook)
#   ./kernel-config/run-notebooks.sh 00-quickstart.ipynb   # just one
#   ./kernel-config/run-notebooks.sh --update           # also write the outputs back into notebooks/
#   ./kernel-config/run-notebooks.sh --no-install       # use the kernel as installed
#
# Environment: LAMP_SIZE=quick|full (default quick), LAMP_CELL_TIMEOUT (seconds per cell; default 900, 3600 at
# full size), LAMP_KERNEL (kernelspec name, default lamp), LAMP_PYTHON (python3 with nbclient and nbconvert).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

install=1
runner_args=()
for a in "$@"; do
  case "$a" in
    --no-install) install=0 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) runner_args+=("$a") ;;
  esac
done

case "${LAMP_SIZE:-quick}" in
  quick|full) ;;
  *) die "LAMP_SIZE is '${LAMP_SIZE}'." "Use LAMP_SIZE=quick (default) or LAMP_SIZE=full." ;;
esac
export LAMP_SIZE="${LAMP_SIZE:-quick}"

py="$(need_python nbclient nbformat nbconvert jupyter_client)"

kernel="${LAMP_KERNEL:-$LAMP_KERNEL_NAME_DEFAULT}"
if ((install)); then
  if [[ "$kernel" != "$LAMP_KERNEL_NAME_DEFAULT" ]]; then
    die "LAMP_KERNEL=$kernel: install that kernelspec yourself and pass --no-install."
  fi
  "$LAMP_KC/install.sh"
fi

step "executing notebooks"
exec "$py" "$LAMP_KC/run_notebooks.py" --root "$LAMP_ROOT" --kernel "$kernel" ${runner_args[@]+"${runner_args[@]}"}
