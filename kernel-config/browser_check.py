"""Opens HTML renders of executed notebooks in headless Chromium and checks what a reader would see.

  browser_check.py [--out build/notebooks] [NAME.html ...]      (default: every *.html in --out)

For each page: every <img> must have decoded (naturalWidth > 0), every output table written by lamp must be
present with rows, MathJax must have typeset every equation (no raw $$...$$ or \\( left in the text, no
MathJax error boxes), and no cell may show an error. A full-page screenshot goes to OUT/screenshots/NAME.png.
Pages named in --require-table must contain at least one lamp table (the quickstart does).

Uses Debian's chromium and chromium-driver through Selenium; runs fully offline (the renders load MathJax
from a local copy).
"""
import argparse
import glob
import os
import shutil
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service

CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
DRIVERS = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]

# Runs in the page; returns what the checks need. MathJax 2 exposes its queue; wait for it to drain.
PROBE = r"""
const done = arguments[arguments.length - 1];
function report() {
  const imgs = Array.from(document.querySelectorAll('img'));
  const tables = Array.from(document.querySelectorAll('.jp-OutputArea-output table, .output_html table'));
  const lampTables = Array.from(document.querySelectorAll('table.lamp'));
  const text = document.body.innerText;
  const md = Array.from(document.querySelectorAll('.jp-MarkdownOutput, .jp-RenderedMarkdown, .text_cell_render'))
      .map(e => e.innerText).join('\n');
  done({
    mathjax: typeof window.MathJax !== 'undefined' && !!window.MathJax.Hub,
    mathjaxErrors: document.querySelectorAll('.MathJax_Error, merror, .mjx-merror').length,
    typeset: document.querySelectorAll('.MathJax_CHTML, .MathJax, .MathJax_SVG, mjx-container').length,
    rawMath: (md.match(/\$\$|\\\(|\\\[|\\begin\{/g) || []).length,
    rawInline: (md.match(/(^|[^\\$])\$[^$\s][^$\n]*\$/g) || []).length,
    images: imgs.map(i => ({src: i.src.slice(0, 40), complete: i.complete, w: i.naturalWidth, h: i.naturalHeight})),
    tables: tables.length,
    lampTables: lampTables.map(t => t.querySelectorAll('tbody tr').length),
    errors: document.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"], .output_error').length,
    title: document.title,
    textLength: text.length
  });
}
function waitForMath(tries) {
  if (window.MathJax && window.MathJax.Hub) {
    window.MathJax.Hub.Queue(function () { setTimeout(report, 100); });
  } else if (tries > 0) {
    setTimeout(function () { waitForMath(tries - 1); }, 100);
  } else {
    report();
  }
}
function waitForImages() {
  const pending = Array.from(document.images).filter(i => !i.complete);
  if (pending.length === 0) { waitForMath(50); return; }
  Promise.all(pending.map(i => new Promise(r => { i.onload = i.onerror = r; }))).then(() => waitForMath(50));
}
if (document.readyState === 'complete') waitForImages(); else window.addEventListener('load', waitForImages);
"""


def find(paths, what, hint):
    for p in paths:
        if os.path.isfile(p) and os.access(p, os.X_OK):
            return p
    found = shutil.which(os.path.basename(paths[0]))
    if found:
        return found
    raise SystemExit("lamp: ERROR: %s not found.\n       %s" % (what, hint))


def make_driver(shots_dir):
    chrome = os.environ.get("LAMP_CHROMIUM") or find(CHROMIUM, "Chromium", "sudo apt-get install chromium")
    driver_path = os.environ.get("LAMP_CHROMEDRIVER") or find(
        DRIVERS, "chromedriver", "sudo apt-get install chromium-driver python3-selenium")
    opts = webdriver.ChromeOptions()
    opts.binary_location = chrome
    profile = tempfile.mkdtemp(prefix="lamp-chromium-")
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--allow-file-access-from-files", "--hide-scrollbars",
                 "--window-size=1200,900", "--user-data-dir=" + profile]:
        opts.add_argument(flag)
    service = Service(executable_path=driver_path, log_path=os.path.join(shots_dir, "chromedriver.log"))
    try:
        driver = webdriver.Chrome(service=service, options=opts)
    except WebDriverException as e:
        shutil.rmtree(profile, ignore_errors=True)
        raise SystemExit("lamp: ERROR: could not start headless Chromium: %s\n"
                         "       chromium and chromium-driver must be the same version "
                         "(sudo apt-get install chromium chromium-driver)." % e.msg)
    driver.set_script_timeout(60)
    driver.set_page_load_timeout(60)
    return driver, profile


def screenshot(driver, path):
    height = driver.execute_script(
        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);")
    driver.set_window_size(1200, min(max(int(height) + 50, 600), 16000))
    time.sleep(0.2)
    driver.save_screenshot(path)


