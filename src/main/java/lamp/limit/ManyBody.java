package lamp.limit;

import java.util.Arrays;
import lamp.base.Checks;
import lamp.memory.Memories;

/**
 * The many-body synapses that Dense Associative Memory seems to need, written out as a dense tensor
 * (KH2020 §1 and Fig. 1; Model A, its (6)–(8); THEORY.md §3 Model A and §5 check 14).
 *
 * <p>For F(x) = xⁿ and binary feature neurons σ ∈ {±1}^{N_f}, the interaction term of the DAM energy
 * (M8) expands into an n-index tensor:
 *
 * <pre>
 *   Σ_μ F(ξ_μ·σ) = Σ_μ (Σ_i ξ_μi σ_i)ⁿ = Σ_{i₁…iₙ} T_{i₁…iₙ} σ_{i₁}⋯σ_{iₙ},
 *   T_{i₁…iₙ} = Σ_μ ξ_{μi₁}⋯ξ_{μiₙ}.
 * </pre>
 *
 * n = 2 is the classical Hopfield network, T_ij = Σ_μ ξ_μi ξ_μj (two-body synapses); the paper's
 * example n = 3 needs T_ijk, a synapse joining three neurons, which no biological network has. The
 * two-population network stores the same energy with two-body synapses ξ only (N_f·N_h of them),
 * the hidden neurons carrying the many-body interaction.
 *
 * <p>The tensor is dense (N_fⁿ entries), so this class is for small N_f: it exists to check the
 * expansion (exactly, in integers, for ±1 memories) and to count synapses, not to run a network.
 * The counts scale as N_fⁿ/n! at least, while the two-population network needs N_f·N_h two-body
 * synapses for N_h memories.
 */
public final class ManyBody {
    /** Largest dense tensor built: 2²⁴ entries (128 MiB of doubles). */
    public static final int MAX_ENTRIES = 1 << 24;

    private final int featureCount;
    private final int degree;
    private final int memoryCount;
    private final double[] tensor;

    private ManyBody(int featureCount, int degree, int memoryCount, double[] tensor) {
        this.featureCount = featureCount;
        this.degree = degree;
        this.memoryCount = memoryCount;
        this.tensor = tensor;
    }

    /** The three-index tensor T_ijk = Σ_μ ξ_μi ξ_μj ξ_μk of F = x³ (the paper's Fig. 1). */
    public static ManyBody cubic(Memories xi) {
        return of(xi, 3);
    }

    /** The n-index tensor T_{i₁…iₙ} = Σ_μ ξ_{μi₁}⋯ξ_{μiₙ} of F = xⁿ, n ≥ 2. */
    public static ManyBody of(Memories xi, int degree) {
        if (xi == null) throw new IllegalArgumentException("memories ξ are null");
        Checks.count("tensor degree n", degree, 2);
        int n = xi.dimension();
        long entries;
        try {
            entries = tensorEntries(n, degree);
        } catch (ArithmeticException beyondLong) {
            throw new IllegalArgumentException("no dense tensor: " + beyondLong.getMessage() + ", far more than " + MAX_ENTRIES
                    + " entries: use fewer features");
        }
        if (entries > MAX_ENTRIES) {
            throw new IllegalArgumentException("a dense " + degree + "-index tensor over N_f = " + n + " features has "
                    + entries + " entries, more than " + MAX_ENTRIES + ": use fewer features");
        }
        double[] t = new double[(int) entries];
        double[] product = new double[(int) entries];
        for (int mu = 0; mu < xi.count(); mu++) {
            outerPower(xi.row(mu), degree, product);
            for (int a = 0; a < t.length; a++) t[a] += product[a];
        }
        return new ManyBody(n, degree, xi.count(), t);
    }

    /** The n-fold outer power x⊗…⊗x, row-major (last index fastest), written into {@code out}. */
    private static void outerPower(double[] x, int degree, double[] out) {
        int n = x.length;
        System.arraycopy(x, 0, out, 0, n);
        int size = n;
        for (int d = 1; d < degree; d++) {
            for (int a = size - 1; a >= 0; a--) {
                double head = out[a];
                int base = a * n;
                for (int i = 0; i < n; i++) out[base + i] = head * x[i];
            }
            size *= n;
        }
    }

