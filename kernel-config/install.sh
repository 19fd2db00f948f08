#!/usr/bin/env bash
# Installs a Jupyter kernelspec with lamp and its dependencies on the classpath.
#
#   ./kernel-config/install.sh                 # rapaio Java kernel, kernelspec "lamp" ("Java (lamp)"), per user
#   ./kernel-config/install.sh --prefix DIR    # into DIR/share/jupyter/kernels/lamp instead
#   ./kernel-config/install.sh --kernel ijava [--kernel-jar PATH]   # for users who already run IJava
#   ./kernel-config/install.sh --kernel jjava [--kernel-jar PATH]   # ... or JJava
#
# What it does: builds lamp with Maven, gathers lamp's jar and its runtime dependencies into the
# kernelspec's own lib/ folder, obtains the rapaio Java kernel through Maven, checks that it is the build
# lamp's kernel patch was checked against (kernel-config/rapaio-patch/CHECKED) and compiles the patch against
# it into patch/, writes kernel.json (headless AWT, a heap limit, the patch ahead of the kernel jar, the
# classpath), then starts the kernel once and runs a cell to prove it works. The new kernelspec replaces the
# old one only after that check passes; on any failure the previous kernelspec (if any) is left exactly as it
# was and nothing new is left behind.
#
# Works from any directory and can be re-run at any time (e.g. after changing lamp's code).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

usage() {
  cat <<EOF
usage: $(basename "$0") [options]
  --kernel rapaio|ijava|jjava  which Java kernel the kernelspec starts (default: rapaio)
  --user                       install for the current user (default; \$(jupyter --data-dir)/kernels)
  --prefix DIR                 install into DIR/share/jupyter/kernels (e.g. a venv or /usr/local)
  --name NAME                  kernelspec name (default: lamp, or lamp-ijava / lamp-jjava)
  --display-name TEXT          name shown in Jupyter (default: "Java (lamp)", ...)
  --heap SIZE                  maximum Java heap, e.g. 2g (default: half of the machine's memory)
  --kernel-jar PATH            IJava/JJava only: the kernel's jar. Without it, the jar is taken from an
                               installed IJava/JJava kernelspec.
  --skip-build                 use the already built target/lamp-*.jar
  --no-check                   do not start the kernel to check the installation
  -h, --help                   this help
Environment: JAVA_HOME, MVN (Maven launcher), LAMP_MAVEN_ARGS (extra Maven options, e.g. -o),
             LAMP_PYTHON (python3 with jupyter_client).
EOF
}

kernel=rapaio
scope=user
prefix=""
name=""
display=""
heap=""
kernel_jar=""
build=1
check=1
while (($#)); do
  case "$1" in
    --kernel) [[ $# -ge 2 ]] || die "--kernel needs a value (rapaio, ijava or jjava)"; kernel="$2"; shift 2 ;;
    --kernel=*) kernel="${1#*=}"; shift ;;
    --user) scope=user; shift ;;
    --prefix) [[ $# -ge 2 ]] || die "--prefix needs a directory"; scope=prefix; prefix="$2"; shift 2 ;;
    --prefix=*) scope=prefix; prefix="${1#*=}"; shift ;;
    --name) [[ $# -ge 2 ]] || die "--name needs a value"; name="$2"; shift 2 ;;
    --display-name) [[ $# -ge 2 ]] || die "--display-name needs a value"; display="$2"; shift 2 ;;
    --heap) [[ $# -ge 2 ]] || die "--heap needs a size such as 2g"; heap="$2"; shift 2 ;;
    --kernel-jar) [[ $# -ge 2 ]] || die "--kernel-jar needs a path"; kernel_jar="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    --no-check) check=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option '$1'" ;;
  esac
done

case "$kernel" in
  rapaio|ijava|jjava) ;;
  *) die "unknown kernel '$kernel'." "Use --kernel rapaio (default), ijava or jjava." ;;
esac
if [[ -n "$kernel_jar" && "$kernel" == rapaio ]]; then
  die "--kernel-jar is for --kernel ijava or jjava; the rapaio kernel is obtained through Maven."
fi
if [[ -n "$heap" && ! "$heap" =~ ^[0-9]+[kKmMgG]?$ ]]; then
  die "--heap '$heap' is not a size." "Use a number with an optional unit, e.g. --heap 2g or --heap 1536m."
fi
if [[ -z "$name" ]]; then
  case "$kernel" in
    rapaio) name="$LAMP_KERNEL_NAME_DEFAULT" ;;
    *) name="lamp-$kernel" ;;
  esac
fi
[[ "$name" =~ ^[A-Za-z0-9._-]+$ ]] || die "kernelspec name '$name' is not valid." "Use letters, digits, '.', '_' or '-'."
if [[ -z "$display" ]]; then
  case "$kernel" in
    rapaio) display="Java (lamp)" ;;
    ijava) display="Java (lamp, IJava)" ;;
    jjava) display="Java (lamp, JJava)" ;;
  esac
fi

