package lamp.linalg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the {@link Blas} once per JVM and says which, at most once.
 *
 * <p>What is said, and where: when the optimised native BLAS is active, or the pure-Java kernels
 * were asked for, nothing is printed (the choice goes to the {@code lamp.linalg} System.Logger at
 * DEBUG and is always available as {@code Blas.active().description()}), so notebook cells stay
 * clean in the normal case. When lamp falls back to Java although the native backend was wanted
 * (the default {@code auto}, or {@code native}), exactly one line goes to stderr naming the backend
 * and how to get the fast one, since that is a set-up problem worth seeing once.
 * {@code -Dlamp.blas.verbose=true} prints the line in every case.
 */
final class Backends {
    /** The logger, looked up at its first use: finding the System.Logger's provider costs tens of milliseconds in a fresh JVM. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger("lamp.linalg");
    }
    private static final Pattern OPENBLAS_VERSION = Pattern.compile("libopenblas(\\w*)-r([0-9.]+)\\.so");

    private Backends() {}

    private static final class NativeHolder {
        private static String failure;
        static final NativeBlas NATIVE = load();
        static final String FAILURE = NATIVE == null ? failure : null;

        private static NativeBlas load() {
            // dev.ludovic.netlib logs a JUL warning for every implementation it cannot load (always
            // at least one on Java 17: its Vector API variant); lamp reports the outcome itself.
            Logger netlib = Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder");
            Level before = netlib.getLevel();
            netlib.setLevel(Level.OFF);
            try {
                dev.ludovic.netlib.blas.BLAS blas = dev.ludovic.netlib.blas.NativeBLAS.getInstance();
                double[] one = {1.0};
                if (blas.ddot(1, one, 1, one, 1) != 1.0) {
                    failure = "the native BLAS computed a wrong dot product";
                    return null;
                }
                String path = mappedBlas();
                String lower = path.toLowerCase(Locale.ROOT);
                boolean optimised = lower.contains("openblas") || lower.contains("mkl") || lower.contains("blis") || lower.contains("atlas");
                return new NativeBlas(blas, libraryName(path), optimised);
            } catch (Throwable e) {
                failure = "no native BLAS (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
                return null;
            } finally {
                netlib.setLevel(before);
            }
        }
    }

    private static final class ActiveHolder {
        static final Blas ACTIVE = choose();
    }

    static Blas active() {
        return ActiveHolder.ACTIVE;
    }

    static Blas nativeBlas() {
        return NativeHolder.NATIVE;
    }

    private static final class VectorHolder {
        /** Why the vector API is not used, or null when it is. */
        static final String UNUSED = probeVector();
    }

    /**
     * True when {@link Fused} runs its blocks on the JDK's vector API ({@link VectorKernels}): the
     * JVM was started with {@code --add-modules jdk.incubator.vector} (lamp's kernel, tests and
     * benchmarks are), its vectors hold at least 4 doubles, and {@code -Dlamp.vector=false} was not
     * given. Otherwise the blocks run on the BLAS or on {@link BlockKernels}, with the same results
     * to 10⁻¹².
     */
    static boolean vector() {
        return VectorHolder.UNUSED == null;
    }

    /** null when the vector API is usable here, else why not. */
    private static String probeVector() {
        if (!Boolean.parseBoolean(System.getProperty("lamp.vector", "true").trim())) return "vector API off (-Dlamp.vector=false)";
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return "vector API not enabled (java --add-modules jdk.incubator.vector)";
        try {
            return VectorKernels.AVAILABLE ? null : "vector API too narrow here";
        } catch (LinkageError e) {
            return "vector API not loadable (" + e + ")";
        }
    }

    /** "vector API, 8 doubles per vector" or why it is not used. */
    static String vectorDescription() {
        return vector() ? "vector API, " + VectorKernels.width() + " doubles per vector" : VectorHolder.UNUSED;
    }

    private static Blas choose() {
        String want = System.getProperty("lamp.blas", "auto").trim().toLowerCase(Locale.ROOT);
        boolean verbose = Boolean.getBoolean("lamp.blas.verbose");
        if (want.equals("java")) {
            say(verbose, false, "lamp: dense kernels on pure Java (" + Parallel.threads() + " threads; -Dlamp.blas=java)");
            return JavaBlas.INSTANCE;
        }
        if (!want.equals("auto") && !want.equals("native")) {
            say(verbose, true, "lamp: unknown -Dlamp.blas=" + want + " (use auto, java or native); dense kernels on pure Java");
            return JavaBlas.INSTANCE;
        }
        NativeBlas nat = NativeHolder.NATIVE;
        if (nat == null) {
            say(verbose, true, "lamp: dense kernels on pure Java, " + NativeHolder.FAILURE
                    + "; install libopenblas0 (apt-get install libopenblas0) for the native backend");
            return JavaBlas.INSTANCE;
        }
        if (!nat.isOptimised() && want.equals("auto")) {
            say(verbose, true, "lamp: dense kernels on pure Java: libblas.so.3 is " + nat.library()
                    + "; install libopenblas0 (apt-get install libopenblas0) for the native backend");
            return JavaBlas.INSTANCE;
        }
        say(verbose, false, "lamp: dense kernels on " + nat.description());
        return nat;
    }

    private static void say(boolean verbose, boolean problem, String line) {
        Log.LOG.log(System.Logger.Level.DEBUG, line);
        if (verbose || problem) System.err.println(line);
    }

    /** The BLAS library file this process mapped, read from /proc/self/maps ("libblas.so.3" if unknown). */
    private static String mappedBlas() {
        String best = null;
        try {
            List<String> maps = Files.readAllLines(Path.of("/proc/self/maps"));
            for (String line : maps) {
                int slash = line.indexOf('/');
                if (slash < 0) continue;
                String path = line.substring(slash).trim();
                String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                if (name.contains("netlibblasjni")) continue;
                if (name.contains("openblas") || name.contains("mkl_rt") || name.contains("blis")) return path;
                if (best == null && (name.startsWith("libblas") || name.contains("atlas"))) best = path;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc not readable: fall through
        }
        return best == null ? "libblas.so.3" : best;
    }

    private static String libraryName(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        Matcher m = OPENBLAS_VERSION.matcher(lower);
        if (m.find()) return "OpenBLAS " + m.group(2) + (m.group(1).equals("p") ? " pthread" : m.group(1).equals("o") ? " openmp" : "") + " " + path;
        if (lower.contains("openblas")) return "OpenBLAS " + path;
        if (lower.contains("mkl")) return "MKL " + path;
        if (lower.contains("blis")) return "BLIS " + path;
        if (lower.contains("atlas")) return "ATLAS " + path;
        return "the reference BLAS " + path;
    }
}
