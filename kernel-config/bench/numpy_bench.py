#!/usr/bin/python3
"""The lamp benchmark cases written plainly in NumPy, for the ratio table of kernel-config/bench.sh.

Every case does the same work as the JMH benchmark of the same name in
src/jmh/java/lamp/bench/LampBench.java: same shapes, same algorithm, same stopping rules. Run with
Debian's /usr/bin/python3 (its python3-numpy links the system libblas.so.3, i.e. OpenBLAS when
libopenblas0 is installed). Prints one JSON object: {"backend": ..., "cases": {name: seconds per op}}.

    /usr/bin/python3 numpy_bench.py [--quick] [--only NAME] [--out FILE]

With --report DIR it instead joins the JMH result files (DIR/jmh-*.json), the results of this
script (DIR/numpy-*.json) and lamp's backend line (DIR/lamp-info.json) into the ratio table
(Markdown) that bench.sh prints.
"""
import argparse
import json
import platform
import sys
import time

import numpy as np

N_F = 784


def blas_backend():
    """The BLAS library NumPy really loaded, read from this process's memory map."""
    libs = set()
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                path = line.split()[-1]
                if "blas" in path or "lapack" in path or "mkl" in path:
                    libs.add(path)
    except OSError:
        pass
    blas = sorted(p for p in libs if "blas" in p) or sorted(libs)
    name = "OpenBLAS" if any("openblas" in p for p in blas) else ("reference BLAS" if blas else "unknown")
    return "%s (numpy %s, %s)" % (name, np.__version__, ", ".join(blas) or "no BLAS library mapped")


def openblas_core():
    """The kernel OpenBLAS chose for this process (e.g. 'SkylakeX'), as threadpoolctl reports it."""
    try:
        from threadpoolctl import threadpool_info
        for info in threadpool_info():
            if info.get("internal_api") == "openblas":
                return info.get("architecture") or "unknown"
    except ImportError:
        pass
    import ctypes
    try:
        with open("/proc/self/maps") as maps:
            paths = sorted({line.split()[-1] for line in maps if "openblas" in line})
        for path in paths:
            fn = ctypes.CDLL(path).openblas_get_corename
            fn.restype = ctypes.c_char_p
            return fn().decode()
    except (OSError, AttributeError):
        pass
    return "unknown"


def pm1(rng, k, n):
    return rng.choice(np.array([-1.0, 1.0]), size=(k, n))


def softmax_rows(s, beta):
    s = beta * (s - s.max(axis=1, keepdims=True))
    np.exp(s, out=s)
    s /= s.sum(axis=1, keepdims=True)
    return s


def softmax(x, beta):
    e = np.exp(beta * (x - x.max()))
    return e / e.sum()


# --- cases -------------------------------------------------------------------------------------

def case_matvec_pair(k):
    rng = np.random.default_rng(1)
    xi = rng.standard_normal((k, N_F))
    g = rng.standard_normal(N_F)
    f = rng.standard_normal(k)

    def op():
        h = xi @ g          # ξg   (N_h)
        v = xi.T @ f        # ξᵀf  (N_f)
        return h, v
    return op


def case_retrieval(batch, k=60000, beta=0.05):
    rng = np.random.default_rng(2)
    xi = rng.standard_normal((k, N_F))
    q = rng.standard_normal((batch, N_F))
    inp = np.zeros(N_F)

    def op():
        p = softmax_rows(q @ xi.T, beta)   # softmax(β ξ q_b) for every query, B × K
        return p @ xi + inp                # ξᵀ softmax(...) + I, B × N_f
    return op


def case_fused_rhs(k):
    """One (M6) right-hand side: L_v = ½‖v‖² (g = v), L_h = Σ(h)₊³/3 (f = (h)₊²), I = 0, τ_f = 1."""
    rng = np.random.default_rng(6)
    xi = rng.standard_normal((k, N_F))
    v = rng.standard_normal(N_F)
    inp = np.zeros(N_F)
    tau_f = 1.0

    def op():
        h = xi @ v                      # ξg
        f = np.maximum(h, 0.0) ** 2     # F′(h)
        return (xi.T @ f - v + inp) / tau_f
    return op