    /** N_f: the number of feature neurons (the tensor's side). */
    public int featureCount() { return featureCount; }

    /** n: the number of indices (neurons joined by one synapse). */
    public int degree() { return degree; }

    /** K: the number of memories summed into the tensor. */
    public int memoryCount() { return memoryCount; }

    /** The entry T_{i₁…iₙ}. */
    public double get(int... indices) {
        return tensor[offset(indices)];
    }

    /** A copy of the tensor, row-major with the last index fastest (N_fⁿ entries). */
    public double[] tensor() { return tensor.clone(); }

    /**
     * The full contraction Σ_{i₁…iₙ} T_{i₁…iₙ} σ_{i₁}⋯σ_{iₙ}, which equals Σ_μ (ξ_μ·σ)ⁿ
     * (check 14); σ is used as given (any real vector of length N_f).
     */
    public double contract(double[] sigma) {
        Checks.vector("state σ", sigma, featureCount);
        double[] partial = tensor;
        int length = tensor.length;
        for (int d = 0; d < degree; d++) {
            int rows = length / featureCount;
            double[] next = new double[rows];
            for (int r = 0; r < rows; r++) {
                double s = 0;
                int base = r * featureCount;
                for (int i = 0; i < featureCount; i++) s += partial[base + i] * sigma[i];
                next[r] = s;
            }
            partial = next;
            length = rows;
        }
        return partial[0];
    }

    /** The DAM energy (M8) with F = xⁿ and no input, written through the tensor: −Σ T σ⋯σ. */
    public double energy(double[] sigma) {
        return -contract(sigma);
    }

    /**
     * The same interaction through the memories, Σ_μ (ξ_μ·σ)ⁿ: what the hidden neurons of the
     * two-population network compute with two-body synapses (h_μ = ξ_μ·σ, then F(h_μ)).
     */
    public static double throughMemories(Memories xi, double[] sigma, int degree) {
        if (xi == null) throw new IllegalArgumentException("memories ξ are null");
        degree(degree, 2);
        Checks.vector("state σ", sigma, xi.dimension());
        double s = 0;
        for (int mu = 0; mu < xi.count(); mu++) {
            double[] row = xi.row(mu);
            double h = 0;
            for (int i = 0; i < row.length; i++) h += row[i] * sigma[i];
            double p = 1;
            for (int d = 0; d < degree; d++) p *= h;
            s += p;
        }
        if (!Double.isFinite(s)) {
            throw new ArithmeticException("Σ_μ (ξ_μ·σ)^" + degree + " is " + s + ": the interaction exceeds the double range at this state");
        }
        return s;
    }

    /** The largest tensor degree: the range of F = xⁿ's order n. */
    static final int MAX_DEGREE = 10_000;

    /** Requires a tensor degree n in [min, 10000] (the range of the power F = xⁿ). */
    private static int degree(int degree, int min) {
        if (degree < min || degree > MAX_DEGREE) {
            throw new IllegalArgumentException("tensor degree n must be a whole number from " + min + " to " + MAX_DEGREE + ", got " + degree);
        }
        return degree;
    }

    /** The three tensor counts, each with its name for messages and its logarithm for when it overflows a long. */
    private enum Count {
        DENSE("N_f^n (the dense tensor's entries)"),
        DISTINCT("C(N_f + n − 1, n) (the distinct tensor entries)"),
        JUNCTIONS("C(N_f, n) (the junctions)");

        private final String name;

        Count(String name) { this.name = name; }

        /** ln of the count: n ln N_f for the dense tensor, ln of the binomial coefficient otherwise. */
        double log(int featureCount, int degree) {
            if (this == DENSE) return degree * Math.log(featureCount);
            int top = this == DISTINCT ? featureCount + degree - 1 : featureCount;
            double s = 0;
            for (int k = 1; k <= degree; k++) s += Math.log(top - degree + k) - Math.log(k);
            return s;
        }
    }

