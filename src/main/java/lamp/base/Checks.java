package lamp.base;

/**
 * Argument checks shared by every public entry point. Each failure names the argument and the
 * problem; nothing is clipped, padded or resized silently.
 */
public final class Checks {
    private Checks() {}

    /** Requires every entry of {@code x} to be finite. */
    public static double[] finite(String name, double[] x) {
        if (x == null) throw new IllegalArgumentException(name + " is null");
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + x[i] + " (must be finite)");
            }
        }
        return x;
    }

    /** Requires a finite value. */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException(name + " is " + value + " (must be finite)");
        return value;
    }

    /** Requires {@code x} to have length {@code n} and finite entries. */
    public static double[] vector(String name, double[] x, int n) {
        if (x == null) throw new IllegalArgumentException(name + " is null");
        if (x.length != n) {
            throw new IllegalArgumentException(name + " has length " + x.length + " but " + n + " is required");
        }
        return finite(name, x);
    }

    /** Requires a non-null argument. */
    public static <T> T present(String name, T value) {
        if (value == null) throw new IllegalArgumentException(name + " is null");
        return value;
    }

    /** Requires a non-null argument of {@code owner} (named by its toString only when it is null). */
    public static <T> T present(Object owner, String name, T value) {
        if (value == null) throw new IllegalArgumentException(owner + ": " + name + " is null");
        return value;
    }

    /**
     * Requires a layer {@code x} and the buffers written with it: {@code out} (and {@code u} when
     * given) non-null and exactly as long as {@code x}. Nothing is read or written past a wrong length.
     * {@code what} (e.g. the Lagrangian) names the failure through its toString, called only then.
     */
    public static void layer(Object what, double[] x, double[] u, double[] out) {
        if (x == null) throw new IllegalArgumentException(what + ": the layer x is null");
        if (u != null && u.length != x.length) {
            throw new IllegalArgumentException(what + ": the direction u has length " + u.length + " but the layer has " + x.length);
        }
        if (out == null) throw new IllegalArgumentException(what + ": the output buffer is null");
        if (out.length != x.length) {
            throw new IllegalArgumentException(what + ": the output buffer has length " + out.length + " but the layer has " + x.length);
        }
    }

    /**
     * The product {@code rows}·{@code columns} as the length of one array, or an IllegalArgumentException
     * naming both when it exceeds the largest Java array (2³¹ − 9 entries).
     */
    public static int entries(String what, int rows, int columns) {
        long n = (long) count(what + ": the row count", rows, 0) * count(what + ": the column count", columns, 0);
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(what + ": " + rows + " × " + columns + " = " + n
                    + " entries exceed the largest Java array (" + (Integer.MAX_VALUE - 8) + ")");
        }
        return (int) n;
    }

    /**
     * Requires room on the heap for {@code doubles} new doubles (8 bytes each): an
     * IllegalArgumentException saying how much memory the array needs and how much is free,
     * rather than an OutOfMemoryError part way through.
     */
    public static void fits(String what, long doubles) {
        Runtime rt = Runtime.getRuntime();
        long bytes = doubles > Long.MAX_VALUE / Double.BYTES ? Long.MAX_VALUE : doubles * Double.BYTES;
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > free && bytes < rt.maxMemory()) {               // garbage counts as used: collect once and look again
            System.gc();
            free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        }
        if (bytes > free) {
            throw new IllegalArgumentException(what + " needs " + mebibytes(bytes) + " for " + doubles
                    + " doubles but the heap has " + mebibytes(free) + " free (of " + mebibytes(rt.maxMemory())
                    + "; raise it with -Xmx)");
        }
    }

    private static String mebibytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    /** Requires a finite value strictly above zero. */
    public static double positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /** Requires a finite value at or above {@code min}. */
    public static double atLeast(String name, double value, double min) {
        if (!Double.isFinite(value) || value < min) {
            throw new IllegalArgumentException(name + " must be finite and >= " + Numbers.plain(min) + ", got " + value);
        }
        return value;
    }

    /** Requires {@code value} in [0, 1]. */
    public static double fraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], got " + value);
        }
        return value;
    }

    /** Requires a count in [{@code min}, {@code max}]: the upper bound says what the call can do in memory and time. */
    public static int between(String name, int value, int min, int max) {
        if (value < min || value > max) throw new IllegalArgumentException(name + " must lie in [" + min + ", " + max + "], got " + value);
        return value;
    }

    /** Requires a count of at least {@code min}. */
    public static int count(String name, int value, int min) {
        if (value < min) throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        return value;
    }
}
