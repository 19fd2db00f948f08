"""Starts an installed lamp kernel, runs two cells and checks what comes back (called by install.sh).

  kernel_check.py --kernel-name lamp --expect rapaio|ijava|jjava

Passes when lamp is on the kernel's classpath, Notebook.kernel() names the expected kernel, a Tablesaw table
shown with Notebook.show() arrives as real HTML, and no stray text (logging, classpath listings) reaches the
cells. The kernel's own console output goes to a temporary log that is printed only on failure.
"""
import argparse
import os
import sys
import tempfile

from jupyter_client.manager import KernelManager

CELLS = [
    ("kernel", "lamp.display.Notebook.kernel()"),
    ("table", 'lamp.display.Notebook.show(tech.tablesaw.api.Table.create("check", '
              'tech.tablesaw.api.IntColumn.create("n", new int[] {1, 2})));'),
]


def run(kc, code, timeout):
    outputs = []
    reply = kc.execute_interactive(code, output_hook=outputs.append, timeout=timeout, allow_stdin=False)
    return reply, outputs


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kernel-name", required=True)
    p.add_argument("--expect", required=True)
    p.add_argument("--timeout", type=float, default=180, help="seconds per cell")
    p.add_argument("--startup-timeout", type=float,
                   default=float(os.environ.get("LAMP_KERNEL_STARTUP_TIMEOUT", "120")),
                   help="seconds to wait for the kernel to answer (default: $LAMP_KERNEL_STARTUP_TIMEOUT or 120)")
    return check(p.parse_args())


def check(args):
    log = tempfile.NamedTemporaryFile(prefix="lamp-kernel-check-", suffix=".log", delete=False)
    km = KernelManager(kernel_name=args.kernel_name)
    problems = []
    try:
        try:
            km.start_kernel(stdout=log, stderr=log, cwd=tempfile.gettempdir())
        except Exception as e:  # missing kernelspec, java not executable, ...
            problems.append("the kernel could not be started: %s" % e)
            raise SystemExit
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=args.startup_timeout)
        except RuntimeError as e:
            problems.append("the kernel did not answer kernel_info (waited at most %.0f s): %s" % (args.startup_timeout, e))
            raise SystemExit
        for label, code in CELLS:
            try:
                reply, outputs = run(kc, code, args.timeout)
            except Exception as e:
                problems.append("cell '%s' did not finish: %r (kernel alive: %s)" % (label, e, km.is_alive()))
                break
            content = reply["content"]
            if content.get("status") != "ok":
                problems.append("cell '%s' failed: %s: %s" % (label, content.get("ename"), content.get("evalue")))
                continue
            rich = [m["content"] for m in outputs
                    if m["header"]["msg_type"] in ("execute_result", "display_data")]
            streams = [m["content"].get("text", "") for m in outputs if m["header"]["msg_type"] == "stream"]
            if any(s.strip() for s in streams):
                problems.append("cell '%s' printed stray text: %r" % (label, "".join(streams)[:300]))
            if label == "kernel":
                texts = " ".join(str(v) for r in rich for v in r.get("data", {}).values())
                if args.expect not in texts:
                    problems.append("Notebook.kernel() returned %r, expected %r" % (texts[:200], args.expect))
            else:
                html = " ".join(r.get("data", {}).get("text/html", "") for r in rich)
                if "<table" not in html:
                    problems.append("the table did not arrive as HTML; got %r" % rich)
        kc.stop_channels()
    except SystemExit:
        pass
    finally:
        try:
            km.shutdown_kernel(now=True)
        except Exception:
            pass
        log.close()

    if problems:
        for pr in problems:
            print("lamp: kernel check: " + pr, file=sys.stderr)
        with open(log.name, errors="replace") as f:
            tail = f.read()[-3000:]
        if tail.strip():
            print("lamp: kernel console output (last lines):\n" + tail, file=sys.stderr)
        os.unlink(log.name)
        return 1
    os.unlink(log.name)
    print("lamp: kernel check passed (%s kernel, lamp on the classpath, tables display as HTML)" % args.expect,
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