def case_modern_update(k, beta=1.0):
    """One Model B update (M11) of a single query: ξᵀ softmax(βξq)."""
    rng = np.random.default_rng(7)
    xi = rng.standard_normal((k, N_F))
    q = rng.standard_normal(N_F)

    def op():
        return xi.T @ softmax(xi @ q, beta)
    return op


def dam_sweep(xi, sigma, m, power):
    """One asynchronous sweep of M9 with F = x^power, incremental overlaps m = ξσ (in place)."""
    flips = 0
    for i in range(sigma.shape[0]):
        x = xi[:, i]
        s = sigma[i]
        m0 = m - x * s
        diff = np.sum((m0 + x) ** power - (m0 - x) ** power)
        nxt = 1.0 if diff > 0 else (-1.0 if diff < 0 else s)
        if nxt != s:
            sigma[i] = nxt
            m += 2 * nxt * x
            flips += 1
    return flips


def corrupt(rng, pattern, fraction):
    s = pattern.copy()
    idx = rng.choice(s.shape[0], size=int(round(fraction * s.shape[0])), replace=False)
    s[idx] *= -1
    return s


def case_dam_sweep(k=1000, power=3, n=N_F, seed=3):
    rng = np.random.default_rng(seed)
    xi = pm1(rng, k, n)
    start = corrupt(rng, xi[0], 0.2)
    m_start = xi @ start

    def op():
        sigma = start.copy()
        m = m_start.copy()
        dam_sweep(xi, sigma, m, power)
        return sigma
    return op


def network(k, beta=0.05, tau_f=1.0, tau_h=0.1):
    rng = np.random.default_rng(4)
    xi = pm1(rng, k, N_F)
    inp = np.zeros(N_F)

    def rhs(y):
        v, h = y[:N_F], y[N_F:]
        g = v                                 # L_v = ½‖v‖²: g = v
        f = softmax(h, beta)                  # L_h = log-sum-exp: f = softmax(βh)
        dv = (xi.T @ f - v + inp) / tau_f
        dh = (xi @ g - h) / tau_h
        return np.concatenate([dv, dh])
    v0 = corrupt(rng, xi[0], 0.2)
    y0 = np.concatenate([v0, xi @ v0])
    return rhs, y0


def case_m2_rhs(k=1000):
    rhs, y0 = network(k)
    return lambda: rhs(y0)


def case_m2_integrate(k=1000, dt=0.05, tol=1e-6, t_max=50.0):
    rhs, y0 = network(k)

    def op():
        # Classical RK4 with a fixed step; after each step the flow speed ‖dy/dt‖∞ is checked.
        y, t = y0.copy(), 0.0
        while t < t_max:
            k1 = rhs(y)
            k2 = rhs(y + 0.5 * dt * k1)
            k3 = rhs(y + 0.5 * dt * k2)
            k4 = rhs(y + dt * k3)
            y = y + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
            t += dt
            if np.max(np.abs(rhs(y))) <= tol:
                break
        return y
    return op


def packed_sweep(cols, table_minus, table_both, sigma, m, n):
    """One asynchronous sweep of M9 in lamp's packed form (as lamp.limit.PackedDam): per state the K
    values E(m) = F(m+2) − F(m−2) and the sum of D⁻(m) = F(m) − F(m+2) come from tables over the integer
    overlaps; unit i keeps its sign when ΣD⁻ + Σ_{ξ_μi = σ_i} E ≥ 0, one dot of E with the 0/1 column i."""
    e = table_both[m + n]
    base = table_minus[m + n].sum()
    total = e.sum()
    flips = 0
    for i in range(n):
        p = cols[i] @ e
        if base + (p if sigma[i] > 0 else total - p) >= 0:
            continue
        sigma[i] = -sigma[i]
        m += np.where(cols[i] > 0, 2 * sigma[i], -2 * sigma[i]).astype(np.int64)
        e = table_both[m + n]
        base = table_minus[m + n].sum()
        total = e.sum()
        flips += 1
    return flips


