"""Executes lamp's notebooks headless through the installed kernel and renders each to HTML.

  run_notebooks.py [--kernel lamp] [--src notebooks] [--out build/notebooks] [--update] [NOTEBOOK ...]

Every notebook under --src (or the ones named) runs top to bottom in a fresh kernel, in its own folder, with
the environment of this process (so LAMP_SIZE=quick|full reaches Notebook.size()). For each notebook the
executed copy goes to OUT/<name>.ipynb and an HTML render to OUT/<name>.html; equations in the render use a
local MathJax (Debian's libjs-mathjax) so they render offline. --update also writes the outputs back into the
source notebooks (that is how the committed notebooks get their outputs).

Each kernel is started here and must answer within --startup-timeout seconds (one start, no retry), then
nbclient runs the cells in it, and the kernel is asked to shut down. A full run of lamp's own notebooks first
empties the claims ledger, through lamp itself (lamp.verify.Claims.clear() in a kernel started in the notebooks'
folder), so the ledger rule (-Dlamp.ledger, $LAMP_LEDGER, the project's build/claims) lives in Java only.

Stops at the first failure with the notebook, the cell and the error; the partly executed notebook is kept as
OUT/<name>.FAILED.ipynb and the kernel's console output as OUT/logs/<name>.log.
"""
import argparse
import asyncio
import glob
import os
import shutil
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from jupyter_client.kernelspec import NoSuchKernel
from jupyter_client.manager import AsyncKernelManager

MATHJAX_DIRS = ["/usr/share/javascript/mathjax", "/usr/share/nodejs/mathjax", "/usr/share/mathjax"]
REQUIREJS = ["/usr/share/javascript/requirejs/require.min.js", "/usr/share/javascript/requirejs/require.js"]
MATHJAX_CONFIG = "TeX-AMS_CHTML-full,Safe"


class Failure(Exception):
    pass


def find_notebooks(src, names):
    if names:
        found = []
        for n in names:
            path = n if os.path.exists(n) else os.path.join(src, n)
            if not os.path.isfile(path):
                raise Failure("no notebook '%s' (looked in %s)" % (n, src))
            found.append(os.path.abspath(path))
        return found
    paths = [p for p in glob.glob(os.path.join(src, "**", "*.ipynb"), recursive=True)
             if ".ipynb_checkpoints" not in p]
    # by name, except that a notebook which reads the claims ledger (metadata lamp.reads_ledger, the
    # reproduction summary) runs after every notebook that writes to it
    return sorted((os.path.abspath(p) for p in paths), key=lambda p: (reads_ledger(p), p))


def reads_ledger(path):
    """Whether the notebook's metadata says it reads the claims the other notebooks write."""
    import json
    try:
        with open(path, encoding="utf-8") as fh:
            return bool(json.load(fh).get("metadata", {}).get("lamp", {}).get("reads_ledger", False))
    except (OSError, ValueError):
        return False


def prepare_static(out):
    """Links a local MathJax and require.js into OUT/_static; returns (mathjax_url, require_url)."""
    static = os.path.join(out, "_static")
    os.makedirs(static, exist_ok=True)
    mathjax_url = None
    mj_dir = os.environ.get("LAMP_MATHJAX_DIR") or next(
        (d for d in MATHJAX_DIRS if os.path.isfile(os.path.join(d, "MathJax.js"))), None)
    link = os.path.join(static, "mathjax")
    if mj_dir and os.path.isfile(os.path.join(mj_dir, "MathJax.js")):
        if os.path.islink(link) or os.path.exists(link):
            if os.path.islink(link):
                os.unlink(link)
            else:
                shutil.rmtree(link)
        os.symlink(os.path.abspath(mj_dir), link)
        mathjax_url = "_static/mathjax/MathJax.js?config=" + MATHJAX_CONFIG
    else:
        print("lamp: WARNING: no local MathJax found (install libjs-mathjax, or set LAMP_MATHJAX_DIR); "
              "equations in the HTML renders will need the network.", file=sys.stderr)
    require_url = None
    req = next((r for r in REQUIREJS if os.path.isfile(r)), None)
    if req:
        shutil.copyfile(req, os.path.join(static, "require.min.js"))
        require_url = "_static/require.min.js"
    return mathjax_url, require_url


