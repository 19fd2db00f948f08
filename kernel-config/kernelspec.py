"""Writes lamp's kernel.json (called by install.sh) and finds existing IJava/JJava kernelspecs.

  kernelspec.py write --kernel rapaio|ijava|jjava --stage DIR --dest DIR --java PATH --display-name TEXT
                      [--heap SIZE] [--jvm-flag FLAG]... [--kernel-jar PATH] [--existing-spec DIR]
  kernelspec.py find-existing --kernel ijava|jjava [--exclude NAME]

The kernelspec directory holds its own lib/ with lamp and its runtime jars, so it keeps working when the
repository's target/ folder is cleaned. Paths in kernel.json point at the final directory (--dest), not
at the staging directory the files are written to. The rapaio kernel starts with the folder patch/ (lamp's
patch of its channels layer, compiled by install.sh) ahead of its jar on the classpath.
"""
import argparse
import json
import os
import sys

# Environment variable each kernel reads its extra classpath from, and that list's separator.
CLASSPATH_ENV = {
    "rapaio": ("RJK_CLASSPATH", ";"),
    "ijava": ("IJAVA_CLASSPATH", os.pathsep),
    "jjava": ("JJAVA_CLASSPATH", os.pathsep),
}


WARMUP_SCRIPT = "warmup.jshell"
RAPAIO_MAIN = "org.rapaio.jupyter.kernel.MainApp"
# read by the patched JavaEngine (kernel-config/rapaio-patch)
SOURCES_PROPERTY = "lamp.kernel.sources"


def jvm_flags(heap, extra):
    flags = ["-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", *[f for f in extra if f]]
    # Without an explicit size, take half the memory the machine (or container, e.g. Binder) allows.
    flags.append("-Xmx" + heap if heap else "-XX:MaxRAMPercentage=50")
    return flags


def write(args):
    lib_stage = os.path.join(args.stage, "lib")
    jars = sorted(j for j in os.listdir(lib_stage) if j.endswith(".jar"))
    if not any(j.startswith("lamp-") for j in jars):
        sys.exit("lamp: ERROR: no lamp jar among the gathered jars in " + lib_stage)
    classpath = [os.path.join(args.dest, "lib", j) for j in jars]
    var, sep = CLASSPATH_ENV[args.kernel]
    flags = jvm_flags(args.heap, args.jvm_flag)

    spec = {
        "display_name": args.display_name,
        "language": "java",
        "metadata": {"lamp": {"kernel": args.kernel}},
    }
    if args.kernel == "rapaio":
        if not os.path.isdir(os.path.join(args.stage, "patch")):
            sys.exit("lamp: ERROR: no compiled kernel patch in " + os.path.join(args.stage, "patch"))
        kernel_cp = [os.path.join(args.dest, "patch"), os.path.join(args.dest, "rapaio-jupyter-kernel.jar")]
        src_stage = os.path.join(args.stage, "src")
        sources = sorted(s for s in os.listdir(src_stage) if s.endswith(".jar")) if os.path.isdir(src_stage) else []
        if sources:
            # Javadoc on Shift-Tab from lamp's sources: the patched JavaEngine adds them to JShell's own list
            flags += ["--add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED",
                      "-D%s=%s" % (SOURCES_PROPERTY, os.pathsep.join(os.path.join(args.dest, "src", s) for s in sources))]
        spec["argv"] = [args.java, *flags, "-cp", os.pathsep.join(kernel_cp), RAPAIO_MAIN, "{connection_file}"]
        spec["interrupt_mode"] = "message"
        # Run once when the kernel starts: loads Tablesaw's table class and compiles lamp's single-pass
        # drives on a background thread while the reader reads (lamp.display.Warmup; changes no result).
        with open(os.path.join(args.stage, WARMUP_SCRIPT), "w", encoding="utf-8") as f:
            f.write("lamp.display.Warmup.start();\n")
        spec["env"] = {
            var: sep.join(classpath),
            "RJK_COMPILER_OPTIONS": "",
            "RJK_TIMEOUT_MILLIS": "-1",
            "RJK_INIT_SCRIPT": os.path.join(args.dest, WARMUP_SCRIPT),
            "RJK_MIMA_CACHE": os.path.join(args.dest, "mima_cache"),
        }
    elif args.kernel_jar:
        spec["argv"] = [args.java, *flags, "-jar", args.kernel_jar, "{connection_file}"]
        spec["env"] = {var: sep.join(classpath)}
    else:
        with open(os.path.join(args.existing_spec, "kernel.json")) as f:
            old = json.load(f)
        argv = list(old.get("argv") or [])
        if not argv or "{connection_file}" not in argv:
            sys.exit("lamp: ERROR: the kernelspec in %s has no usable argv" % args.existing_spec)
        if os.path.basename(argv[0]).startswith("java"):
            # That kernelspec's own java, which the --jvm-flag options were not checked against.
            argv = [argv[0], *[f for f in jvm_flags(args.heap, []) if f not in argv], *argv[1:]]
        spec["argv"] = argv
        for key in ("interrupt_mode",):
            if key in old:
                spec[key] = old[key]
        env = dict(old.get("env") or {})
        env[var] = sep.join([p for p in [env.get(var, "")] if p] + classpath)
        spec["env"] = env
        spec["metadata"]["lamp"]["from_kernelspec"] = args.existing_spec

    with open(os.path.join(args.stage, "kernel.json"), "w") as f:
        json.dump(spec, f, indent=2)
        f.write("\n")


def find_existing(args):
    try:
        from jupyter_client.kernelspec import KernelSpecManager
    except ImportError:
        return 1
    specs = KernelSpecManager().find_kernel_specs()
    for name in sorted(specs):
        if name == args.exclude:
            continue
        path = os.path.join(specs[name], "kernel.json")
        try:
            with open(path) as f:
                spec = json.load(f)
        except (OSError, ValueError):
            continue
        if "lamp" in (spec.get("metadata") or {}):
            continue  # one of ours
        if args.kernel in " ".join(spec.get("argv") or []).lower():
            print(specs[name])
            return 0
    return 1


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("--kernel", required=True, choices=sorted(CLASSPATH_ENV))
    w.add_argument("--stage", required=True)
    w.add_argument("--dest", required=True)
    w.add_argument("--java", required=True)
    w.add_argument("--display-name", required=True)
    w.add_argument("--heap", default="")
    w.add_argument("--jvm-flag", action="append", default=[], help="an extra JVM option (empty ones are ignored)")
    w.add_argument("--kernel-jar", default="")
    w.add_argument("--existing-spec", default="")
    f = sub.add_parser("find-existing")
    f.add_argument("--kernel", required=True, choices=["ijava", "jjava"])
    f.add_argument("--exclude", default="")
    args = p.parse_args()
    if args.cmd == "write":
        write(args)
        return 0
    return find_existing(args)


if __name__ == "__main__":
    sys.exit(main())