def case_capacity(trials=8, k=1000, power=3, fraction=0.2, max_sweeps=20):
    """The best NumPy formulation found: memories drawn as random 64-bit words and unpacked to 0/1
    columns, integer overlaps, F's differences from tables, one BLAS dot per unit (packed_sweep); about
    20× faster than the float64 sweep of dam_sweep on the same trials."""
    rng = np.random.default_rng(5)
    n = N_F
    x = np.arange(-n - 2, n + 3, dtype=np.float64)
    fv = x ** power                       # exact integers in float64 up to 2^53
    table_minus = fv[2:-2] - fv[4:]       # D⁻(m) at index m + n, m = −n … n
    table_both = fv[4:] - fv[:-4]         # E(m)
    words = (n + 63) // 64

    def op():
        exact = 0
        for _ in range(trials):
            raw = rng.bit_generator.random_raw((k, words)).astype(np.uint64)
            bits = np.unpackbits(raw.view(np.uint8), axis=1, bitorder="little")[:, :n]   # K × N_f, 1 = +1
            cols = np.ascontiguousarray(bits.T, dtype=np.float64)                        # N_f × K
            xi = bits.astype(np.int64) * 2 - 1
            target = xi[rng.integers(k)]
            sigma = corrupt(rng, target, fraction)
            m = xi @ sigma
            for _ in range(max_sweeps):
                if packed_sweep(cols, table_minus, table_both, sigma, m, n) == 0:
                    break
            exact += bool(np.array_equal(sigma, target))
        return exact
    return op


def case_kanji_update(k=3000, n=4096, beta=1.0):
    """Notebook 08's largest Model B step: one update ξᵀ softmax(βξq) of ±1 patterns, K = 3000, N_f = 64·64."""
    rng = np.random.default_rng(11)
    xi = pm1(rng, k, n)
    q = corrupt(rng, xi[0], 0.2)

    def op():
        return xi.T @ softmax(xi @ q, beta)
    return op


def case_kanji_sweep(k=3000, n=4096, power=30):
    """Notebook 08's largest DAM step: one asynchronous sweep of M9 with F = x^30, K = 3000, N_f = 64·64."""
    return case_dam_sweep(k, power, n, seed=11)


CASES = [
    ("matvecPair", "1000", lambda: case_matvec_pair(1000)),
    ("matvecPair", "60000", lambda: case_matvec_pair(60000)),
    ("retrieval", "64", lambda: case_retrieval(64)),
    ("retrieval", "256", lambda: case_retrieval(256)),
    ("fusedRhs", "60000", lambda: case_fused_rhs(60000)),
    ("modernUpdate", "60000", lambda: case_modern_update(60000)),
    # lamp's side runs float32; NumPy's is the float64 retrieval[256] again, timed alongside it
    ("retrieval32", "256", lambda: case_retrieval(256)),
    ("damSweep", "", case_dam_sweep),
    ("m2Rhs", "", case_m2_rhs),
    ("m2Integrate", "", case_m2_integrate),
    ("capacityPoint", "", case_capacity),
    ("kanjiUpdate", "", case_kanji_update),
    ("kanjiSweep", "", case_kanji_sweep),
]


def measure(op, warmup_s, repeats, target_s):
    """Seconds per call: warm up, pick a call count that lasts about target_s, best of repeats."""
    end = time.perf_counter() + warmup_s
    calls, t0 = 0, time.perf_counter()
    while True:
        op()
        calls += 1
        if time.perf_counter() >= end:
            break
    per = (time.perf_counter() - t0) / calls
    number = max(1, int(target_s / per))
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _ in range(number):
            op()
        times.append((time.perf_counter() - t0) / number)
    return min(times)