def render_html(nb, path, mathjax_url, require_url):
    from nbconvert import HTMLExporter
    exporter = HTMLExporter(template_name="lab")
    if mathjax_url:
        exporter.mathjax_url = mathjax_url
    if require_url:
        exporter.require_js_url = require_url
    body, _ = exporter.from_notebook_node(nb)
    with open(path, "w", encoding="utf-8") as f:
        f.write(body)


def first_error(nb):
    for i, cell in enumerate(nb.cells):
        for o in cell.get("outputs", []):
            if o.get("output_type") == "error":
                return i, cell, o
    return None


def tidy_outputs(nb):
    """Saves what a live front end shows: consecutive pieces of one stream (the kernel sends each print call
    as its own message, so one printf line arrived as nine outputs that GitHub and the HTML render show on
    nine lines) become one output, and a result with no data at all (a cell ending in System.out.printf,
    whose PrintStream lamp displays as nothing) is left out."""
    for cell in nb.cells:
        if cell.cell_type != "code" or not cell.get("outputs"):
            continue
        tidy = []
        for o in cell.outputs:
            if o.get("output_type") == "execute_result" and not o.get("data"):
                continue
            if (o.get("output_type") == "stream" and tidy and tidy[-1].get("output_type") == "stream"
                    and tidy[-1].get("name") == o.get("name")):
                tidy[-1]["text"] = tidy[-1].get("text", "") + o.get("text", "")
                continue
            tidy.append(o)
        cell.outputs = tidy


def output_problems(nb):
    """What a saved notebook must not hold, as messages: progress written as carriage-return lines (GitHub and
    the HTML render show each as its own line), more than one status display in a cell (lamp's progress is one
    display updated in place, marked {"lamp": {"status_line": true}}), and a PrintStream's toString()."""
    problems = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        outputs = cell.get("outputs", [])
        status = 0
        for o in outputs:
            if o.get("output_type") == "stream" and "\r" in o.get("text", ""):
                problems.append("%s: a carriage-return progress line %r" % (describe_cell(nb, i), o["text"][:80]))
            if (o.get("metadata") or {}).get("lamp", {}).get("status_line"):
                status += 1
            texts = [o.get("text", "")] + [v for v in (o.get("data") or {}).values() if isinstance(v, str)]
            if any("java.io.PrintStream@" in t for t in texts):
                problems.append("%s: shows java.io.PrintStream@..." % describe_cell(nb, i))
        if status > 1:
            problems.append("%s: %d progress outputs (one display updated in place expected)"
                            % (describe_cell(nb, i), status))
    return problems


def describe_cell(nb, index):
    """'cell 5 (code cell 3)' - the position a reader counts in Jupyter, and the code-cell count."""
    code_no = sum(1 for c in nb.cells[: index + 1] if c.cell_type == "code")
    return "cell %d (code cell %d)" % (index + 1, code_no)


def source_excerpt(cell, lines=6):
    src = cell.source.splitlines()
    text = "\n".join("    | " + s for s in src[:lines])
    if len(src) > lines:
        text += "\n    | ..."
    return text


def tail(path, chars=2500):
    try:
        with open(path, errors="replace") as f:
            return f.read()[-chars:]
    except OSError:
        return ""


class KernelDidNotAnswer(Exception):
    pass


async def start_kernel(args, cwd, log):
    """Starts the kernel in cwd and waits (at most --startup-timeout s) for its kernel_info reply."""
    km = AsyncKernelManager(kernel_name=args.kernel)
    try:
        await km.start_kernel(cwd=cwd, stdout=log, stderr=log)
    except NoSuchKernel:
        raise Failure("kernelspec '%s' is not installed.\n  Run ./kernel-config/install.sh (or "
                      "./kernel-config/run-notebooks.sh, which installs it)." % args.kernel)
    kc = km.client()
    kc.start_channels()
    try:
        await kc.wait_for_ready(timeout=args.startup_timeout)
    except RuntimeError as e:
        await stop_kernel(km)
        raise KernelDidNotAnswer("%s (waited at most %d s)" % (e, args.startup_timeout))
    finally:
        kc.stop_channels()
    return km


async def stop_kernel(km):
    """Asks the kernel to shut down (jupyter_client signals it only if it does not exit in time)."""
    try:
        if await km.is_alive():
            await km.shutdown_kernel()
        else:
            await km.cleanup_resources()
    except Exception as e:  # a kernel that is already gone
        print("lamp: WARNING: stopping the kernel: %s" % e, file=sys.stderr)


