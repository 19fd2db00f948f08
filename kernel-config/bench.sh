#!/usr/bin/env bash
# lamp's benchmark suite against NumPy on the same work, in one run:
#   kernel-config/bench.sh                full run (about 6 minutes on 2 cores)
#   kernel-config/bench.sh --quick        shorter warm-up and measurement (about 4 minutes)
#   kernel-config/bench.sh damSweep ...   only the named cases (names as in the table)
#   kernel-config/bench.sh --cold         the first five calls in fresh JVMs (JMH single-shot, 2 forks per pass)
#                                         against the first five in fresh NumPy processes: what a notebook meets;
#                                         then, if lamp's kernel is installed, kernel start to the first lamp cell
#                                         (kernel-config/bench/first_cell.py)
# Builds lamp with the `bench` Maven profile; then, case by case, runs the JMH benchmark
# (src/jmh/java/lamp/bench/LampBench.java) and right after it the same work in NumPy
# (kernel-config/bench/numpy_bench.py, Debian's /usr/bin/python3), alternating twice, so both sides
# of a ratio see the same machine load; finally prints the table of lamp time, NumPy time (each the
# best measurement round) and their ratio per case. BENCH_PASSES=N changes the number of passes.
# Results land in target/bench/results/. Exit status 2 when a ratio is below its target.
# LAMP_BENCH_JVM_ARGS is passed to the benchmark JVMs, e.g. "-Dlamp.blas=java" for the Java kernels.
# Needs: JDK 17, Maven, and the apt packages libopenblas0 python3-numpy (see docs/PERFORMANCE.md).
set -euo pipefail
cd "$(dirname "$0")/.."

ALL=("matvecPair[1000]" "matvecPair[60000]" "retrieval[64]" "retrieval[256]" "fusedRhs[60000]" "modernUpdate[60000]"
     "retrieval32[256]" "damSweep" "m2Rhs" "m2Integrate" "capacityPoint" "kanjiUpdate" "kanjiSweep")
quick=0
cold=0
cases=()
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    --cold) cold=1 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) cases+=("$arg") ;;
  esac
