"""The kernel as users meet it: many starts through jupyter_client, interrupts, and a real notebook server
driven in headless Chromium. Run by ../test.sh for each JDK, against a kernelspec installed for that JDK.

  live_kernel.py --kernel-name lamp --label "JDK 17" [--starts 30] [--restarts 5] [--no-browser] [--json FILE]

JUPYTER_PATH must lead to the kernelspec. Everything it starts (kernels, the notebook server on 127.0.0.1,
Chromium) it stops itself, each wait bounded; a failure names what was expected and what came instead.

1. starts: --starts consecutive starts of the kernel, each answering kernel_info, running a cell that prints,
   answering a second client of the same KernelManager, and exiting on its own after a shutdown_request
   (no SIGTERM); the kernel's console must stay silent but for the JVM's one vector-API notice (no INFO
   lines, never the connection key).
2. one kernel through jupyter_client: values read right (text/plain, escaped, arrays by value), Shift-Tab
   shows signatures and lamp's Javadoc, loading native BLAS writes nothing to stderr, a sleeping cell and a
   busy loop are interrupted, the next cell prints and the loop has stopped; a long lamp simulation and a
   long lamp experiment are interrupted: the reply comes, lamp's loop stops with its own message naming
   where, the next cell prints, no thread runs lamp's code and the kernel's CPU falls back to idle.
3. the browser: a notebook server on 127.0.0.1, a notebook of this test's own opened in Chromium, Run All
   with live DOM checks (table rows, decoded image, exact text, no error, no stderr), a sleeping cell and a
   busy loop interrupted from the Kernel menu with a cell printing after each, --restarts restarts from the
   Kernel menu, each followed by a cell that prints.
Prints the measured figures (counts and times) and writes them to --json.
"""
import argparse
import gc
import json
import os
import queue
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

from jupyter_client.manager import KernelManager

STARTUP_TIMEOUT = 120   # s for a kernel to answer kernel_info (a slow, shared machine; a good start takes 2-6 s)
CELL_TIMEOUT = 120      # s for a short cell
EXIT_TIMEOUT = 15       # s for the process to exit after shutdown_request before it counts as ignored
INTERRUPT_TIMEOUT = 30  # s from an interrupt to the cell's reply


class TestFailure(Exception):
    pass


def log_line(msg):
    print("  " + msg, file=sys.stderr, flush=True)


def summary(values):
    if not values:
        return "-"
    return "median %.2f s, max %.2f s" % (statistics.median(values), max(values))


def parent_id(msg):
    return (msg.get("parent_header") or {}).get("msg_id")


def execute(kc, code, timeout=CELL_TIMEOUT, on_sent=None):
    """Runs code; returns (reply content, iopub messages for it, seconds). Fails if no reply or no idle."""
    msg_id = kc.execute(code, allow_stdin=False)
    start = time.monotonic()
    if on_sent:
        on_sent()
    outputs, reply, idle = [], None, False
    while time.monotonic() - start < timeout and not (reply is not None and idle):
        try:
            m = kc.get_iopub_msg(timeout=0.05)
            if parent_id(m) == msg_id:
                if m["msg_type"] == "status":
                    idle = idle or m["content"]["execution_state"] == "idle"
                elif m["msg_type"] != "execute_input":
                    outputs.append(m)
        except queue.Empty:
            pass
        try:
            r = kc.get_shell_msg(timeout=0.01)
            if parent_id(r) == msg_id:
                reply = r["content"]
        except queue.Empty:
            pass
    if reply is None or not idle:
        raise TestFailure("cell %r: %s within %d s" % (code[:60], "no execute_reply" if reply is None
                                                        else "no idle status", timeout))
    return reply, outputs, time.monotonic() - start


def stream_text(outputs, name="stdout"):
    return "".join(m["content"]["text"] for m in outputs
                   if m["msg_type"] == "stream" and m["content"]["name"] == name)


def result_data(outputs):
    for m in outputs:
        if m["msg_type"] in ("execute_result", "display_data"):
            return m["content"]["data"]
    return None


