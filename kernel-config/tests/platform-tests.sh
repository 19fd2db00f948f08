#!/usr/bin/env bash
# Tests of the notebook platform itself (run by ../test.sh after the notebooks have run, so the 'lamp'
# kernelspec is installed and target/ holds a built jar):
#   - kernelspecs written for IJava and JJava (with --kernel-jar, and taken over from an installed one)
#   - bad input and missing tools end with a clear message and install nothing
#   - the kernel patch: another kernel version or a jar with another checksum is refused; the patched classes
#     keep every member of the classes they replace; the kernelspec starts the patch ahead of the jar
#   - a kernel that never answers fails the kernel check and the runner once, after one timeout, clearly
#   - a failed dependency resolution or a kernel that does not start leaves the previous kernelspec intact
#   - the notebook runner names the notebook, cell and error of a failure, and reports a dead kernel
#   - the size knob reaches the kernel; executed notebooks carry no logging noise
#   - progress is one display updated in place; printf pieces are one output; '\r' progress lines are refused
#   - Binder: binder/apt.txt names real Debian packages; binder/postBuild installs a kernel that starts
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

py="$(need_python nbformat nbclient jupyter_client)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/lamp-platform-tests.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
install="$LAMP_KC/install.sh"
passed=0

ok() { passed=$((passed + 1)); printf '  ok  %s\n' "$1" >&2; }
fail() { printf '  FAILED  %s\n' "$1" >&2; shift; for l in "$@"; do printf '          %s\n' "$l" >&2; done; exit 1; }

# expect_fail "description" "text the error must contain" command...
expect_fail() {
  local what="$1" needle="$2"; shift 2
  local out rc=0
  out="$("$@" 2>&1)" || rc=$?
  if [[ $rc -eq 0 ]]; then fail "$what" "expected a failure, the command succeeded:" "$out"; fi
  if [[ "$out" != *"$needle"* ]]; then fail "$what" "expected the message to contain: $needle" "got:" "$out"; fi
  ok "$what"
}

# no_install DIR NAME: nothing named NAME (nor a staging/backup dir) exists under DIR's kernels folder.
no_install() {
  local k="$1/share/jupyter/kernels"
  if [[ -e "$k/$2" ]] || compgen -G "$k/.$2.*" >/dev/null; then
    fail "nothing half-installed in $k" "found: $(ls -A "$k")"
  fi
}

# ---- kernelspecs for IJava / JJava ------------------------------------------------------------------------
fake_jar="$tmp/ijava-1.3.0.jar"
printf 'not really a jar\n' >"$fake_jar"
"$install" --kernel ijava --kernel-jar "$fake_jar" --prefix "$tmp/p1" --skip-build --no-check 2>"$tmp/log" \
  || fail "install --kernel ijava --kernel-jar" "$(cat "$tmp/log")"
spec="$tmp/p1/share/jupyter/kernels/lamp-ijava/kernel.json"
"$py" - "$spec" "$fake_jar" <<'EOF' || fail "IJava kernelspec content"
import json, os, sys
spec = json.load(open(sys.argv[1]))
argv, env = spec["argv"], spec["env"]
assert os.path.isabs(argv[0]) and os.path.basename(argv[0]).startswith("java"), argv
assert "-Djava.awt.headless=true" in argv, argv
assert any(a.startswith("-Xmx") or a.startswith("-XX:MaxRAMPercentage") for a in argv), argv
assert "--add-modules=jdk.incubator.vector" in argv, argv  # lamp's single-pass kernels (VectorKernels)
assert argv[argv.index("-jar") + 1] == sys.argv[2] and argv[-1] == "{connection_file}", argv
cp = env["IJAVA_CLASSPATH"].split(os.pathsep)
assert all(os.path.isfile(p) for p in cp), [p for p in cp if not os.path.isfile(p)]
names = [os.path.basename(p) for p in cp]
assert any(n.startswith("lamp-") for n in names) and any(n.startswith("tablesaw-core") for n in names), names
assert any(n.startswith("slf4j-nop") for n in names), names
assert spec["display_name"] == "Java (lamp, IJava)" and spec["language"] == "java", spec
EOF
ok "IJava kernelspec: java -jar <ijava jar>, headless, heap, vector API, IJAVA_CLASSPATH with lamp and its jars"

