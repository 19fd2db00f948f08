package lamp.memory;

import lamp.linalg.Dense;
import lamp.linalg.Checks;

/**
 * How close a retrieved state is to a memory (MATH.md §3, §6). "On signs" compares
 * {@link Math#signum} of each entry, so a zero (masked, undecided) entry matches only a zero.
 */
public final class Metrics {
    private Metrics() {}

    /** The overlap m = a·b / N (1 for a ±1 pattern with itself, ≈ 0 for independent ones). */
    public static double overlap(double[] a, double[] b) {
        sameLength(a, b);
        if (a.length == 0) throw new IllegalArgumentException("overlap of empty vectors is undefined");
        return Dense.dot(a, b) / a.length;
    }

    /** The cosine a·b / (‖a‖‖b‖); undefined (an error) when either vector is zero. */
    public static double cosine(double[] a, double[] b) {
        sameLength(a, b);
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        if (aa == 0) throw new IllegalArgumentException("cosine is undefined: first vector is zero");
        if (bb == 0) throw new IllegalArgumentException("cosine is undefined: second vector is zero");
        return ab / Math.sqrt(aa * bb);
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

    /** The overlaps m_μ = ξ_μ·state / N with every memory. */
    public static double[] overlaps(Memories memories, double[] state) {
        if (memories == null) throw new IllegalArgumentException("memories is null");
        Checks.vector("state", state, memories.dimension());
        double[] m = lamp.linalg.Dense.multiply(memories, state);
        for (int mu = 0; mu < m.length; mu++) m[mu] /= memories.dimension();
        return m;
    }

    /**
     * The memory nearest the state: the index μ of the largest overlap ξ_μ·state (the lowest
     * index on ties), as in {@link lamp.limit.Retrieval#nearestMemory}. For memories of equal norm
     * (±1 patterns, unit Gaussian patterns) this is also the smallest Euclidean distance.
     */
    public static int nearest(Memories memories, double[] state) {
        double[] m = overlaps(memories, state);
        int best = 0;
        for (int mu = 1; mu < m.length; mu++) if (m[mu] > m[best]) best = mu;
        return best;
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