# Lowest acceptable ratio (NumPy's time / lamp's time, i.e. lamp's throughput relative to NumPy's).
TARGETS = {"matvecPair": 0.9, "retrieval": 0.9, "damSweep": 1.0, "fusedRhs": 1.6, "modernUpdate": 1.6, "retrieval32": 1.8,
           "m2Integrate": 1.5, "capacityPoint": 2.0}
WHAT = {
    "matvecPair": "ξg and ξᵀf, N_f=784, N_h=%s",
    "retrieval": "Model B: ξᵀ softmax(β ξ Q), K=60000, batch %s",
    "fusedRhs": "M6 right-hand side, N_f=784, N_h=%s, L_h=Σ(h)₊³/3",
    "modernUpdate": "M11 update ξᵀ softmax(βξq), one query, K=%s, β=1",
    "retrieval32": "Model B batch %s, K=60000, lamp float32 vs NumPy float64",
    "damSweep": "DAM async sweep, N_f=784, K=1000, F=x³",
    "m2Rhs": "M2 right-hand side, N_f=784, N_h=1000",
    "m2Integrate": "M2 RK4 dt=0.05 to ‖ẏ‖∞≤1e-6 (t≈19.7)",
    "capacityPoint": "capacity point: 8 trials K=1000 N_f=784 x³, packed ±1 (NumPy: packed too)",
    "kanjiUpdate": "notebook 08: M11 update, one query, K=3000, N_f=4096 (64×64), β=1",
    "kanjiSweep": "notebook 08: DAM async sweep, K=3000, N_f=4096 (64×64), F=x³⁰",
}


def jmh_cases(paths):
    runs = []
    for path in paths:
        with open(path) as fh:
            runs += json.load(fh)
    cases = {}
    for run in runs:
        name = run["benchmark"].rsplit(".", 1)[-1]
        params = run.get("params") or {}
        key = name + ("[" + ",".join(params.values()) + "]" if params else "")
        metric = run["primaryMetric"]
        scale = {"s/op": 1.0, "ms/op": 1e-3, "us/op": 1e-6, "ns/op": 1e-9}[metric["scoreUnit"]]
        # the best measurement round, the statistic NumPy's side reports too (other processes on
        # the cores only ever add time, so the best round is the closest to the true cost)
        best = min([x for fork in metric.get("rawData", []) for x in fork] or [metric["score"]]) * scale
        cases[key] = min(best, cases.get(key, best))
    return cases