# JJava taken over from an installed kernelspec (its argv reused, its own classpath entries kept)
mkdir -p "$tmp/jp/kernels/java"
cat >"$tmp/jp/kernels/java/kernel.json" <<EOF
{"argv": ["java", "-jar", "$tmp/jjava-1.0-a5.jar", "{connection_file}"], "display_name": "Java",
 "language": "java", "env": {"JJAVA_CLASSPATH": "$tmp/extra/*", "JJAVA_TIMEOUT": "-1"}}
EOF
JUPYTER_PATH="$tmp/jp" "$install" --kernel jjava --prefix "$tmp/p2" --skip-build --no-check 2>"$tmp/log" \
  || fail "install --kernel jjava from an installed JJava kernelspec" "$(cat "$tmp/log")"
spec="$tmp/p2/share/jupyter/kernels/lamp-jjava/kernel.json"
"$py" - "$spec" "$tmp" <<'EOF' || fail "JJava kernelspec content"
import json, os, sys
spec = json.load(open(sys.argv[1])); tmp = sys.argv[2]
argv, env = spec["argv"], spec["env"]
assert argv[0] == "java" and "-Djava.awt.headless=true" in argv, argv
assert argv[argv.index("-jar") + 1] == tmp + "/jjava-1.0-a5.jar", argv
cp = env["JJAVA_CLASSPATH"].split(os.pathsep)
assert cp[0] == tmp + "/extra/*", cp
assert any(os.path.basename(p).startswith("lamp-") for p in cp[1:]), cp
assert env["JJAVA_TIMEOUT"] == "-1", env
assert spec["metadata"]["lamp"]["from_kernelspec"].endswith("/kernels/java"), spec["metadata"]
EOF
ok "JJava kernelspec taken over from an installed one: argv reused, JJAVA_CLASSPATH extended"

# ---- bad input and missing tools: clear message, nothing installed ----------------------------------------
p="$tmp/p3"
expect_fail "unknown --kernel" "unknown kernel 'bogus'" "$install" --kernel bogus --prefix "$p"
expect_fail "bad --heap" "is not a size" "$install" --heap lots --prefix "$p"
expect_fail "missing --kernel-jar file" "is not a file" "$install" --kernel ijava --kernel-jar "$tmp/none.jar" --prefix "$p"
mkdir -p "$tmp/empty-jupyter"
expect_fail "IJava requested but none installed" "no installed ijava kernelspec" \
  env JUPYTER_PATH="$tmp/empty-jupyter" JUPYTER_DATA_DIR="$tmp/empty-jupyter" "$install" --kernel ijava --prefix "$p"
expect_fail "JAVA_HOME without java" "has no bin/java" env JAVA_HOME="$tmp/nojdk" "$install" --prefix "$p"
mkdir -p "$tmp/oldjdk/bin"
printf '#!/bin/sh\necho "    java.specification.version = 11" >&2\n' >"$tmp/oldjdk/bin/java"
chmod +x "$tmp/oldjdk/bin/java"
expect_fail "Java too old" "too old; lamp needs 17" env JAVA_HOME="$tmp/oldjdk" "$install" --prefix "$p"
expect_fail "Maven missing" "Maven not found" env MVN="$tmp/no-mvn" "$install" --prefix "$p"
expect_fail "no Python with Jupyter" "no Python with the Jupyter modules" env LAMP_PYTHON=/bin/false "$install" --prefix "$p"
no_install "$p" lamp
no_install "$p" lamp-ijava
ok "no kernelspec, staging or backup directory left after the failures above"

# ---- failures after a working install keep the previous kernelspec ---------------------------------------
p="$tmp/p4"
"$install" --prefix "$p" --skip-build 2>"$tmp/log" || fail "rapaio install into a prefix (with kernel check)" "$(cat "$tmp/log")"
grep -q "kernel check passed" "$tmp/log" || fail "rapaio install ran its kernel check" "$(cat "$tmp/log")"
ok "rapaio kernel installs into a prefix and passes its start-and-run check"