# ---- preflight: everything we need, before touching anything ---------------------------------------------
java_bin="$(find_java)"
find_mvn >/dev/null
py="$(need_python jupyter_client jupyter_core)"

if [[ "$scope" == prefix ]]; then
  [[ -n "$prefix" ]] || die "--prefix needs a directory"
  mkdir -p "$prefix" 2>/dev/null || die "cannot create prefix directory '$prefix'."
  kernels_dir="$(cd "$prefix" && pwd)/share/jupyter/kernels"
else
  data_dir="$("$py" -c 'from jupyter_core.paths import jupyter_data_dir; print(jupyter_data_dir())')" \
    || die "could not ask Jupyter for its data directory." "Check the Jupyter installation ($py)."
  kernels_dir="$data_dir/kernels"
fi
dest="$kernels_dir/$name"
mkdir -p "$kernels_dir" 2>/dev/null && [[ -w "$kernels_dir" ]] \
  || die "cannot write to $kernels_dir." "Use --user, or a --prefix you can write to."

pom_version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$LAMP_ROOT/pom.xml" | head -1; }
lamp_version="$(sed -n '0,/<artifactId>lamp<\/artifactId>/d; s:.*<version>\(.*\)</version>.*:\1:p' "$LAMP_ROOT/pom.xml" | head -1)"
rapaio_version="$(pom_version rapaio-kernel.version)"
[[ -n "$lamp_version" && -n "$rapaio_version" ]] || die "could not read lamp's version or rapaio-kernel.version from pom.xml."

# The rapaio kernel runs with lamp's patch of its channels layer (kernel-config/rapaio-patch), which was
# checked against exactly one build of the kernel.
patch_dir="$LAMP_KC/rapaio-patch"
patch_field() { sed -n "s/^$1 //p" "$patch_dir/CHECKED"; }
if [[ "$kernel" == rapaio ]]; then
  checked_version="$(patch_field version)"
  checked_sha="$(patch_field sha256)"
  [[ -n "$checked_version" && -n "$checked_sha" ]] || die "$patch_dir/CHECKED names no kernel version and SHA-256."
  [[ "$rapaio_version" == "$checked_version" ]] \
    || die "pom.xml asks for rapaio-jupyter-kernel $rapaio_version, but lamp's kernel patch was checked against $checked_version only." \
      "Set rapaio-kernel.version back to $checked_version, or port kernel-config/rapaio-patch to $rapaio_version" \
      "(see kernel-config/rapaio-patch/CHECKED) and run ./kernel-config/test.sh."
  javac_bin="$(dirname "$java_bin")/javac"
  [[ -x "$javac_bin" ]] || die "no javac next to $java_bin; the kernel patch needs a full JDK to compile." \
    "On Debian/Ubuntu: sudo apt-get install openjdk-17-jdk-headless, or point JAVA_HOME at a JDK 17+."
fi

# IJava/JJava: locate the kernel jar (and the argv of an existing kernelspec, to reuse its launch line).
existing_spec=""
if [[ "$kernel" != rapaio ]]; then
  if [[ -z "$kernel_jar" ]]; then
    existing_spec="$("$py" "$LAMP_KC/kernelspec.py" find-existing --kernel "$kernel" --exclude "$name")" || true
    [[ -n "$existing_spec" ]] || die "no installed $kernel kernelspec found to take the kernel from." \
      "Pass the kernel's jar: --kernel-jar /path/to/$kernel.jar" \
      "($kernel cannot be obtained through Maven; install it as its README says, then re-run this.)"
    say "using the $kernel kernel from $existing_spec"
  else
    [[ -f "$kernel_jar" ]] || die "--kernel-jar '$kernel_jar' is not a file."
    kernel_jar="$(readlink -f "$kernel_jar")"
  fi
fi

# ---- staging: build everything next to the destination, switch over only when it is complete -------------
# (`jupyter kernelspec install --replace` cannot do this part: it deletes the installed kernelspec before it
# copies the new one in, so a kernel that then fails its check could not be rolled back; it copies the 60 MB
# folder where a rename is instant; and the classpath in kernel.json's env gets no {resource_dir}
# substitution, so the final folder must be known before kernel.json is written in any case.)
stage="$(mktemp -d "$kernels_dir/.$name.staging.XXXXXX")"
backup=""
cleanup() {
  local rc=$?
  [[ -n "$stage" && -d "$stage" ]] && rm -rf "$stage"
  if [[ $rc -ne 0 && -n "$backup" && -d "$backup" ]]; then
    rm -rf "$dest"
    mv "$backup" "$dest"
    say "the previous kernelspec '$name' was restored."
  elif [[ -n "$backup" && -d "$backup" ]]; then
    rm -rf "$backup"
  fi
  if [[ $rc -ne 0 ]]; then
    say "installation failed; nothing new was installed."
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

dep_plugin="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$java_bin")")}"