def report(folder):
    import glob
    import os
    lamp = jmh_cases(sorted(glob.glob(os.path.join(folder, "jmh-*.json"))))
    numpy = {"cases": {}}
    for path in sorted(glob.glob(os.path.join(folder, "numpy-*.json"))):
        with open(path) as fh:
            part = json.load(fh)
        numpy["backend"], numpy["python"], numpy["core"] = part["backend"], part["python"], part.get("core", "unknown")
        for key, sec in part["cases"].items():
            numpy["cases"][key] = min(sec, numpy["cases"].get(key, sec))
    order = [n + ("[" + p + "]" if p else "") for n, p, _ in CASES]
    numpy["cases"] = {k: numpy["cases"][k] for k in order if k in numpy["cases"]}
    with open(os.path.join(folder, "lamp-info.json")) as fh:
        info = json.load(fh)
    # the spread: each pass's ratio (its lamp run against the NumPy run beside it), lowest to highest
    passes = {}
    for path in sorted(glob.glob(os.path.join(folder, "jmh-*.json"))):
        tag = os.path.basename(path)[len("jmh-"):-len(".json")]
        other = os.path.join(folder, "numpy-%s.json" % tag)
        if not os.path.exists(other):
            continue
        with open(other) as fh:
            np_pass = json.load(fh)["cases"]
        for key, t in jmh_cases([path]).items():
            if key in np_pass:
                passes.setdefault(key, []).append(np_pass[key] / t)
    lines = [
        "lamp:  %s, single pass on %s, %s threads, %s, OpenBLAS core %s" % (
            info["backend"], info.get("fused", "?"), info["threads"], info["java"], info.get("core", "unknown")),
        "NumPy: %s, Python %s, OpenBLAS core %s" % (numpy.get("backend", "?"), numpy.get("python", "?"), numpy.get("core", "unknown")),
        "times: per side, the best measurement round (about 1 s each, after warm-up; lamp and NumPy alternate)",
        "ratio = NumPy time / lamp time (above 1: lamp is faster); spread: the lowest and highest ratio of one pass",
        "",
        "| case | work | lamp ms/op | NumPy ms/op | ratio | spread over passes | target | |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    missed = 0
    for key in [k for k in numpy["cases"] if k in lamp] + [k for k in lamp if k not in numpy["cases"]]:
        name, _, param = key.partition("[")
        param = param.rstrip("]")
        t_lamp, t_numpy = lamp[key], numpy["cases"].get(key)
        ratio = t_numpy / t_lamp if t_numpy else None
        target = TARGETS.get(name)
        ok = "" if target is None or ratio is None else ("met" if ratio >= target else "MISSED")
        missed += ok == "MISSED"
        what = WHAT.get(name, name)
        what = what % param if "%s" in what else what
        spread = passes.get(key, [])
        spread = "%.2f–%.2f× (%d)" % (min(spread), max(spread), len(spread)) if spread else "—"
        lines.append("| %s | %s | %.3f | %s | %s | %s | %s | %s |" % (
            key, what, t_lamp * 1e3, "%.3f" % (t_numpy * 1e3) if t_numpy else "—",
            "%.2f×" % ratio if ratio else "—", spread, "≥ %.1f×" % target if target else "—", ok))
    if "capacityPoint" in lamp and "capacityPoint" in numpy["cases"]:
        lines.append("")
        lines.append("capacity point: lamp %.0f trials/s, NumPy %.1f trials/s" % (
            8 / lamp["capacityPoint"], 8 / numpy["cases"]["capacityPoint"]))
    lines.append("")
    lines.append("all targets met" if missed == 0 else "%d target(s) MISSED" % missed)
    print("\n".join(lines))
    return 0 if missed == 0 else 2


# The cold table (bench.sh --cold): the first calls in a fresh process, what a notebook cell meets.
COLD_CALLS = 5
COLD_CASES = ("m2Integrate", "fusedRhs[60000]", "retrieval[256]")
# Targets of the cold table: over the first five calls lamp at least as fast as NumPy's first five, and no first
# call more than twice NumPy's first call.
COLD_RATIO, COLD_FIRST = 1.0, 2.0


def cold_calls(op, calls):
    """Milliseconds of each of the first `calls` calls of op in this (fresh) process."""
    times = []
    for _ in range(calls):
        t0 = time.perf_counter()
        op()
        times.append((time.perf_counter() - t0) * 1e3)
    return times


def cold_report(folder):
    """The cold table from target/bench/results/cold: JMH single-shot forks against fresh NumPy processes."""
    import glob
    import os
    import statistics
    lamp, numpy = {}, {}
    for path in sorted(glob.glob(os.path.join(folder, "jmh-cold-*.json"))):
        with open(path) as fh:
            for run in json.load(fh):
                name = run["benchmark"].rsplit(".", 1)[-1]
                params = run.get("params") or {}
                key = name + ("[" + ",".join(params.values()) + "]" if params else "")
                metric = run["primaryMetric"]
                scale = {"s/op": 1e3, "ms/op": 1.0, "us/op": 1e-3, "ns/op": 1e-6}[metric["scoreUnit"]]
                lamp.setdefault(key, []).extend([[x * scale for x in fork] for fork in metric["rawData"]])
    for path in sorted(glob.glob(os.path.join(folder, "numpy-cold-*.json"))):
        with open(path) as fh:
            part = json.load(fh)
        for key, calls in part["cases"].items():
            numpy.setdefault(key, []).append(calls)
    lines = [
        "first %d calls in a fresh process: lamp in JMH single-shot forks, NumPy in fresh Python processes (%s forks/processes)" % (
            COLD_CALLS, ", ".join("%s: %d/%d" % (k, len(lamp.get(k, [])), len(numpy.get(k, []))) for k in COLD_CASES)),
        "each column is the median over forks; 'calls 2–%d' is their sum; ratio = NumPy's %d calls / lamp's %d calls" % (
            COLD_CALLS, COLD_CALLS, COLD_CALLS),
        "",
        "| case | lamp 1st call | lamp calls 2–%d | NumPy 1st | NumPy 2–%d | ratio over %d calls | 1st call vs NumPy's | |" % (
            COLD_CALLS, COLD_CALLS, COLD_CALLS),
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    missed = 0
    for key in COLD_CASES:
        if key not in lamp or key not in numpy:
            continue
        lf = statistics.median(f[0] for f in lamp[key])
        lr = statistics.median(sum(f[1:]) for f in lamp[key])
        nf = statistics.median(c[0] for c in numpy[key])
        nr = statistics.median(sum(c[1:]) for c in numpy[key])
        ratio = (nf + nr) / (lf + lr)
        first = lf / nf
        ok = ratio >= COLD_RATIO and first <= COLD_FIRST
        missed += not ok
        lines.append("| %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.2f× | %.1f× | %s |" % (
            key, lf, lr, nf, nr, ratio, first, "met" if ok else "MISSED"))
    lines.append("")
    lines.append("targets: ratio ≥ %.1f×, 1st call ≤ %.0f× NumPy's 1st call" % (COLD_RATIO, COLD_FIRST))
    lines.append("all cold targets met" if missed == 0 else "%d cold target(s) MISSED" % missed)
    print("\n".join(lines))
    return 0 if missed == 0 else 2


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--report":
        sys.exit(report(sys.argv[2]))
    if len(sys.argv) == 3 and sys.argv[1] == "--cold-report":
        sys.exit(cold_report(sys.argv[2]))
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="short warm-up and measurement")
    ap.add_argument("--only", default=None, help="run only the case with this name, e.g. damSweep or retrieval[64]")
    ap.add_argument("--out", default=None)
    ap.add_argument("--cold", action="store_true",
                    help="time the first %d calls of each case in this process instead of the steady state" % COLD_CALLS)
    args = ap.parse_args()
    if args.cold:
        result = {"backend": blas_backend(), "python": platform.python_version(), "cases": {}}
        for name, param, make in CASES:
            key = name + ("[" + param + "]" if param else "")
            if (args.only and args.only not in (key, name)) or key not in COLD_CASES:
                continue
            op = make()
            result["cases"][key] = cold_calls(op, COLD_CALLS)
            print("numpy cold %-18s %s ms" % (key, " ".join("%.0f" % t for t in result["cases"][key])), file=sys.stderr, flush=True)
            del op
        with open(args.out, "w") as fh:
            fh.write(json.dumps(result, indent=2) + "\n")
        return
    warmup, repeats, target = (0.5, 3, 0.3) if args.quick else (2.0, 3, 1.0)
    result = {"backend": blas_backend(), "core": openblas_core(), "python": platform.python_version(), "cases": {}}
    for name, param, make in CASES:
        key = name + ("[" + param + "]" if param else "")
        if args.only and args.only not in (key, name):
            continue
        op = make()
        sec = measure(op, warmup, repeats, target)
        result["cases"][key] = sec
        print("numpy %-22s %12.4f ms/op" % (key, sec * 1e3), file=sys.stderr, flush=True)
        del op
    text = json.dumps(result, indent=2)
    if args.out:
        with open(args.out, "w") as fh:
            fh.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main()
