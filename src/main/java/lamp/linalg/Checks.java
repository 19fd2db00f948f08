package lamp.linalg;

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
            throw new IllegalArgumentException(name + " must be finite and >= " + number(min) + ", got " + value);
        }
        return value;
    }

    /** A bound as it reads best: whole numbers without ".0". */
    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Requires {@code value} in [0, 1]. */
    public static double fraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], got " + value);
        }
        return value;
    }

    /** Requires a count of at least {@code min}. */
    public static int count(String name, int value, int min) {
        if (value < min) throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        return value;
    }
}