    /** a·b, or an ArithmeticException naming the count that does not fit a long (instead of a bare "long overflow"). */
    private static long times(long a, long b, Count count, int featureCount, int degree) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException overflow) {
            throw new ArithmeticException(count.name + " for N_f = " + featureCount + ", n = " + degree
                    + " exceeds the long range (" + Long.MAX_VALUE + "); its logarithm is " + count.log(featureCount, degree));
        }
    }

    /** N_fⁿ: the entries of a dense n-index tensor over N_f neurons. */
    public static long tensorEntries(int featureCount, int degree) {
        Checks.count("feature count N_f", featureCount, 1);
        degree(degree, 1);
        long e = 1;
        for (int d = 0; d < degree; d++) {
            e = times(e, featureCount, Count.DENSE, featureCount, degree);
        }
        return e;
    }

    /**
     * C(N_f + n − 1, n): the distinct entries of a symmetric n-index tensor (one per multiset of
     * indices; T_ijk = T_jik = … are one synapse). n = 2: N_f(N_f + 1)/2; n = 3: N_f(N_f + 1)(N_f + 2)/6.
     */
    public static long distinctTensorEntries(int featureCount, int degree) {
        Checks.count("feature count N_f", featureCount, 1);
        degree(degree, 1);
        long c = 1;
        for (int k = 1; k <= degree; k++) {
            c = times(c, (long) featureCount + k - 1, Count.DISTINCT, featureCount, degree) / k;   // exact: c·(N_f+k−1)/k = C(N_f+k−1, k)
        }
        return c;
    }

    /**
     * C(N_f, n): the synapses that join n different neurons, one per junction of the paper's Fig. 1
     * (n = 2: the N_f(N_f − 1)/2 pairs of the classical network). For ±1 neurons the tensor's entries
     * with a repeated index only add lower-order terms (σ_i² = 1), so these are the genuinely n-body ones.
     */
    public static long junctionCount(int featureCount, int degree) {
        Checks.count("feature count N_f", featureCount, 1);
        degree(degree, 1);
        if (degree > featureCount) return 0;
        long c = 1;
        for (int k = 1; k <= degree; k++) {
            c = times(c, (long) featureCount - degree + k, Count.JUNCTIONS, featureCount, degree) / k;   // exact: C(N_f − n + k, k)
        }
        return c;
    }

    /** N_f·N_h: the two-body synapses ξ_μi of the two-population network (KH2020 Fig. 2). */
    public static long twoBodySynapses(int featureCount, int hiddenCount) {
        Checks.count("feature count N_f", featureCount, 1);
        Checks.count("hidden count N_h", hiddenCount, 1);
        return Math.multiplyExact((long) featureCount, (long) hiddenCount);
    }

    private int offset(int[] indices) {
        if (indices == null || indices.length != degree) {
            throw new IllegalArgumentException("a " + degree + "-index tensor needs " + degree + " indices, got "
                    + (indices == null ? "none" : indices.length));
        }
        int o = 0;
        for (int index : indices) {
            if (index < 0 || index >= featureCount) {
                throw new IndexOutOfBoundsException("index " + index + " outside 0 … " + (featureCount - 1)
                        + " in " + Arrays.toString(indices));
            }
            o = o * featureCount + index;
        }
        return o;
    }

    @Override
    public String toString() {
        return "ManyBody[T with " + degree + " indices over " + featureCount + " features, " + memoryCount + " memories]";
    }

    /**
     * What the many-body synapse costs: the dense tensor's N_fⁿ entries (or its distinct ones, or
     * those joining n different neurons) against the N_f·N_h two-body synapses of the two-population network (KH2020 Fig. 1 and 2).
     *
     * @param featureCount N_f
     * @param hiddenCount N_h
     * @param degree n (F = xⁿ)
     * @param tensorEntries N_fⁿ
     * @param distinctTensorEntries C(N_f + n − 1, n)
     * @param junctions C(N_f, n), the synapses joining n different neurons
     * @param twoBodySynapses N_f·N_h
     */
    public record SynapseCount(int featureCount, int hiddenCount, int degree, long tensorEntries,
                               long distinctTensorEntries, long junctions, long twoBodySynapses) {

        /** The counts for N_f feature neurons, N_h hidden neurons and F = xⁿ. */
        public static SynapseCount of(int featureCount, int hiddenCount, int degree) {
            return new SynapseCount(featureCount, hiddenCount, degree, ManyBody.tensorEntries(featureCount, degree),
                    ManyBody.distinctTensorEntries(featureCount, degree), ManyBody.junctionCount(featureCount, degree),
                    ManyBody.twoBodySynapses(featureCount, hiddenCount));
        }
    }
}
