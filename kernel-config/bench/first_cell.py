"""Kernel start to the first executed lamp cell, as a notebook reader meets it.

  first_cell.py [--kernel-name lamp] [--runs 2] [--read 0,4] [--json FILE]

For each reading time (seconds between the kernel's ready reply and the cell) and each run: starts the
installed kernel through jupyter_client, times its start to the kernel_info reply, waits the reading time,
then runs one cell that builds ξ of 1000 × 784 random signs and integrates (M2) to its fixed point as the
benchmark m2Integrate does (RK4, dt = 0.05), and times the cell from request to reply; the cell prints the
integration's own time. The kernel is shut down after each run. JUPYTER_PATH must lead to the kernelspec.
Prints one table row per reading time (median over the runs, and the range).
"""
import argparse
import json
import queue
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

CELL = r"""
import java.util.SplittableRandom;
import lamp.dynamics.*;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import lamp.network.Network;
SplittableRandom random = new SplittableRandom(6);
double[] signs = new double[1000 * 784];
for (int i = 0; i < signs.length; i++) signs[i] = random.nextBoolean() ? 1 : -1;
Memories xi = Memories.of(1000, 784, signs);
Network network = Network.builder(xi).featureLagrangian(Lagrangians.identity())
        .hiddenLagrangian(Lagrangians.logSumExp(0.05)).tauFeature(1).tauHidden(0.1).build();
double[] probe = xi.row(0).clone();
for (int i = 0; i < probe.length; i++) if (random.nextDouble() < 0.2) probe[i] = -probe[i];
long integrationStart = System.nanoTime();
Trajectory run = Simulation.of(network).integrator(Integrator.RUNGE_KUTTA).step(0.05)
        .stopAtFixedPoint(1e-6).duration(50).sampleEvery(1).run(network.adiabaticState(probe));
System.out.println("integration_ms=" + (System.nanoTime() - integrationStart) / 1e6 + " stop=" + run.stopReason());
"""


def stream(kc, msg_id, wait):
    """The text of one stream message for msg_id on iopub, if one arrives within wait seconds, else ""."""
    try:
        m = kc.get_iopub_msg(timeout=wait)
    except queue.Empty:
        return ""
    if (m.get("parent_header") or {}).get("msg_id") == msg_id and m["msg_type"] == "stream":
        return m["content"]["text"]
    return ""


def run_cell(kc, code, timeout=300):
    msg_id = kc.execute(code, allow_stdin=False)
    start = time.monotonic()
    out, reply = "", None
    while time.monotonic() - start < timeout and reply is None:
        out += stream(kc, msg_id, 0.02)
        try:
            r = kc.get_shell_msg(timeout=0.005)
            if (r.get("parent_header") or {}).get("msg_id") == msg_id:
                reply = r["content"]
        except queue.Empty:
            pass
    seconds = time.monotonic() - start
    if reply is None or reply.get("status") != "ok":
        raise SystemExit("first_cell: the cell failed: %s" % (reply or "no reply within %d s" % timeout))
    # the output may still be on its way after the reply
    deadline = time.monotonic() + 5
    while "integration_ms=" not in out and time.monotonic() < deadline:
        out += stream(kc, msg_id, 0.1)
    return seconds, out


def one_run(name, read):
    km = KernelManager(kernel_name=name)
    start = time.monotonic()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        ready = time.monotonic() - start
        time.sleep(read)
        cell, out = run_cell(kc, CELL)
        line = [w for w in out.split() if w.startswith("integration_ms=")]
        if not line or "stop=FIXED_POINT" not in out:
            raise SystemExit("first_cell: unexpected cell output %r" % out)
        return ready, cell, float(line[0].split("=")[1]) / 1000
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


def spread(values):
    return "%.2f s (%.2f–%.2f)" % (statistics.median(values), min(values), max(values))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kernel-name", default="lamp")
    p.add_argument("--runs", type=int, default=2)
    p.add_argument("--read", default="0,4", help="seconds of reading before the cell, comma-separated")
    p.add_argument("--json")
    a = p.parse_args()
    rows = {}
    for read in [float(x) for x in a.read.split(",")]:
        results = [one_run(a.kernel_name, read) for _ in range(a.runs)]
        rows[read] = results
        print("first_cell: read %.0f s: %s" % (read, results), file=sys.stderr, flush=True)
    print("| reading before the cell | kernel ready | first cell (request to reply) | its integration |")
    print("|---:|---:|---:|---:|")
    for read, results in rows.items():
        print("| %.0f s | %s | %s | %s |" % (read, spread([r[0] for r in results]), spread([r[1] for r in results]),
                                            spread([r[2] for r in results])))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({str(k): v for k, v in rows.items()}, f, indent=1)


if __name__ == "__main__":
    main()