# ---- 1. starts ---------------------------------------------------------------------------------------------
def one_start(name, workdir, i):
    log_path = os.path.join(workdir, "start-%02d.log" % i)
    km = KernelManager(kernel_name=name)
    kc = kc2 = None
    figures = {}
    try:
        with open(log_path, "w") as log:
            t0 = time.monotonic()
            km.start_kernel(stdout=log, stderr=log, cwd=workdir)
            kc = km.client()
            kc.start_channels()
            try:
                kc.wait_for_ready(timeout=STARTUP_TIMEOUT)
            except RuntimeError as e:
                raise TestFailure("start %d: no kernel_info reply (%s)" % (i, e))
            figures["ready"] = time.monotonic() - t0
            reply, outputs, figures["cell"] = execute(kc, 'System.out.println("start " + (6 * 7));')
            if reply["status"] != "ok" or stream_text(outputs) != "start 42\n":
                raise TestFailure("start %d: the cell gave %r, printed %r" % (i, reply, stream_text(outputs)))
            kc.stop_channels()
            kc = None
            # a second client of the same KernelManager shares its session, hence its socket identity
            kc2 = km.client()
            kc2.start_channels()
            try:
                kc2.wait_for_ready(timeout=30)
            except RuntimeError as e:
                raise TestFailure("start %d: a second client got no kernel_info reply (%s)" % (i, e))
            t1 = time.monotonic()
            shutdown_id = kc2.shutdown()
            reply = None
            while reply is None and time.monotonic() - t1 < EXIT_TIMEOUT:
                try:
                    m = kc2.get_control_msg(timeout=0.2)
                    if parent_id(m) == shutdown_id:
                        reply = m
                except queue.Empty:
                    pass
            if reply is None or reply["msg_type"] != "shutdown_reply":
                raise TestFailure("start %d: no shutdown_reply on the control channel within %d s"
                                  % (i, EXIT_TIMEOUT))
            while km.is_alive() and time.monotonic() - t1 < EXIT_TIMEOUT:
                time.sleep(0.05)
            if km.is_alive():
                raise TestFailure("start %d: the kernel answered shutdown_request but was still running "
                                  "%d s later (it would need SIGTERM)" % (i, EXIT_TIMEOUT))
            figures["exit"] = time.monotonic() - t1
        with open(log_path, errors="replace") as f:
            console = f.read()
        key = km.session.key.decode() if km.session.key else ""
        if key and key in console:
            raise TestFailure("start %d: the kernel wrote its connection key to the console" % i)
        # The one line the JVM itself prints for the module lamp's vector kernels use (install.sh passes
        # --add-modules jdk.incubator.vector; no JDK option silences it). It must be there, exactly once:
        # that is how this test knows the kernel runs lamp's single-pass kernels on the vector API.
        notice = "WARNING: Using incubator modules: jdk.incubator.vector"
        lines = [line for line in console.splitlines() if line.strip()]
        if lines.count(notice) != 1:
            raise TestFailure("start %d: the JVM's vector API notice appears %d times, not once (is "
                              "--add-modules jdk.incubator.vector missing?):\n%s" % (i, lines.count(notice), console[:1500]))
        rest = [line for line in lines if line != notice]
        if rest:
            raise TestFailure("start %d: the kernel's console is not silent:\n%s" % (i, "\n".join(rest)[:1500]))
        return figures
    finally:
        for c in (kc, kc2):
            if c is not None:
                c.stop_channels()
        if km.has_kernel:
            km.shutdown_kernel(now=True)  # the process has exited unless the start failed; this cleans up


def starts(name, count, workdir):
    ready, cell, exits = [], [], []
    for i in range(1, count + 1):
        f = one_start(name, workdir, i)
        ready.append(f["ready"])
        cell.append(f["cell"])
        exits.append(f["exit"])
    log_line("%d/%d starts answered kernel_info, ran a cell, answered a second client and exited on "
             "shutdown_request with no SIGTERM" % (count, count))
    log_line("  start to kernel_info reply: %s; first cell: %s; shutdown_request to exit: %s"
             % (summary(ready), summary(cell), summary(exits)))
    return {"starts": count, "answered": count, "sigterm": 0, "ready_s": ready, "first_cell_s": cell,
            "exit_s": exits}