done
COLD=("m2Integrate" "fusedRhs[60000]" "retrieval[256]")
if [ ${#cases[@]} -eq 0 ]; then
  if [ "$cold" = 1 ]; then cases=("${COLD[@]}"); else cases=("${ALL[@]}"); fi
fi

PY=/usr/bin/python3   # Debian's python3-numpy links the system BLAS; a pyenv python first on PATH may not
if ! "$PY" -c 'import numpy' 2>/dev/null; then
  echo "bench: $PY cannot import numpy; install it with: apt-get install -y python3-numpy libopenblas0" >&2
  exit 1
fi

out=target/bench/results
rm -rf "$out"
mkdir -p "$out"
echo "bench: building lamp with the bench profile" >&2
mvn -q -B -Pbench -DskipTests compile
mvn -q -B -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt >/dev/null
cp="target/bench/classes:$(cat target/bench/classpath.txt)"

# Some machines set OPENBLAS_CORETYPE (and OPENBLAS_L2_SIZE) so that older OpenBLAS builds pick a safe
# kernel; on a current OpenBLAS they select a slower one. Each benchmark command below (lamp's JMH JVMs
# and NumPy) runs with both unset, in that command alone: nothing is exported, and tests and CI keep
# them. Both sides then run the kernel OpenBLAS picks itself, which the table names.
bench_env=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE)
if [ -n "${OPENBLAS_CORETYPE:-}${OPENBLAS_L2_SIZE:-}" ]; then
  echo "bench: OPENBLAS_CORETYPE='${OPENBLAS_CORETYPE:-}' OPENBLAS_L2_SIZE='${OPENBLAS_L2_SIZE:-}' are unset for the benchmark commands" >&2
fi
core=$("${bench_env[@]}" "$PY" -c 'import sys; sys.path.insert(0, "kernel-config/bench"); import numpy_bench; print(numpy_bench.openblas_core())')

jvm_args=(${LAMP_BENCH_JVM_ARGS:-})
# the same module flag as the JMH forks (LampBench's @Fork) and lamp's kernel
"${bench_env[@]}" java --add-modules jdk.incubator.vector "${jvm_args[@]}" -cp "$cp" lamp.bench.BenchInfo "$core" > "$out/lamp-info.json" 2> >(grep -v "Using incubator modules" >&2)
echo "bench: lamp backend $(cat "$out/lamp-info.json")" >&2
echo "bench: load before the run: $(uptime)" >&2

jmh_opts=()
np_opts=()
[ ${#jvm_args[@]} -gt 0 ] && jmh_opts+=(-jvmArgsAppend "${jvm_args[*]}")
if [ "$quick" = 1 ]; then
  jmh_opts+=(-wi 2 -w 1 -i 2 -r 1)
  np_opts=(--quick)
fi

i=0
for case in "${cases[@]}"; do
  i=$((i + 1))
  name="${case%%[*}"
  param=""
  if [[ "$case" == *"["* ]]; then
    value="${case#*[}"; value="${value%]}"
    case "$name" in
      matvecPair|fusedRhs|modernUpdate) param="k=$value" ;;
      retrieval|retrieval32) param="batch=$value" ;;
      *) echo "bench: $case takes no parameter" >&2; exit 1 ;;
    esac
  fi
  bench_class=LampBench
  case "$name" in kanjiUpdate|kanjiSweep) bench_class=KanjiBench ;; esac   # notebook 08's 64×64 steps
  if [ "$cold" = 1 ]; then
    for pass in $(seq 1 "${BENCH_PASSES:-2}"); do
      echo "bench: $case: lamp, first 5 calls in 2 fresh JVMs, pass $pass" >&2
      "${bench_env[@]}" java -cp "$cp" org.openjdk.jmh.Main "${jmh_opts[@]}" -bm ss -tu ms -wi 0 -i 5 -f 2 ${param:+-p "$param"} \
        -rf json -rff "$out/jmh-cold-$i-$pass.json" "lamp.bench.$bench_class.$name\$" > "$out/jmh-cold-$i-$pass.log" 2>&1 \
        || { tail -30 "$out/jmh-cold-$i-$pass.log" >&2; exit 1; }
      for proc in 1 2; do
        echo "bench: $case: NumPy, first 5 calls in a fresh process ($pass.$proc)" >&2
        "${bench_env[@]}" "$PY" kernel-config/bench/numpy_bench.py --cold --only "$case" --out "$out/numpy-cold-$i-$pass-$proc.json"
      done
    done
    continue
  fi
  for pass in $(seq 1 "${BENCH_PASSES:-2}"); do
    echo "bench: $case: lamp (JMH), pass $pass" >&2
    "${bench_env[@]}" java -cp "$cp" org.openjdk.jmh.Main "${jmh_opts[@]}" ${param:+-p "$param"} -rf json -rff "$out/jmh-$i-$pass.json" \
      "lamp.bench.$bench_class.$name\$" > "$out/jmh-$i-$pass.log" 2>&1 || { tail -30 "$out/jmh-$i-$pass.log" >&2; exit 1; }
    grep -E '^(LampBench|KanjiBench)' "$out/jmh-$i-$pass.log" >&2 || true
    echo "bench: $case: NumPy, pass $pass" >&2
    "${bench_env[@]}" "$PY" kernel-config/bench/numpy_bench.py "${np_opts[@]}" --only "$case" --out "$out/numpy-$i-$pass.json"
  done
done

echo "bench: load after the run: $(uptime)" >&2
echo
status=0
if [ "$cold" = 1 ]; then
  "$PY" kernel-config/bench/numpy_bench.py --cold-report "$out" | tee "$out/cold-table.md" || status=$?
  # kernel start to the first executed lamp cell, when lamp's kernel is installed (kernel-config/install.sh)
  if "$PY" -c 'import sys; from jupyter_client.kernelspec import KernelSpecManager as M; sys.exit("lamp" not in M().find_kernel_specs())' 2>/dev/null; then
    echo
    echo "kernel start to the first lamp cell (kernelspec lamp; an (M2) integration, N_f = 784, N_h = 1000):"
    "$PY" kernel-config/bench/first_cell.py --kernel-name lamp --runs "${BENCH_PASSES:-2}" --json "$out/first-cell.json" \
      | tee "$out/first-cell.md" || status=$?
  else
    echo "bench: lamp's kernel is not installed (kernel-config/install.sh): kernel start to the first cell not measured" >&2
  fi
  exit $status
fi
"$PY" kernel-config/bench/numpy_bench.py --report "$out" | tee "$out/table.md" || status=$?
exit $status