async def clear_ledger(args):
    """Empties the claims ledger the notebooks will write to, asking lamp where it is."""
    log_path = os.path.join(args.out, "logs", "ledger.log")
    with open(log_path, "w") as log:
        try:
            km = await start_kernel(args, args.src, log)
        except KernelDidNotAnswer as e:
            raise Failure("the kernel '%s' did not start to clear the claims ledger: %s\n  Its console output is "
                          "in %s:\n%s" % (args.kernel, e, shown(log_path, args.root), indent(tail(log_path))))
        kc = km.client()
        kc.start_channels()
        out = []
        try:
            reply = await kc.execute_interactive(
                "lamp.verify.Claims.clear();\nSystem.out.println(lamp.verify.Claims.folder());",
                output_hook=out.append, timeout=120, allow_stdin=False)
        except TimeoutError:
            raise Failure("clearing the claims ledger took more than 120 s (see %s)" % shown(log_path, args.root))
        finally:
            kc.stop_channels()
            await stop_kernel(km)
    content = reply["content"]
    if content.get("status") != "ok":
        raise Failure("clearing the claims ledger failed: %s: %s" % (content.get("ename"), content.get("evalue")))
    folder = "".join(m["content"].get("text", "") for m in out if m["msg_type"] == "stream").strip()
    return folder


async def run_once(path, args, mathjax_url, require_url):
    name = os.path.splitext(os.path.basename(path))[0]
    rel = shown(path, args.root)
    out_nb = os.path.join(args.out, name + ".ipynb")
    out_html = os.path.join(args.out, name + ".html")
    failed_nb = os.path.join(args.out, name + ".FAILED.ipynb")
    log_path = os.path.join(args.out, "logs", name + ".log")
    for stale in (out_nb, out_html, failed_nb):
        if os.path.exists(stale):
            os.remove(stale)

    nb = nbformat.read(path, as_version=4)
    current = {"index": None}
    shown_log = shown(log_path, args.root)
    start = time.time()
    with open(log_path, "w") as log:
        try:
            km = await start_kernel(args, os.path.dirname(path), log)
        except KernelDidNotAnswer as e:
            log.flush()
            raise Failure("%s: the kernel '%s' did not start: %s\n  Its console output is in %s:\n%s\n"
                          "  Reinstall it with ./kernel-config/install.sh."
                          % (rel, args.kernel, e, shown_log, indent(tail(log_path))))
        client = NotebookClient(nb, km=km, timeout=args.timeout, startup_timeout=args.startup_timeout,
                                allow_errors=False, record_timing=False,
                                resources={"metadata": {"path": os.path.dirname(path)}})
        client.on_cell_start = lambda cell, cell_index: current.update(index=cell_index)
        try:
            await client.async_execute()
        except CellExecutionError:
            nbformat.write(nb, failed_nb)
            hit = first_error(nb)
            if hit:
                i, cell, err = hit
                msg = "%s, %s failed:\n  %s: %s\n  the cell:\n%s" % (
                    rel, describe_cell(nb, i), err.get("ename"), err.get("evalue"), source_excerpt(cell))
            else:
                msg = "%s: a cell failed (see %s)" % (rel, failed_nb)
            raise Failure(msg + "\n  partly executed notebook: %s" % shown(failed_nb, args.root))
        except CellTimeoutError:
            nbformat.write(nb, failed_nb)
            where = describe_cell(nb, current["index"]) if current["index"] is not None else "a cell"
            raise Failure("%s: %s ran longer than %s s and was stopped.\n  Raise LAMP_CELL_TIMEOUT "
                          "or use LAMP_SIZE=quick." % (rel, where, args.timeout))
        except (DeadKernelError, RuntimeError) as e:
            # nbclient reports a kernel that exits mid-run either as DeadKernelError or, when the death races
            # with its own polling, as a RuntimeError from the client.
            log.flush()
            nbformat.write(nb, failed_nb)
            where = describe_cell(nb, current["index"]) if current["index"] is not None else "its first cell"
            raise Failure("%s: the kernel died while running %s (%s).\n  Its console output is in %s:\n%s\n"
                          "  The usual cause is running out of memory: reinstall with a larger heap "
                          "(./kernel-config/install.sh --heap 4g) or use LAMP_SIZE=quick."
                          % (rel, where, e, shown_log, indent(tail(log_path))))
        finally:
            if client.kc is not None:
                client.kc.stop_channels()
            await stop_kernel(km)
    seconds = time.time() - start

    tidy_outputs(nb)
    nbformat.write(nb, out_nb)
    render_html(nb, out_html, mathjax_url, require_url)
    problems = output_problems(nb)
    if problems:
        raise Failure("%s: the saved notebook would not read well (see %s):\n%s"
                      % (rel, shown(out_nb, args.root), indent("\n".join(
                          problems[:10] + (["... and %d more" % (len(problems) - 10)] if len(problems) > 10 else [])))))
    if args.update:
        nbformat.write(nb, path)
    return seconds