# ---- 2. one kernel through jupyter_client --------------------------------------------------------------
def client_checks(name, workdir):
    log_path = os.path.join(workdir, "client.log")
    km = KernelManager(kernel_name=name)
    kc = None
    fig = {}
    try:
        with open(log_path, "w") as log:
            km.start_kernel(stdout=log, stderr=log, cwd=workdir)
            kc = km.client()
            kc.start_channels()
            kc.wait_for_ready(timeout=STARTUP_TIMEOUT)

            expected = {
                '"List<String> and Map<K, V>"': "List<String> and Map<K, V>",
                '"a <b>bold?</b>"': "a <b>bold?</b>",
                'java.util.List.of("<x>", "y")': "[<x>, y]",
                "new double[] {1, 2, 3}": "double[3] { 1.0, 2.0, 3.0 }",
                "new int[] {4, 5}": "int[2] { 4, 5 }",
            }
            for code, text in expected.items():
                reply, outputs, _ = execute(kc, code)
                data = result_data(outputs)
                if reply["status"] != "ok" or data != {"text/plain": text}:
                    raise TestFailure("the value of %s arrived as %r, expected only text/plain %r"
                                      % (code, data, text))
            log_line("values arrive as text/plain only, escaped by the front end: strings, collections, arrays")

            kc.inspect("lamp.display.Notebook.pick(", len("lamp.display.Notebook.pick("))
            doc = kc.get_shell_msg(timeout=CELL_TIMEOUT)["content"]
            text = doc.get("data", {}).get("text/plain", "")
            if not doc.get("found") or "pick(" not in text or "quick runs" not in text:
                raise TestFailure("Shift-Tab after 'Notebook.pick(' gave %r" % text[:300])
            kc.inspect("lamp.display.Notebook.pick", len("lamp.display.Notebook.pick"))
            doc = kc.get_shell_msg(timeout=CELL_TIMEOUT)["content"]
            if not doc.get("found") or "pick(" not in doc.get("data", {}).get("text/plain", ""):
                raise TestFailure("Shift-Tab at the end of 'Notebook.pick' found nothing: %r" % doc)
            log_line("Shift-Tab at a method name and after its '(' shows its signatures and lamp's Javadoc")

            reply, outputs, _ = execute(kc, "dev.ludovic.netlib.blas.BLAS.getInstance().getClass().getSimpleName()")
            if reply["status"] != "ok" or stream_text(outputs, "stderr"):
                raise TestFailure("loading netlib's BLAS wrote to stderr: %r" % stream_text(outputs, "stderr"))
            log_line("loading netlib's BLAS (JNI) writes nothing to the cell's stderr (%s)"
                     % result_data(outputs).get("text/plain"))

            for label, code in (("sleep", "Thread.sleep(600000);"),
                                ("busy loop", "long spins = 0; while (true) { spins++; }")):
                sent = {}

                def interrupt_soon():
                    time.sleep(2)
                    sent["t"] = time.monotonic()
                    km.interrupt_kernel()
                msg_id_reply, outputs, _ = execute(
                    kc, code, timeout=INTERRUPT_TIMEOUT + 2, on_sent=interrupt_soon)
                latency = time.monotonic() - sent["t"]
                if msg_id_reply["status"] != "error" or "Interrupt" not in msg_id_reply.get("ename", ""):
                    raise TestFailure("interrupting the %s gave %r" % (label, msg_id_reply))
                reply, outputs, after = execute(kc, 'System.out.println("after the %s");' % label)
                if stream_text(outputs) != "after the %s\n" % label:
                    raise TestFailure("after interrupting the %s the next cell printed %r (reply %r)"
                                      % (label, stream_text(outputs), reply))
                fig["client_interrupt_%s_s" % label.replace(" ", "_")] = latency
                log_line("interrupting a %s: reply %.2f s after the interrupt_request, the next cell printed in "
                         "%.2f s" % (label, latency, after))
            # the loop itself stopped, not only the cell: its counter stands still
            reply, outputs, _ = execute(kc, "long before = spins; Thread.sleep(500); System.out.println(spins - before);")
            if stream_text(outputs) != "0\n":
                raise TestFailure("the interrupted busy loop still runs: its counter moved by %r in 0.5 s"
                                  % stream_text(outputs))
            log_line("the interrupted busy loop stopped (its counter stands still)")
            fig.update(lamp_interrupts(km, kc))
    finally:
        if kc is not None:
            kc.stop_channels()
        if km.has_kernel:
            km.shutdown_kernel(now=True)
    return fig