# ---- the kernel patch ------------------------------------------------------------------------------------
spec_dir="$p/share/jupyter/kernels/lamp"
"$py" - "$spec_dir" <<'EOF' || fail "kernelspec starts the patch ahead of the kernel jar"
import json, os, sys
d = sys.argv[1]
argv = json.load(open(os.path.join(d, "kernel.json")))["argv"]
cp = argv[argv.index("-cp") + 1].split(os.pathsep)
assert cp == [os.path.join(d, "patch"), os.path.join(d, "rapaio-jupyter-kernel.jar")], cp
assert argv[argv.index("-cp") + 2] == "org.rapaio.jupyter.kernel.MainApp", argv
assert os.path.isfile(os.path.join(d, "patch", "NOTICE.md")), "the upstream notice travels with the patch"
assert os.path.isfile(os.path.join(d, "patch", "org/rapaio/jupyter/kernel/channels/LoopThread.class"))
EOF
ok "kernelspec: patch/ (with the upstream notice) ahead of the kernel jar, main class MainApp"

# Every member (fields, methods, constructors) that the rest of the kernel may use keeps its signature.
javap_bin="$(dirname "$(find_java)")/javap"
classes=()
while IFS= read -r c; do classes+=("$c"); done < <(cd "$spec_dir/patch" && find . -name '*.class' | sed 's:^\./::; s:\.class$::; s:/:.:g' | sort)
# (classes the patch adds have no upstream original; javap reports them missing and goes on)
"$javap_bin" -p -cp "$spec_dir/rapaio-jupyter-kernel.jar" "${classes[@]}" >"$tmp/javap-upstream.txt" 2>/dev/null || true
"$javap_bin" -p -cp "$spec_dir/patch" "${classes[@]}" >"$tmp/javap-patched.txt" \
  || fail "javap reads the patched classes"
"$py" - "$tmp/javap-upstream.txt" "$tmp/javap-patched.txt" <<'EOF' || fail "the patched classes keep every member of upstream's"
import re, sys
def members(path):
    out, cls = {}, None
    for line in open(path):
        line = line.rstrip()
        m = re.match(r"^(?:(?:public|final|abstract|sealed|non-sealed|static|private|protected) )*(?:class|interface|enum|record) (\S+)", line)
        if m:
            cls = m.group(1)
            # a synthetic class (switch maps, anonymous classes) is the compiler's business, not an API
            if re.search(r"\$[0-9]+$", cls):
                cls = None
            else:
                out[cls] = set()
        elif cls and line.startswith("  ") and not line.strip().startswith("private ") and "lambda$" not in line:
            out[cls].add(line.strip())
    return out
up, patched = members(sys.argv[1]), members(sys.argv[2])
assert len(up) >= 8, "upstream classes read: %s" % sorted(up)
missing = {c: sorted(m - patched.get(c, set())) for c, m in up.items() if m - patched.get(c, set())}
assert not missing, missing
EOF
ok "the patched classes keep every non-private member of the upstream classes they replace"

# A kernel version the patch was not checked against is refused before anything is built or fetched.
copy="$tmp/other-version"
mkdir -p "$copy/target"
cp -r "$LAMP_KC" "$copy/kernel-config"
sed 's:<rapaio-kernel.version>[^<]*<:<rapaio-kernel.version>3.0.4<:' "$LAMP_ROOT/pom.xml" >"$copy/pom.xml"
expect_fail "another rapaio kernel version is refused" \
  "checked against $(sed -n 's/^version //p' "$LAMP_KC/rapaio-patch/CHECKED") only" \
  "$copy/kernel-config/install.sh" --prefix "$tmp/p5" --skip-build
no_install "$tmp/p5" lamp

# A jar of the right version with another checksum is refused too: a Maven repository whose copy of the kernel
# jar has one file more (everything else is the user's repository, linked).
real_repo="${LAMP_M2_REPOSITORY:-$HOME/.m2/repository}"
kver="$(sed -n 's/^version //p' "$LAMP_KC/rapaio-patch/CHECKED")"
kdir="io/github/padreati/rapaio-jupyter-kernel/$kver"
[[ -f "$real_repo/$kdir/rapaio-jupyter-kernel-$kver.jar" ]] \
  || fail "the kernel jar is in the local Maven repository" "no $real_repo/$kdir (set LAMP_M2_REPOSITORY)"
