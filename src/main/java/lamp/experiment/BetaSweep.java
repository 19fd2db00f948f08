package lamp.experiment;

import java.util.function.DoubleFunction;
import lamp.limit.AssociativeMemory;
import lamp.linalg.Checks;
import lamp.linalg.Dense;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import tech.tablesaw.api.Table;

/**
 * Model B's inverse temperature β (MATH.md M10–M11, §6): for each β, exact retrievals and the
 * softmax weights p = softmax(β ξ v) at the final state v. Small β: many patterns share the weight
 * (participation 1/Σp² near K, entropy near ln K: the fixed point is an average, a metastable state);
 * large β: one pattern takes it (participation near 1, entropy near 0: single-pattern retrieval).
 * <pre>{@code
 * Table t = BetaSweep.modernHopfield()     // or BetaSweep.of((xi, beta) -> new ModernHopfield(xi, beta))
 *     .features(64).memories(100).betas(0.01, 0.1, 1, 10).corruption(0.1).trials(50).seed(3).run();
 * }</pre>
 * One row per β: model, beta, patterns, N_f, K, K/N_f, corruption kind, corruption, trials, max steps,
 * exact fraction, mean overlap, mean steps, converged fraction, mean participation, mean entropy,
 * mean max weight, seed. Every β sees the same memories, targets and corruptions.
 */
public final class BetaSweep extends RetrievalExperiment<BetaSweep> {
    /** Builds the model at inverse temperature β on memories ξ. */
    @FunctionalInterface
    public interface BetaModel {
        AssociativeMemory create(Memories xi, double beta);
    }

    private final BetaModel model;
    private final DoubleFunction<AssociativeMemory> prebuilt;
    private String label;
    private int count = 100;
    private double[] betas;
    private Corruption.Kind kind = Corruption.Kind.FLIP;
    private double amount = 0.1;

    private BetaSweep(BetaModel model, DoubleFunction<AssociativeMemory> prebuilt) {
        this.model = model;
        this.prebuilt = prebuilt;
    }

    /** Sweep of Model B, {@link lamp.limit.ModernHopfield} (M10–M11), labelled "modern Hopfield". */
    public static BetaSweep modernHopfield() {
        return of(lamp.limit.ModernHopfield::new).label("modern Hopfield");
    }

    /** Sweep of {@code model}, which is built afresh from each trial's memories at each β. */
    public static BetaSweep of(BetaModel model) {
        if (model == null) throw new IllegalArgumentException("model is null");
        return new BetaSweep(model, null);
    }

    /**
     * Sweep of a model the caller builds per β on memories of its own choosing; the memories of
     * the model at each β are used as a fixed set (trials differ in target and corruption). The one
     * model per β is shared by the parallel trials, so its update must be thread-safe (lamp's models
     * are), or call {@code parallel(false)}.
     */
    public static BetaSweep ofFixed(DoubleFunction<AssociativeMemory> modelAtBeta) {
        if (modelAtBeta == null) throw new IllegalArgumentException("model is null");
        return new BetaSweep(null, modelAtBeta);
    }

    /**
     * The model column's label (default: the model's own name at the first β with any "β=…" part
     * removed, the same on every row).
     */
    public BetaSweep label(String label) {
        this.label = label;
        return this;
    }

    /** The number of random memories K per trial (default 100). */
    public BetaSweep memories(int count) {
        this.count = Checks.count("memory count K", count, 1);
        return this;
    }

    /** The inverse temperatures β to test, each finite and > 0. */
    public BetaSweep betas(double... betas) {
        if (betas == null || betas.length == 0) throw new IllegalArgumentException("beta list is empty");
        for (double b : betas) Checks.positive("beta", b);
        this.betas = betas.clone();
        return this;
    }

    /** Flip this fraction of the target's entries (default 0.1). */
    public BetaSweep corruption(double fraction) {
        return corruption(Corruption.Kind.FLIP, fraction);
    }

    /** Corrupt targets with {@code kind} at {@code amount}. */
    public BetaSweep corruption(Corruption.Kind kind, double amount) {
        this.amount = checkAmount(kind, amount);
        this.kind = kind;
        return this;
    }

    /** Runs every β and returns one row per β. */
    public Table run() {
        if (betas == null) throw new IllegalArgumentException("beta list is empty: call betas(...)");
        Rows rows = new Rows("beta sweep");
        int point = 0;
        String name = null;
        for (double beta : betas) {
            long start = System.nanoTime();
            Memories fixed = null;
            java.util.function.Function<Memories, AssociativeMemory> factory;
            if (prebuilt != null) {
                AssociativeMemory built = prebuilt.apply(beta);
                if (built == null) throw new IllegalArgumentException("model at beta " + beta + " is null");
                fixed = built.memories();
                factory = xi -> built;
            } else {
                factory = xi -> model.create(xi, beta);
            }
            int n = fixed != null ? fixed.dimension() : features;
            int k = fixed != null ? fixed.count() : count;
            Trials.Summary s = Trials.run(new Trials.Setup(factory, patterns, fixed, n, k, kind, amount, trials, seed,
                    maxSteps, tolerance, parallel, (xi, v) -> weights(xi, v, beta), 3));
            if (name == null) name = label != null ? label : s.modelName().replaceAll("\\s*(β|beta)\\s*=\\s*[^,\\s)\\]]+", "").trim();
            rows.put(Columns.MODEL, name).put(Columns.BETA, beta)
                    .put(Columns.PATTERNS, fixed != null ? "fixed" : patternsLabel)
                    .put(Columns.N_F, n).put(Columns.K, k).put(Columns.LOAD, (double) k / n)
                    .put(Columns.KIND, kind.label()).put(Columns.CORRUPTION, amount)
                    .put(Columns.TRIALS, trials).put(Columns.MAX_STEPS, maxSteps)
                    .put(Columns.EXACT, s.exact()).put(Columns.OVERLAP, s.overlap())
                    .put(Columns.STEPS, s.steps()).put(Columns.CONVERGED, s.converged())
                    .put(Columns.PARTICIPATION, s.extras()[0]).put(Columns.ENTROPY, s.extras()[1])
                    .put(Columns.MAX_WEIGHT, s.extras()[2])
                    .put(Columns.SEED, seed).end();
            report(String.format(java.util.Locale.ROOT, "beta sweep %s beta=%s (%d/%d): exact %s, participation %s [%.1f s]",
                    name, fmt(beta), ++point, betas.length, fmt(s.exact()), fmt(s.extras()[0]),
                    (System.nanoTime() - start) / 1e9));
        }
        return rows.table();
    }

    /** Participation ratio 1/Σp², entropy −Σ p ln p and max p of p = softmax(β ξ v). */
    static double[] weights(Memories xi, double[] v, double beta) {
        double[] h = xi.multiply(v);
        double[] p = new double[h.length];
        Dense.softmax(beta, h, p);
        double sumSquares = 0, entropy = 0, max = 0;
        for (double q : p) {
            sumSquares += q * q;
            if (q > 0) entropy -= q * Math.log(q);
            max = Math.max(max, q);
        }
        return new double[] {1 / sumSquares, entropy, max};
    }
}