# ---- 2b. lamp's own long runs, interrupted --------------------------------------------------------------
# Each runs in a try/catch that keeps lamp's message in a variable: the cell's reply comes as soon as the
# kernel cancels it, while lamp's loop stops at its next interrupt check on the cell's thread, whose message
# then names where it stopped. Upstream, and before lamp had those checks, the run went on in the background.
LAMP_RUNS = (
    ("simulation",
     "var xi = lamp.memory.Patterns.randomBinary(200, 64, 7);"
     " lamp.dynamics.Simulation.of(new lamp.limit.ModernHopfield(xi, 1)).duration(1e6).sampleEvery(1e5)"
     ".run(lamp.memory.Corruption.flip(xi.row(0), 0.2, 11));",
     "interrupted: stopped in Simulation.run at t = "),
    ("experiment",
     'lamp.experiment.Capacity.of("modern(1)").features(64).memories(2000).trials(1000000).run();',
     "interrupted: stopped in the "),
)
LAMP_RUN_SECONDS = 4      # how long each run goes before the interrupt (past the JIT's warm-up)
LAMP_STOP_BOUND = 2       # s from the interrupt_request to lamp's loop stopping (the target is 0.2 s)
CPU_WINDOW = 3            # s over which the kernel's CPU is measured after the next cell printed
CPU_IDLE_SHARE = 0.5      # of one core: an idle kernel uses a few % (up to 20 % on a loaded machine), a run
                          # going on in the background 100-200 %


