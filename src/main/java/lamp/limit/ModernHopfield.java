package lamp.limit;

import java.util.Arrays;
import lamp.lagrangian.Lagrangians;
import lamp.base.Checks;
import lamp.linalg.Dense;
import lamp.memory.Memories;

/**
 * Model B, the modern Hopfield network (THEORY.md §3): L_v = ½‖v‖², L_h = (1/β) log Σ e^{βh}.
 *
 * <pre>
 *   E = ½‖v‖² − v·I − (1/β) log Σ_μ exp(β ξ_μ·v)                              (M10)
 *   v ← ξᵀ softmax(β ξ v) + I                                                   (M11)
 * </pre>
 *
 * With I = 0 one update is softmax attention with query v and keys = values = ξ. A single query
 * ({@link #update(double[])}, the flow's right-hand side and its rate) is {@link Memories#drive},
 * which reads ξ once with an online softmax when ξ outgrows the cache; a batch
 * ({@link #updateBatch}) is two dense products, softmax(β Q ξᵀ) ξ, with {@link Dense#softmaxRows}.
 */
public final class ModernHopfield extends EffectiveNetwork {
    private final double beta;

    /** Model B with inverse temperature β and no input current. */
    public ModernHopfield(Memories xi, double beta) {
        this(xi, beta, null);
    }

    /** Model B with inverse temperature β and input current I (null for zero). */
    public ModernHopfield(Memories xi, double beta, double[] input) {
        super(xi, Lagrangians.identity(), Lagrangians.logSumExp(beta), 1, input);
        this.beta = beta;
    }

    /** β. */
    public double beta() { return beta; }

    @Override public String name() { return "modern Hopfield β=" + beta; }

    /** The attention weights softmax(β ξ v) over the memories. */
    public double[] weights(double[] v) {
        double[] p = memories().multiply(checkState(v));
        Dense.softmax(beta, p, p);
        return p;
    }

    /** E (M10), computed directly. */
    @Override
    public double energy(double[] v) {
        checkState(v);
        return representable("E(v) (M10)", 0.5 * Dense.dot(v, v) - inputDot(v) - hiddenLagrangian().value(memories().multiply(v)));
    }

    /**
     * One Euler step of the flow with step a = dt/τ_f, KH2020 (15):
     * v ← v + a[ξᵀ softmax(βξv) + I − v]; a = 1 is the update (M11), KH2020 (16). The Hessian of
     * (M10) is I − βξᵀ(diag p − ppᵀ)ξ ⪯ I, so with d = ξᵀp + I − v = −∇E,
     * E(v + a d) ≤ E(v) − a(1 − a/2)‖d‖²: every a ∈ (0, 2) descends, beyond 2 E can rise
     * (THEORY.md check 16).
     *
     * @param a the step dt/τ_f, finite and &gt; 0
     */
    public double[] eulerStep(double[] v, double a) {
        Checks.positive("Euler step a = dt/τ_f", a);
        double[] d = update(v);
        for (int i = 0; i < d.length; i++) d[i] = v[i] + a * (d[i] - v[i]);
        return representable("the Euler step v + a(ξᵀ softmax(βξv) + I − v)", d);
    }

    /**
     * One update (M11) for a batch of queries at once: row b of the result is
     * ξᵀ softmax(β ξ q_b) + I. Queries are the rows of {@code queries} (each of length N_f).
     */
    public double[][] update(double[][] queries) {
        Checks.present("queries", queries);
        Checks.fits(queries.length + " queries of " + featureCount() + " features", 2L * queries.length * featureCount());
        int n = featureCount(), b = queries.length;
        double[] flat = new double[Checks.entries("queries", b, n)];
        for (int r = 0; r < b; r++) System.arraycopy(Checks.vector("query " + r, queries[r], n), 0, flat, r * n, n);
        double[] out = updateBatch(flat, b);
        double[][] rows = new double[b][];
        for (int r = 0; r < b; r++) rows[r] = Arrays.copyOfRange(out, r * n, (r + 1) * n);
        return rows;
    }

    /**
     * One update (M11) for B queries stored row-major in {@code queries} (B × N_f); returns B × N_f
     * row-major. The batched form of the two dense products: softmax(β Q ξᵀ) ξ + I.
     */
    public double[] updateBatch(double[] queries, int batch) {
        Checks.finite("queries", queries);
        return representable("the update ξᵀ softmax(βξq) + I", softmaxAttention(queries, batch));
    }

    private double[] softmaxAttention(double[] queries, int batch) {
        Memories xi = memories();
        int k = xi.count(), n = featureCount();
        double[] scores = xi.multiplyBatch(queries, batch);              // one dgemm: B × K (dgemv for B = 1)
        Dense.softmaxRows(beta, scores, batch, k);                       // rows on all cores
        double[] out = xi.multiplyTransposedBatch(scores, batch);        // one dgemm: B × N_f
        double[] input = input();
        boolean zero = true;
        for (double v : input) zero &= v == 0;
        if (!zero) for (int r = 0; r < batch; r++) for (int i = 0; i < n; i++) out[r * n + i] += input[i];
        return out;
    }

    /**
     * Plain softmax attention, softmax(β q Kᵀ) V, for one query q, keys K (rows) and values V
     * (rows): the transformer operation that one update (M11) reproduces with K = V = ξ.
     */
    public static double[] attention(double[] query, double[][] keys, double[][] values, double beta) {
        Checks.positive("β", beta);
        Checks.finite("query", query);
        Checks.present("attention keys", keys);
        Checks.present("attention values", values);
        if (keys.length == 0 || keys.length != values.length) {
            throw new IllegalArgumentException("attention needs as many keys as values (got " + keys.length + " and " + values.length + "), at least one");
        }
        double[] scores = new double[keys.length];
        for (int mu = 0; mu < keys.length; mu++) scores[mu] = Dense.dot(Checks.vector("key " + mu, keys[mu], query.length), query);
        Dense.softmax(beta, scores, scores);
        double[] out = new double[Checks.present("value 0", values[0]).length];
        for (int mu = 0; mu < values.length; mu++) {
            Checks.vector("value " + mu, values[mu], out.length);
            for (int i = 0; i < out.length; i++) out[i] += scores[mu] * values[mu][i];
        }
        return out;
    }
}