if ((build)); then
  step "building lamp $lamp_version with Maven (the first run downloads dependencies)"
  run_mvn -DskipTests package \
    || die "the Maven build failed (see the messages above)." \
      "A compile error: fix the code. 'Could not resolve dependencies': check the network or the mirror" \
      "in ~/.m2/settings.xml, then re-run. Nothing was installed."
fi
lamp_jar="$LAMP_ROOT/target/lamp-$lamp_version.jar"
[[ -f "$lamp_jar" ]] || die "$lamp_jar is missing." "Run without --skip-build to build it."

step "gathering lamp's runtime jars"
mkdir -p "$stage/lib"
run_mvn "$dep_plugin:copy-dependencies" -DincludeScope=runtime \
  -DoutputDirectory="$stage/lib" \
  || die "Maven could not resolve lamp's runtime dependencies (see above)." \
    "Check the network or the mirror in ~/.m2/settings.xml, then re-run. Nothing was installed."
cp "$lamp_jar" "$stage/lib/"

if [[ "$kernel" == rapaio ]]; then
  step "obtaining the rapaio Java kernel $rapaio_version through Maven"
  run_mvn "$dep_plugin:copy" \
    -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$rapaio_version" -DoutputDirectory="$stage" \
    || die "Maven could not download io.github.padreati:rapaio-jupyter-kernel:$rapaio_version (see above)." \
      "Check the network or the mirror in ~/.m2/settings.xml, then re-run. Nothing was installed."
  mv "$stage/rapaio-jupyter-kernel-$rapaio_version.jar" "$stage/rapaio-jupyter-kernel.jar"
  sha="$(sha256sum "$stage/rapaio-jupyter-kernel.jar" | cut -d' ' -f1)"
  [[ "$sha" == "$checked_sha" ]] \
    || die "the rapaio-jupyter-kernel $rapaio_version jar Maven gave has SHA-256 $sha," \
      "not the $checked_sha lamp's kernel patch was checked against. Nothing was installed." \
      "Delete ~/.m2/repository/io/github/padreati and re-run; if it persists, your Maven mirror serves another build."

  step "compiling lamp's patch of the kernel's channels layer against it"
  mkdir -p "$stage/patch"
  "$javac_bin" --release 17 -nowarn -encoding UTF-8 -cp "$stage/rapaio-jupyter-kernel.jar" -d "$stage/patch" \
    $(find "$patch_dir/src" -name '*.java' | sort) \
    || die "the kernel patch did not compile against rapaio-jupyter-kernel $rapaio_version (see above). Nothing was installed."
  cp "$patch_dir/NOTICE.md" "$stage/patch/"
  # lamp's sources, from which the patched kernel shows lamp's Javadoc on Shift-Tab
  mkdir -p "$stage/src"
  "$(dirname "$java_bin")/jar" cf "$stage/src/lamp-$lamp_version-sources.jar" -C "$LAMP_ROOT/src/main/java" . \
    || die "could not pack lamp's sources into $stage/src."
fi

# Java 22+ warns when a library (netlib's BLAS binding) loads native code, unless native access is enabled;
# the flag is passed to every JDK that knows it.
native_access=""
if "$java_bin" --enable-native-access=ALL-UNNAMED -version >/dev/null 2>&1; then
  native_access="--enable-native-access=ALL-UNNAMED"
fi

# lamp's single-pass kernels (lamp.linalg.VectorKernels) run on the JDK's vector API, an incubator
# module that a JVM resolves only when asked; every JDK from 17 on has it. Without it lamp runs the same
# kernels on BLAS blocks (slower, same results to 1e-12).
vector_api=""
if "$java_bin" --add-modules=jdk.incubator.vector -version >/dev/null 2>&1; then
  vector_api="--add-modules=jdk.incubator.vector"
fi

step "writing kernelspec '$name' ($display)"
"$py" "$LAMP_KC/kernelspec.py" write --kernel "$kernel" --stage "$stage" --dest "$dest" \
  --java "$java_bin" --display-name "$display" --heap "$heap" --jvm-flag="$native_access" --jvm-flag="$vector_api" \
  --kernel-jar "$kernel_jar" --existing-spec "$existing_spec"

# ---- switch over, then prove it works ---------------------------------------------------------------------
if [[ -e "$dest" ]]; then
  backup="$kernels_dir/.$name.previous.$$"
  rm -rf "$backup"
  mv "$dest" "$backup"
fi
mv "$stage" "$dest"
stage=""

if ((check)); then
  step "checking the kernel: starting it and running a cell"
  JUPYTER_PATH="$(dirname "$kernels_dir")${JUPYTER_PATH:+:$JUPYTER_PATH}" \
    "$py" "$LAMP_KC/kernel_check.py" --kernel-name "$name" --expect "$kernel" \
    || die "kernelspec '$name' was written but the kernel failed its check (see above)." \
      "The previous state was restored. Common causes: too little memory for the heap (try --heap 1g)," \
      "a JRE instead of a JDK, or a broken jar download (delete ~/.m2/repository/io/github/padreati and re-run)."
fi

say "installed kernelspec '$name' ($display) in $dest"