def process_cpu_seconds(pid):
    """User + system CPU time of a process and its threads, from /proc (Linux)."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def kernel_pid(km):
    process = getattr(getattr(km, "provisioner", None), "process", None)
    pid = getattr(process, "pid", None) or getattr(getattr(km, "kernel", None), "pid", None)
    if not pid:
        raise TestFailure("cannot find the kernel's process id through jupyter_client")
    return pid


def lamp_interrupts(km, kc):
    """Interrupts a long lamp simulation and a long experiment: reply time, lamp's own message, the next cell
    printing, and the kernel's CPU falling back to idle."""
    fig = {}
    pid = kernel_pid(km)
    for label, run, expected in LAMP_RUNS:
        reply, _, _ = execute(kc, 'String stopped = "still running"; long stoppedAt = 0;')
        if reply["status"] != "ok":
            raise TestFailure("declaring the message variable failed: %r" % reply)
        sent = {}

        def interrupt_later():
            time.sleep(LAMP_RUN_SECONDS)
            sent["t"], sent["wall"] = time.monotonic(), time.time()
            km.interrupt_kernel()
        code = ("try { %s } catch (lamp.base.Interrupts.RunInterruptedException e) {"
                " stoppedAt = System.currentTimeMillis(); stopped = e.getMessage(); }" % run)
        reply, _, _ = execute(kc, code, timeout=INTERRUPT_TIMEOUT + LAMP_RUN_SECONDS, on_sent=interrupt_later)
        latency = time.monotonic() - sent.get("t", time.monotonic())
        if "t" not in sent:
            raise TestFailure("the lamp %s ended before it was interrupted (reply %r)" % (label, reply))
        if reply["status"] != "error" or "Interrupt" not in reply.get("ename", ""):
            raise TestFailure("interrupting the lamp %s gave %r" % (label, reply))
        # the next cell prints; it waits (at most 2 s) for lamp's loop to reach its check and say where and
        # when it stopped (the wall clock of this machine, as the interrupt's time here)
        reply, outputs, after = execute(
            kc, 'long t0 = System.nanoTime();'
                ' while (stopped.equals("still running") && System.nanoTime() - t0 < 2_000_000_000L) Thread.sleep(5);'
                ' System.out.println(stopped); System.out.println(stoppedAt);')
        lines = stream_text(outputs).splitlines()
        if reply["status"] != "ok" or len(lines) != 2 or not lines[0].startswith(expected):
            raise TestFailure("after interrupting the lamp %s the next cell printed %r (reply %r); expected lamp's "
                              "message starting %r" % (label, stream_text(outputs), reply, expected))
        stop_wait = int(lines[1]) / 1000 - sent["wall"]
        if stop_wait > LAMP_STOP_BOUND:
            raise TestFailure("lamp's %s stopped %.2f s after the interrupt_request (bound %d s)"
                              % (label, stop_wait, LAMP_STOP_BOUND))
        # no thread runs lamp's code any more, and the process is idle
        reply, outputs, _ = execute(
            kc, 'System.out.println(Thread.getAllStackTraces().entrySet().stream()'
                '.filter(e -> e.getKey() != Thread.currentThread() && e.getKey().getState() == Thread.State.RUNNABLE'
                ' && java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("lamp.")))'
                '.map(e -> e.getKey().getName()).toList());')
        if stream_text(outputs).strip() != "[]":
            raise TestFailure("after interrupting the lamp %s these threads still run lamp's code: %s"
                              % (label, stream_text(outputs).strip()))
        c0, w0 = process_cpu_seconds(pid), time.monotonic()
        time.sleep(CPU_WINDOW)
        share = (process_cpu_seconds(pid) - c0) / (time.monotonic() - w0)
        if share > CPU_IDLE_SHARE:
            raise TestFailure("after interrupting the lamp %s the kernel used %.0f %% of a core over %d s (idle: "
                              "under %.0f %%)" % (label, 100 * share, CPU_WINDOW, 100 * CPU_IDLE_SHARE))
        fig["lamp_interrupt_%s_reply_s" % label] = latency
        fig["lamp_interrupt_%s_stop_s" % label] = stop_wait
        fig["lamp_interrupt_%s_cpu_share" % label] = share
        log_line("interrupting a lamp %s after %d s: reply %.2f s after the interrupt_request, lamp's loop stopped "
                 "%.2f s after it (%s); the next cell printed in %.2f s; then %.0f %% of a core over %d s"
                 % (label, LAMP_RUN_SECONDS, latency, stop_wait, lines[0], after, 100 * share, CPU_WINDOW))
    return fig


# ---- 3. a notebook server and Chromium --------------------------------------------------------------------
CELLS = [
    'System.out.println("hello from lamp");',
    'tech.tablesaw.api.Table.create("three", tech.tablesaw.api.IntColumn.create("n", new int[] {1, 2, 3}))',
    "new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB)",
    '"List<String> and Map<K, V>"',
    "new double[] {1, 2, 3}",
    "dev.ludovic.netlib.blas.BLAS.getInstance() != null",
    "Thread.sleep(600000);",
    "long spins = 0; while (true) { spins++; }",
]
PRINT, TABLE, IMAGE, TEXT, ARRAY, BLAS, SLEEP, BUSY = range(len(CELLS))
RUN_ALL_CELLS = BLAS + 1  # cells [0, BLAS] run with Run All; SLEEP and BUSY follow it and are interrupted