def check_page(driver, html, shots_dir, require_table):
    name = os.path.splitext(os.path.basename(html))[0]
    driver.set_window_size(1200, 900)
    driver.get("file://" + os.path.abspath(html))
    r = driver.execute_async_script(PROBE)
    shot = os.path.join(shots_dir, name + ".png")
    screenshot(driver, shot)
    problems = []
    bad_imgs = [i for i in r["images"] if not i["complete"] or i["w"] == 0 or i["h"] == 0]
    if bad_imgs:
        problems.append("%d image(s) did not decode: %s" % (len(bad_imgs), bad_imgs[:3]))
    if not r["mathjax"]:
        problems.append("MathJax did not load (is libjs-mathjax installed? the render links _static/mathjax)")
    if r["mathjaxErrors"]:
        problems.append("MathJax reported %d error(s) in equations" % r["mathjaxErrors"])
    if r["rawMath"] or r["rawInline"]:
        problems.append("equations left unrendered: %d display, %d inline" % (r["rawMath"], r["rawInline"]))
    if require_table and not r["lampTables"]:
        problems.append("no lamp result table on the page")
    if any(n == 0 for n in r["lampTables"]):
        problems.append("a lamp table has no rows")
    if r["errors"]:
        problems.append("%d error output(s) on the page" % r["errors"])
    if not os.path.isfile(shot) or os.path.getsize(shot) == 0:
        problems.append("no screenshot written")
    summary = "%d image(s), %d table(s) (lamp: %s), %d typeset equation element(s)" % (
        len(r["images"]), r["tables"], r["lampTables"], r["typeset"])
    return problems, summary, shot


def self_test(driver, out, shots):
    """Breaks a copy of the quickstart render three ways and insists the checks notice each one."""
    src = os.path.join(out, "00-quickstart.html")
    if not os.path.isfile(src):
        raise SystemExit("lamp: ERROR: %s is missing; run ./kernel-config/run-notebooks.sh first." % src)
    with open(src, encoding="utf-8") as f:
        html = f.read()
    marker = "<img src=\"data:image/png;base64,"
    if marker not in html or "_static/mathjax/MathJax.js" not in html or 'class="dataframe lamp"' not in html:
        raise SystemExit("lamp: ERROR: self-test: the quickstart render lacks an image, a lamp table or "
                         "local MathJax, so there is nothing to break")
    work = tempfile.mkdtemp(prefix="lamp-browser-selftest-")
    try:
        os.symlink(os.path.join(out, "_static"), os.path.join(work, "_static"))
        cases = {
            "broken-image": (html.replace(marker, marker + "AAAAnotapng", 1), "did not decode"),
            "no-mathjax": (html.replace("_static/mathjax/MathJax.js", "_static/missing/MathJax.js"),
                           "unrendered"),
            "no-table": (html.replace('class="dataframe lamp"', 'class="dataframe"'), "no lamp result table"),
        }
        failures = []
        for name, (page, expected) in cases.items():
            path = os.path.join(work, name + ".html")
            with open(path, "w", encoding="utf-8") as f:
                f.write(page)
            problems, _, _ = check_page(driver, path, work, True)
            if not any(expected in pr for pr in problems):
                failures.append("%s: expected a problem containing %r, got %s" % (name, expected, problems))
            else:
                print("  self-test %-18s caught: %s" % (name, "; ".join(problems)), file=sys.stderr)
        if failures:
            for f_ in failures:
                print("lamp: ERROR: browser self-test: " + f_, file=sys.stderr)
            return 1
        print("lamp: browser self-test passed (broken image, missing MathJax, missing table all caught)",
              file=sys.stderr)
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p = argparse.ArgumentParser()
    p.add_argument("pages", nargs="*")
    p.add_argument("--out", default=os.path.join(root, "build", "notebooks"))
    p.add_argument("--require-table", action="append", default=["00-quickstart"],
                   help="page names (without .html) that must contain a lamp table")
    p.add_argument("--require", action="append", default=["00-quickstart"],
                   help="page names that must exist")
    p.add_argument("--self-test", action="store_true",
                   help="check that the checks catch a broken image, unrendered equations and a missing table")
    args = p.parse_args()

    if args.self_test:
        shots = os.path.join(args.out, "screenshots")
        os.makedirs(shots, exist_ok=True)
        driver, profile = make_driver(shots)
        try:
            return self_test(driver, args.out, shots)
        finally:
            driver.quit()
            shutil.rmtree(profile, ignore_errors=True)

    pages = [os.path.join(args.out, x) if not os.path.isabs(x) else x for x in args.pages] or sorted(
        glob.glob(os.path.join(args.out, "*.html")))
    names = {os.path.splitext(os.path.basename(x))[0] for x in pages}
    missing = [n for n in args.require if n not in names]
    if missing:
        print("lamp: ERROR: no HTML render for %s in %s; run ./kernel-config/run-notebooks.sh first."
              % (", ".join(missing), args.out), file=sys.stderr)
        return 1
    shots = os.path.join(args.out, "screenshots")
    os.makedirs(shots, exist_ok=True)
    driver, profile = make_driver(shots)
    failed = 0
    try:
        for page in pages:
            name = os.path.splitext(os.path.basename(page))[0]
            problems, summary, shot = check_page(driver, page, shots, name in args.require_table)
            rel = os.path.relpath(shot, os.getcwd())
            if problems:
                failed += 1
                print("  %-30s FAILED: %s (screenshot: %s)" % (name, "; ".join(problems), rel), file=sys.stderr)
            else:
                print("  %-30s ok: %s; screenshot %s" % (name, summary, rel), file=sys.stderr)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    if failed:
        print("lamp: ERROR: the browser check failed for %d page(s)" % failed, file=sys.stderr)
        return 1
    print("lamp: browser check passed for %d page(s)" % len(pages), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