def shown(path, root):
    """A path as the user should see it: relative inside the repository, absolute outside."""
    path = os.path.abspath(path)
    return os.path.relpath(path, root) if path.startswith(os.path.abspath(root) + os.sep) else path


def indent(text):
    return "\n".join("    " + line for line in text.rstrip().splitlines())


def default_timeout():
    """Seconds per cell: LAMP_CELL_TIMEOUT if set, else by size (the full size's longest cell runs past 10 min)."""
    given = os.environ.get("LAMP_CELL_TIMEOUT")
    if given:
        try:
            return int(given)
        except ValueError:
            raise SystemExit("lamp: ERROR: LAMP_CELL_TIMEOUT is '%s'; give a whole number of seconds." % given)
    return 3600 if os.environ.get("LAMP_SIZE", "quick") == "full" else 900


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("notebooks", nargs="*", help="notebooks to run (default: all under --src)")
    p.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    p.add_argument("--src", default=None, help="default: ROOT/notebooks")
    p.add_argument("--out", default=None, help="default: ROOT/build/notebooks")
    p.add_argument("--kernel", default=os.environ.get("LAMP_KERNEL", "lamp"))
    p.add_argument("--timeout", type=int, default=default_timeout(),
                   help="seconds per cell (default: $LAMP_CELL_TIMEOUT, else 900 at LAMP_SIZE=quick and "
                        "3600 at LAMP_SIZE=full, whose K* search is one long cell)")
    p.add_argument("--startup-timeout", type=int, default=int(os.environ.get("LAMP_KERNEL_STARTUP_TIMEOUT", "120")),
                   help="seconds a kernel has to answer after it is started (default: $LAMP_KERNEL_STARTUP_TIMEOUT or 120)")
    p.add_argument("--update", action="store_true", help="write outputs back into the source notebooks")
    args = p.parse_args()
    args.src = os.path.abspath(args.src or os.path.join(args.root, "notebooks"))
    args.out = os.path.abspath(args.out or os.path.join(args.root, "build", "notebooks"))

    try:
        notebooks = find_notebooks(args.src, args.notebooks)
        if not notebooks:
            raise Failure("no notebooks found under %s" % args.src)
        os.makedirs(os.path.join(args.out, "logs"), exist_ok=True)
        mathjax_url, require_url = prepare_static(args.out)
        size = os.environ.get("LAMP_SIZE") or "quick"
        print("lamp: executing %d notebook(s) with kernel '%s', LAMP_SIZE=%s"
              % (len(notebooks), args.kernel, size), file=sys.stderr)
        if not args.notebooks and args.src == os.path.join(os.path.abspath(args.root), "notebooks"):
            # A full run of lamp's notebooks starts a fresh claims ledger, so the reproduction summary
            # reports this run only (other folders, e.g. the platform tests' own notebooks, leave it alone).
            folder = asyncio.run(clear_ledger(args))
            print("lamp: claims ledger emptied: %s" % shown(folder, args.root), file=sys.stderr)
        total = time.time()
        for path in notebooks:
            rel = shown(path, args.root)
            print("  %-45s" % rel, end="", file=sys.stderr, flush=True)
            try:
                seconds = asyncio.run(run_once(path, args, mathjax_url, require_url))
            except Failure:
                print(" FAILED", file=sys.stderr)
                raise
            print(" ok  %5.1f s" % seconds, file=sys.stderr)
        print("lamp: all %d notebook(s) ran in %.0f s; executed notebooks and HTML renders are in %s"
              % (len(notebooks), time.time() - total, shown(args.out, args.root)), file=sys.stderr)
        return 0
    except Failure as f:
        print("lamp: ERROR: " + str(f), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nlamp: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