def write_notebook(path, name):
    import nbformat
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": name, "display_name": "Java (lamp)", "language": "java"}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in CELLS]
    nbformat.write(nb, path)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A notebook server bound to 127.0.0.1 only, in its own Jupyter folders, stopped by stop()."""

    def __init__(self, workdir):
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.base = "http://127.0.0.1:%d" % self.port
        env = dict(os.environ)
        for var, sub in (("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_RUNTIME_DIR", "runtime"),
                         ("JUPYTER_DATA_DIR", "data")):
            env[var] = os.path.join(workdir, sub)
        self.log = open(os.path.join(workdir, "server.log"), "w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "notebook", "--no-browser", "--ip=127.0.0.1", "--port=%d" % self.port,
             "--port-retries=0", "--NotebookApp.token=" + self.token, "--notebook-dir=" + workdir,
             "--NotebookApp.open_browser=False"] + (["--allow-root"] if os.geteuid() == 0 else []),
            cwd=workdir, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise TestFailure("the notebook server exited at once (see %s)" % self.log.name)
            try:
                with urllib.request.urlopen(self.base + "/api/status?token=" + self.token, timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise TestFailure("the notebook server did not answer within 60 s (see %s)" % self.log.name)
                time.sleep(0.3)

    def stop(self):
        if self.proc.poll() is None:
            try:
                req = urllib.request.Request(self.base + "/api/shutdown", method="POST",
                                             headers={"Authorization": "token " + self.token})
                urllib.request.urlopen(req, timeout=5).close()
            except OSError:
                pass
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.terminate()
                try:
                    self.proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=10)
        self.log.close()


class Page:
    """The notebook as a user sees it in Chromium: menus, keyboard, the live DOM."""

    def __init__(self, driver):
        from selenium.webdriver.common.by import By
        self.d = driver
        self.By = By

    def js(self, script, *args):
        return self.d.execute_script(script, *args)

    def wait(self, what, predicate, timeout):
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                raise TestFailure("%s: not within %d s (%s)" % (what, timeout, self.state()))
            time.sleep(0.1)

    def state(self):
        return "kernel indicator %r, prompts %s, notification %r" % (
            self.js("return document.getElementById('kernel_indicator_icon').className"),
            self.prompts(), self.js("var n = document.getElementById('notification_kernel');"
                                    " return n ? n.innerText : ''"))

    def prompts(self):
        return self.js("return Array.from(document.querySelectorAll('.cell .input_prompt'))"
                       ".map(p => p.innerText.replace(/\\s/g, ''))")

    def kernel_idle(self):
        return self.js("return document.getElementById('kernel_indicator_icon').classList"
                       ".contains('kernel_idle_icon')")

    def menu(self, menu_id, item_id):
        self.d.find_element(self.By.ID, menu_id).click()
        item = self.d.find_element(self.By.CSS_SELECTOR, "#%s > a" % item_id)
        self.wait("menu item %s visible" % item_id, item.is_displayed, 10)
        item.click()

    def confirm_restart(self):
        button = self.wait("the restart dialog", lambda: next(iter(
            b for b in self.d.find_elements(self.By.CSS_SELECTOR, ".modal-footer .btn-danger") if b.is_displayed()),
            None), 10)
        button.click()

    def run_cell(self, index):
        """Clicks into the cell's editor and presses Shift-Enter."""
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys
        cell = self.d.find_elements(self.By.CSS_SELECTOR, ".cell")[index]
        self.js("arguments[0].scrollIntoView({block: 'center'})", cell)
        cell.find_element(self.By.CSS_SELECTOR, ".CodeMirror").click()
        ActionChains(self.d).key_down(Keys.SHIFT).send_keys(Keys.ENTER).key_up(Keys.SHIFT).perform()

    def prompt_number(self, index):
        p = self.prompts()[index]
        digits = p[p.find("[") + 1:p.find("]")] if "[" in p else ""
        return int(digits) if digits.isdigit() else None

    def outputs(self, index):
        return self.js("""
            const cell = document.querySelectorAll('.cell')[arguments[0]];
            return Array.from(cell.querySelectorAll('.output_area .output_subarea')).map(o => ({
              cls: o.className, text: o.innerText,
              rows: o.querySelectorAll('table.lamp tbody tr').length,
              imgs: Array.from(o.querySelectorAll('img')).map(i => [i.complete, i.naturalWidth, i.naturalHeight])
            }));""", index)

    def clear_output(self, index):
        self.js("Jupyter.notebook.get_cell(arguments[0]).clear_output()", index)


