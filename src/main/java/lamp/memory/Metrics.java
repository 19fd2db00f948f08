package lamp.memory;

import lamp.base.Checks;
import lamp.linalg.Dense;

/**
 * How close a state is to a memory (THEORY.md §3, §6). The <b>overlap</b> of a feature activation
 * g(v) with memory ξ_μ is one thing everywhere in lamp: the cosine ξ_μ·g / (‖ξ_μ‖‖g‖), 1 when g
 * points along ξ_μ, ≈ 0 for an unrelated direction (for ±1 vectors it is ξ_μ·g / N_f). A zero
 * vector has no direction and overlaps nothing: its overlap is 0. The <b>nearest memory</b> is the
 * one with the largest overlap (the lowest index on ties). "On signs" compares {@link Math#signum}
 * of each entry, so a zero (masked, undecided) entry matches only a zero.
 */
public final class Metrics {
    private Metrics() {}

    /**
     * The overlap of a feature activation g with a memory ξ_μ: the cosine g·ξ_μ / (‖g‖‖ξ_μ‖), 0 when
     * either vector is zero. Symmetric in its arguments.
     */
    public static double overlap(double[] g, double[] memory) {
        sameLength(g, memory);
        if (g.length == 0) throw new IllegalArgumentException("overlap of empty vectors is undefined");
        double sg = scale(g), sm = scale(memory);     // powers of two: exact, so the bits are the unscaled ones
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < g.length; i++) {
            double x = g[i] * sg, y = memory[i] * sm;
            ab += x * y;
            aa += x * x;
            bb += y * y;
        }
        double norms = aa * bb;                        // each factor in [1, 4n] after the scaling, or 0 for a zero vector
        return norms == 0 ? 0 : ab / Math.sqrt(norms);
    }

    /** 2^−e with 2^e ≤ max|v| &lt; 2^{e+1} (1 for a zero vector): brings the entries to at most 2 without rounding. */
    private static double scale(double[] v) {
        double max = 0;
        for (double d : v) max = Math.max(max, Math.abs(d));
        return max == 0 ? 1 : Math.scalb(1.0, -Math.getExponent(max));
    }

    /** The overlaps (cosines) of the feature activation g with every memory ξ_μ, μ = 0 … K − 1. */
    public static double[] overlaps(Memories memories, double[] g) {
        if (memories == null) throw new IllegalArgumentException("memories is null");
        Checks.vector("state", g, memories.dimension());
        double[] m = memories.multiply(g);
        double gn = Dense.norm(g);
        for (int mu = 0; mu < m.length; mu++) {
            double xn = memories.norm(mu);
            m[mu] = gn == 0 || xn == 0 ? 0 : m[mu] / (gn * xn);
        }
        return m;
    }

    /**
     * The memory nearest the feature activation g: the index μ of the largest
     * {@link #overlaps overlap}, the lowest index on ties (so 0 for a zero g). For memories of equal
     * norm (±1 patterns) this is also the largest ξ_μ·g and the smallest Euclidean distance.
     */
    public static int nearest(Memories memories, double[] g) {
        return argmax(overlaps(memories, g));
    }

    /** The index of the largest entry, the lowest index on ties. */
    public static int argmax(double[] x) {
        if (x == null || x.length == 0) throw new IllegalArgumentException("argmax of an empty vector");
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) throw new IllegalArgumentException("argmax: entry " + i + " is NaN, which has no order");
        }
        int best = 0;
        for (int i = 1; i < x.length; i++) if (x[i] > x[best]) best = i;
        return best;
    }

    /** The number of entries whose signs differ. */
    public static int hamming(double[] a, double[] b) {
        sameLength(a, b);
        int d = 0;
        for (int i = 0; i < a.length; i++) if (Math.signum(a[i]) != Math.signum(b[i])) d++;
        return d;
    }

    /** Whether every entry has the same sign: exact retrieval of a ±1 pattern. */
    public static boolean exactMatch(double[] a, double[] b) {
        return hamming(a, b) == 0;
    }

    private static void sameLength(double[] a, double[] b) {
        if (a == null) throw new IllegalArgumentException("first vector is null");
        if (b == null) throw new IllegalArgumentException("second vector is null");
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors have mismatched lengths " + a.length + " and " + b.length);
        }
        Checks.finite("first vector", a);
        Checks.finite("second vector", b);
    }
}