fake="$tmp/m2"
link_all_but() { # link_all_but SRC DST NAME: links DST/* to SRC/* except NAME, which becomes a real folder
  mkdir -p "$2/$3"
  local e
  for e in "$1"/*; do [[ "$(basename "$e")" == "$3" ]] || ln -s "$e" "$2/"; done
}
link_all_but "$real_repo" "$fake" io
link_all_but "$real_repo/io" "$fake/io" github
link_all_but "$real_repo/io/github" "$fake/io/github" padreati
link_all_but "$real_repo/io/github/padreati" "$fake/io/github/padreati" rapaio-jupyter-kernel
mkdir -p "$fake/$kdir"
cp "$real_repo/$kdir/rapaio-jupyter-kernel-$kver.pom" "$real_repo/$kdir/rapaio-jupyter-kernel-$kver.jar" "$fake/$kdir/"
printf 'not upstream\n' >"$tmp/extra.txt"
"$(dirname "$(find_java)")/jar" uf "$fake/$kdir/rapaio-jupyter-kernel-$kver.jar" -C "$tmp" extra.txt
expect_fail "a kernel jar with another checksum is refused" \
  "not the $(sed -n 's/^sha256 //p' "$LAMP_KC/rapaio-patch/CHECKED")" \
  env LAMP_MAVEN_ARGS="-o -Dmaven.repo.local=$fake" "$install" --prefix "$tmp/p6" --skip-build
no_install "$tmp/p6" lamp

# ---- a kernel that never answers: one start, one timeout, a clear error (no retry) -------------------------
mkdir -p "$tmp/hang/share/jupyter/kernels/hang"
cat >"$tmp/hang/share/jupyter/kernels/hang/kernel.json" <<'EOF'
{"argv": ["sleep", "600"], "display_name": "never answers", "language": "java"}
EOF
started=$SECONDS
expect_fail "the kernel check reports a kernel that never answers" "did not answer kernel_info (waited at most 5 s)" \
  env JUPYTER_PATH="$tmp/hang/share/jupyter" "$py" "$LAMP_KC/kernel_check.py" --kernel-name hang --expect rapaio \
  --startup-timeout 5
(( SECONDS - started < 60 )) || fail "the kernel check: one start, one timeout" "it took $((SECONDS - started)) s"
k="$p/share/jupyter/kernels"
before="$(cat "$k/lamp/kernel.json")"
expect_fail "dependency resolution fails (offline, empty repository)" "could not resolve" \
  env LAMP_MAVEN_ARGS="-o -Dmaven.repo.local=$tmp/empty-repo" "$install" --prefix "$p" --skip-build
[[ "$(cat "$k/lamp/kernel.json")" == "$before" ]] || fail "previous kernelspec unchanged after a failed resolution"
expect_fail "a kernel that cannot start is not installed" "failed its check" \
  "$install" --prefix "$p" --skip-build --heap 1m
[[ "$(cat "$k/lamp/kernel.json")" == "$before" && -f "$k/lamp/rapaio-jupyter-kernel.jar" ]] \
  || fail "previous kernelspec restored after a failed kernel check" "$(cat "$k/lamp/kernel.json")"
if compgen -G "$k/.lamp.*" >/dev/null; then fail "no staging or backup directories left" "$(ls -A "$k")"; fi
ok "after both failures the previous kernelspec is intact and no temporary directory is left"

# ---- the notebook runner ---------------------------------------------------------------------------------
runner=("$py" "$LAMP_KC/run_notebooks.py" --root "$LAMP_ROOT")
mknb() { # mknb FILE code-cell...
  "$py" - "$@" <<'EOF'
import sys, nbformat
nb = nbformat.v4.new_notebook()
nb.metadata["kernelspec"] = {"name": "lamp", "display_name": "Java (lamp)", "language": "java"}
nb.cells = [nbformat.v4.new_markdown_cell("test notebook")] + [nbformat.v4.new_code_cell(c) for c in sys.argv[2:]]
nbformat.write(nb, sys.argv[1])
EOF
}
mkdir -p "$tmp/nb1" "$tmp/nb2" "$tmp/nb3"
mknb "$tmp/nb1/01-fails.ipynb" 'int x = 1;' 'if (x == 1) throw new IllegalStateException("deliberate failure for the test");'
mknb "$tmp/nb1/02-after.ipynb" 'int y = 2;'
out="$("${runner[@]}" --src "$tmp/nb1" --out "$tmp/out1" 2>&1)" && fail "a failing notebook fails the run" "$out"
for needle in "01-fails.ipynb" "cell 3 (code cell 2)" "IllegalStateException" "deliberate failure for the test" \
    "throw new IllegalStateException"; do
  [[ "$out" == *"$needle"* ]] || fail "failure message names '$needle'" "$out"
done
[[ -f "$tmp/out1/01-fails.FAILED.ipynb" && ! -e "$tmp/out1/01-fails.html" && ! -e "$tmp/out1/02-after.ipynb" ]] \
  || fail "failed notebook kept as .FAILED.ipynb, no render, later notebooks not run" "$(ls "$tmp/out1")"
ok "a failing notebook stops the run with notebook, cell, error and the cell's code"

mknb "$tmp/nb2/dies.ipynb" 'int z = 3;' 'Runtime.getRuntime().halt(3);' 'z'
expect_fail "a kernel dying mid-run is reported" "the kernel died while running cell 3 (code cell 2)" \
  "${runner[@]}" --src "$tmp/nb2" --out "$tmp/out2"
expect_fail "a missing kernelspec is reported" "kernelspec 'no-such-kernel' is not installed" \
  "${runner[@]}" --src "$tmp/nb2" --out "$tmp/out2" --kernel no-such-kernel
expect_fail "a bad LAMP_SIZE is refused" "LAMP_SIZE is 'huge'" env LAMP_SIZE=huge "$LAMP_KC/run-notebooks.sh" --no-install
started=$SECONDS
expect_fail "the runner reports a kernel that never answers" "the kernel 'hang' did not start" \
  env JUPYTER_PATH="$tmp/hang/share/jupyter" "${runner[@]}" --src "$tmp/nb2" --out "$tmp/out2" --kernel hang \
  --startup-timeout 5
(( SECONDS - started < 60 )) || fail "the runner: one start, one timeout" "it took $((SECONDS - started)) s"
if pgrep -fx "sleep 600" >/dev/null; then fail "the hung kernel process was stopped" "$(pgrep -afx 'sleep 600')"; fi
ok "a kernel that never answers: one start, stopped after its 5 s timeout, no retry"

mknb "$tmp/nb3/size.ipynb" 'lamp.display.Notebook.size()' 'lamp.display.Notebook.pick(1, 2)'
LAMP_SIZE=full "${runner[@]}" --src "$tmp/nb3" --out "$tmp/out3" 2>"$tmp/log" || fail "size notebook runs" "$(cat "$tmp/log")"
"$py" - "$tmp/out3/size.ipynb" <<'EOF' || fail "LAMP_SIZE=full reaches Notebook.size() in the kernel"
import sys, nbformat
nb = nbformat.read(sys.argv[1], 4)
vals = [" ".join(str(v) for o in c.outputs for v in o.get("data", {}).values()) for c in nb.cells if c.cell_type == "code"]
assert "FULL" in vals[0] and "2" in vals[1], vals
EOF
ok "LAMP_SIZE=full reaches Notebook.size() and Notebook.pick() inside the kernel"

# Progress is one display updated in place; a printf line is one output; a PrintStream value shows nothing.
mkdir -p "$tmp/nb4" "$tmp/nb5"
mknb "$tmp/nb4/live.ipynb" \
  'var line = lamp.experiment.StatusLine.open(System.err);
for (int i = 1; i <= 40; i++) { line.show("step " + i + "/40"); Thread.sleep(10); }
line.end("done: 40 steps");' \
  'System.out.printf("a %d, ", 1); System.out.print("b"); System.out.printf(" c%n")'
"${runner[@]}" --src "$tmp/nb4" --out "$tmp/out4" 2>"$tmp/log" \
  || fail "status-line notebook runs" "$(cat "$tmp/log")"
"$py" - "$tmp/out4/live.ipynb" <<'EOF' || fail "a status line is one display, updated in place, keeping its last text"
import sys, nbformat
nb = nbformat.read(sys.argv[1], 4)
live, printf = [c.outputs for c in nb.cells if c.cell_type == "code"]
assert len(live) == 1, live
assert live[0].output_type == "display_data" and live[0].metadata["lamp"]["status_line"], live
assert live[0].data["text/plain"] == "done: 40 steps", live
assert [(o.output_type, o.get("text")) for o in printf] == [("stream", "a 1, b c\n")], printf
EOF
ok "a status line is one display updated in place (its last text saved); a printf line is one output, its PrintStream nothing"
mknb "$tmp/nb5/cr.ipynb" 'System.out.print("\rstep 1"); System.out.flush(); Thread.sleep(50); System.out.print("\rstep 2");'
expect_fail "the runner refuses carriage-return progress lines in a saved notebook" "carriage-return progress line" \
  "${runner[@]}" --src "$tmp/nb5" --out "$tmp/out5"

# ---- clean output in the executed notebooks ---------------------------------------------------------------
"$py" - "$LAMP_ROOT/build/notebooks" <<'EOF' || fail "executed notebooks carry no logging noise"
import glob, os, sys, nbformat
paths = sorted(glob.glob(os.path.join(sys.argv[1], "*.ipynb")))
paths = [p for p in paths if not p.endswith(".FAILED.ipynb")]
assert paths, "no executed notebooks in " + sys.argv[1]
import re
noise = ("SLF4J", "Add /", "Parsing classpath", "[INFO", "log4j")
# java.util.logging's two-line records ("Nov 23, 2026 1:02:03 PM some.Class method" / "WARNING: ...");
# lamp's own "WARNING: energy rose ..." in a trajectory summary is content, not logging.
jul = re.compile(r"^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2}:\d{2} [AP]M \S+.*\n(SEVERE|WARNING|INFO|FINE):", re.M)
for p in paths:
    nb = nbformat.read(p, 4)
    for i, c in enumerate(nb.cells):
        for o in c.get("outputs", []):
            text = o.get("text", "") if o.output_type == "stream" else str(o.get("data", {}).get("text/plain", ""))
            if o.output_type == "stream" and o.get("name") == "stderr":
                raise SystemExit("%s cell %d wrote to stderr: %r" % (os.path.basename(p), i + 1, text[:200]))
            for n in noise:
                if n in text:
                    raise SystemExit("%s cell %d shows %r: %r" % (os.path.basename(p), i + 1, n, text[:200]))
            if jul.search(text):
                raise SystemExit("%s cell %d shows a java.util.logging record: %r" % (os.path.basename(p), i + 1, text[:200]))
EOF
ok "executed notebooks: no stderr output, no SLF4J or classpath lines"

# Nothing machine-specific: neither the executed nor the committed notebooks mention this checkout's path
# or the home directory (outside of image data).
"$py" - "$LAMP_ROOT" "$HOME" <<'EOF' || fail "notebooks carry no absolute path of this machine"
import glob, os, sys, nbformat
root, home = sys.argv[1], sys.argv[2]
paths = sorted(glob.glob(os.path.join(root, "notebooks", "*.ipynb")) + glob.glob(os.path.join(root, "build", "notebooks", "*.ipynb")))
for p in paths:
    nb = nbformat.read(p, 4)
    for i, c in enumerate(nb.cells):
        texts = [c.source]
        for o in c.get("outputs", []):
            texts.append(str(o.get("text", "")))
            texts += [str(v) for k, v in o.get("data", {}).items() if not k.startswith("image/")]
        for t in texts:
            for bad in (root, home):
                if bad and bad != "/" and bad in t:
                    raise SystemExit("%s cell %d mentions %s: %r" % (os.path.relpath(p, root), i + 1, bad, t[max(0, t.index(bad) - 60):t.index(bad) + 60]))
EOF
ok "notebooks (committed and executed) mention no absolute path of this machine"

# ---- Binder -----------------------------------------------------------------------------------------------
# mybinder.org installs binder/apt.txt and then runs binder/postBuild; both are checked here as far as this
# machine allows: every apt package exists in the Debian archive, and postBuild installs a working kernel.
if command -v apt-cache >/dev/null 2>&1; then
  while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    apt-cache show "$pkg" >/dev/null 2>&1 || fail "binder/apt.txt names Debian packages" "no package '$pkg'"
  done <"$LAMP_ROOT/binder/apt.txt"
  ok "binder/apt.txt: every package is in the Debian archive"
fi
JUPYTER_DATA_DIR="$tmp/binder-data" "$LAMP_ROOT/binder/postBuild" >"$tmp/binder.log" 2>&1 \
  || fail "binder/postBuild runs clean" "$(tail -20 "$tmp/binder.log")"
[[ -f "$tmp/binder-data/kernels/lamp/kernel.json" ]] \
  || fail "binder/postBuild installs the lamp kernelspec" "no kernel.json under $tmp/binder-data/kernels/lamp"
grep -q "kernel check passed" "$tmp/binder.log" \
  || fail "binder/postBuild checks the kernel it installs" "$(tail -20 "$tmp/binder.log")"
ok "binder/postBuild installs the lamp kernel into Jupyter's data dir and starts it"

say "platform tests: $passed passed"