def shows(page, index, text):
    """The cell is done (a number in its prompt, not [*]) and shows text: new, since its output was cleared."""
    return page.prompt_number(index) is not None and any(text in o["text"] for o in page.outputs(index))


def run_and_wait(page, index, expect_text, timeout=CELL_TIMEOUT):
    page.clear_output(index)
    start = time.monotonic()
    page.run_cell(index)
    page.wait("cell %d prints %r" % (index, expect_text), lambda: shows(page, index, expect_text), timeout)
    return time.monotonic() - start


def browser(name, workdir, restarts):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from browser_check import CHROMIUM, DRIVERS, find

    write_notebook(os.path.join(workdir, "live.ipynb"), name)
    fig = {}
    server = Server(workdir)
    driver = profile = None
    try:
        opts = webdriver.ChromeOptions()
        opts.binary_location = os.environ.get("LAMP_CHROMIUM") or find(CHROMIUM, "Chromium",
                                                                       "sudo apt-get install chromium")
        profile = tempfile.mkdtemp(prefix="lamp-live-chromium-")
        for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--window-size=1300,1000", "--user-data-dir=" + profile]:
            opts.add_argument(flag)
        service = Service(executable_path=os.environ.get("LAMP_CHROMEDRIVER") or find(
            DRIVERS, "chromedriver", "sudo apt-get install chromium-driver"),
            log_path=os.path.join(workdir, "chromedriver.log"))
        driver = webdriver.Chrome(service=service, options=opts)
        driver.set_page_load_timeout(60)
        driver.set_script_timeout(30)
        page = Page(driver)

        t0 = time.monotonic()
        driver.get("%s/notebooks/live.ipynb?token=%s" % (server.base, server.token))
        page.wait("the kernel started and idle", lambda: page.js(
            "return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel"
            " && Jupyter.notebook.kernel.is_connected())") and page.kernel_idle(), STARTUP_TIMEOUT)
        # counts the kernel's 'ready' events (a restart ends with one)
        page.js("window.lampReady = 0; Jupyter.notebook.events.on('kernel_ready.Kernel',"
                " function () { window.lampReady += 1; });")
        fig["open_to_idle_s"] = time.monotonic() - t0
        log_line("notebook server on 127.0.0.1:%d; notebook open, kernel idle after %.1f s"
                 % (server.port, fig["open_to_idle_s"]))

        # Run All (SLEEP and BUSY are interrupted below, so they are emptied before)
        for i in (SLEEP, BUSY):
            page.js("Jupyter.notebook.get_cell(arguments[0]).set_text('')", i)
        t0 = time.monotonic()
        page.menu("celllink", "run_all_cells")
        page.wait("Run All: every cell numbered and the kernel idle",
                  lambda: all(page.prompt_number(i) is not None for i in range(RUN_ALL_CELLS))
                  and page.kernel_idle(), 300)
        fig["run_all_s"] = time.monotonic() - t0
        problems = []
        outs = {i: page.outputs(i) for i in range(RUN_ALL_CELLS)}
        for i, o in outs.items():
            for area in o:
                if "output_error" in area["cls"] or "output_stderr" in area["cls"]:
                    problems.append("cell %d shows %s: %r" % (i, area["cls"], area["text"][:200]))
        if not any(a["text"].strip() == "hello from lamp" for a in outs[PRINT]):
            problems.append("the print cell shows %r" % outs[PRINT])
        if [a["rows"] for a in outs[TABLE] if a["rows"]] != [3]:
            problems.append("the table cell shows %r" % outs[TABLE])
        if [img for a in outs[IMAGE] for img in a["imgs"]] != [[True, 40, 30]]:
            problems.append("the image cell shows %r" % outs[IMAGE])
        if [a["text"].strip() for a in outs[TEXT]] != ["List<String> and Map<K, V>"]:
            problems.append("the text cell shows %r" % [a["text"] for a in outs[TEXT]])
        if [a["text"].strip() for a in outs[ARRAY]] != ["double[3] { 1.0, 2.0, 3.0 }"]:
            problems.append("the array cell shows %r" % [a["text"] for a in outs[ARRAY]])
        if problems:
            raise TestFailure("after Run All: " + "; ".join(problems))
        log_line("Run All: %d cells in %.1f s; table rows, decoded image, exact text, no error, no stderr"
                 % (RUN_ALL_CELLS, fig["run_all_s"]))

        # interrupt a sleeping cell and a busy loop from the Kernel menu; a cell must print after each
        for index, label, code in ((SLEEP, "sleep", CELLS[SLEEP]), (BUSY, "busy loop", CELLS[BUSY])):
            page.js("Jupyter.notebook.get_cell(arguments[0]).set_text(arguments[1])", index, code)
            page.clear_output(index)
            page.run_cell(index)
            page.wait("the %s cell running" % label,
                      lambda: page.prompts()[index] == "In[*]:" and not page.kernel_idle(), 30)
            time.sleep(1.5)
            t0 = time.monotonic()
            page.menu("kernellink", "int_kernel")
            page.wait("the interrupted %s cell gets its number and an error" % label,
                      lambda: shows(page, index, "Interrupt") and page.kernel_idle(),
                      INTERRUPT_TIMEOUT)
            latency = time.monotonic() - t0
            after = run_and_wait(page, PRINT, "hello from lamp")
            fig["browser_interrupt_%s_s" % label.replace(" ", "_")] = latency
            fig["browser_after_interrupt_%s_s" % label.replace(" ", "_")] = after
            log_line("Kernel > Interrupt on a %s: cell done %.2f s after the click; the next cell printed in "
                     "%.2f s" % (label, latency, after))

        # restarts from the Kernel menu, each followed by a cell that prints
        # (the restart figure runs from the click on Restart to the output of the cell run after it)
        fig["restart_s"] = []
        for r in range(restarts):
            ready_before = page.js("return window.lampReady")
            t0 = time.monotonic()
            page.menu("kernellink", "restart_kernel")
            page.confirm_restart()
            page.wait("restart %d: the restarted kernel ready and idle" % (r + 1),
                      lambda: page.js("return window.lampReady") > ready_before and page.kernel_idle(),
                      STARTUP_TIMEOUT)
            run_and_wait(page, PRINT, "hello from lamp")
            fig["restart_s"].append(time.monotonic() - t0)
        log_line("%d/%d restarts from the Kernel menu came back, each followed by a cell that printed; "
                 "from the click on Restart to that cell's output: %s" % (restarts, restarts,
                                                                          summary(fig["restart_s"])))
        return fig
    finally:
        if driver is not None:
            driver.quit()
        if profile:
            shutil.rmtree(profile, ignore_errors=True)
        server.stop()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kernel-name", required=True)
    p.add_argument("--label", required=True)
    p.add_argument("--starts", type=int, default=30)
    p.add_argument("--restarts", type=int, default=5)
    p.add_argument("--no-browser", action="store_true")
    p.add_argument("--json", default=None)
    args = p.parse_args()
    workdir = tempfile.mkdtemp(prefix="lamp-live-")
    result = {"label": args.label}
    print("lamp: live kernel test on %s (kernelspec '%s')" % (args.label, args.kernel_name), file=sys.stderr)
    try:
        t = time.monotonic()
        result.update(starts(args.kernel_name, args.starts, workdir))
        result.update(client_checks(args.kernel_name, workdir))
        if not args.no_browser:
            result.update(browser(args.kernel_name, workdir, args.restarts))
        result["seconds"] = time.monotonic() - t
    except TestFailure as e:
        print("lamp: ERROR: live kernel test on %s: %s\n       kernel and server logs: %s"
              % (args.label, e, workdir), file=sys.stderr)
        return 1
    if args.json:
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)
    shutil.rmtree(workdir, ignore_errors=True)
    gc.collect()  # closes the clients' sockets now, not in __del__ during interpreter exit
    print("lamp: live kernel test on %s passed in %.0f s" % (args.label, result["seconds"]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
