package lamp.experiment;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import lamp.base.Numbers;
import lamp.limit.AssociativeMemory;
import lamp.limit.ModernHopfield;
import lamp.base.Checks;
import lamp.linalg.Dense;
import lamp.memory.Corruption;
import lamp.memory.Memories;

/**
 * Model B's inverse temperature β (THEORY.md M10–M11, §6; KH2020 (11)–(16); Ramsauer 2020's three kinds
 * of fixed points): for each β, exact retrievals and the softmax weights p = softmax(β ξ v) at the
 * final state v. Small β: many patterns share the weight (participation 1/Σp² near K, entropy near
 * ln K: the fixed point is an average, a metastable state); large β: one pattern takes it
 * (participation near 1, entropy near 0: single-pattern retrieval).
 * <pre>{@code
 * TableResult r = BetaSweep.modernHopfield()   // or BetaSweep.of("mine", (xi, beta) -> new ModernHopfield(xi, beta))
 *     .features(64).memories(100).betas(0.01, 0.1, 1, 10).corruption(0.1).trials(50).seed(3).run();
 * }</pre>
 * One row per β: model, beta, patterns, N_f, K, K/N_f, corruption kind, corruption, trials, max steps,
 * exact fraction, mean overlap, mean steps, converged fraction, mean participation, mean entropy,
 * mean max weight, seed. The model column is the label the sweep was given; β is a column of its
 * own. Every β sees the same memories, targets and corruptions.
 */
public final class BetaSweep extends RetrievalExperiment<BetaSweep> {
    /** Builds the model at inverse temperature β on memories ξ. */
    @FunctionalInterface
    public interface BetaModel {
        AssociativeMemory create(Memories xi, double beta);
    }

    private final String label;
    private final BetaModel model;
    private final DoubleFunction<AssociativeMemory> prebuilt;
    private int count = 100;
    private double[] betas;
    private Corruption.Kind kind = Corruption.Kind.FLIP;
    private double amount = 0.1;

    private BetaSweep(String label, BetaModel model, DoubleFunction<AssociativeMemory> prebuilt) {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("model label is empty");
        if (model == null && prebuilt == null) throw new IllegalArgumentException("model is null");
        this.label = label;
        this.model = model;
        this.prebuilt = prebuilt;
    }

    /** Sweep of Model B, {@link ModernHopfield} (M10–M11), labelled "modern Hopfield". */
    public static BetaSweep modernHopfield() {
        return of("modern Hopfield", ModernHopfield::new);
    }

    /** Sweep of {@code model}, built afresh from each trial's memories at each β, labelled {@code label} on every row. */
    public static BetaSweep of(String label, BetaModel model) {
        return new BetaSweep(label, model, null);
    }

    /**
     * Sweep of a model the caller builds per β on memories of its own choosing, labelled {@code label};
     * the memories of the model at each β are used as a fixed set (trials differ in target and
     * corruption). The one model per β is shared by the parallel trials, so its update must be
     * thread-safe (lamp's models are), or call {@code parallel(false)}.
     */
    public static BetaSweep ofFixed(String label, DoubleFunction<AssociativeMemory> modelAtBeta) {
        return new BetaSweep(label, null, modelAtBeta);
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
    public TableResult run() {
        if (betas == null) throw new IllegalArgumentException("beta list is empty: call betas(...)");
        Rows rows = new Rows("beta sweep");
        int point = 0;
        for (double beta : betas) {
            long start = System.nanoTime();
            Memories fixed = null;
            Function<Memories, AssociativeMemory> factory;
            if (prebuilt != null) {
                AssociativeMemory built = prebuilt.apply(beta);
                if (built == null) throw new IllegalArgumentException("model at beta " + beta + " is null");
                fixed = built.memories();
                factory = xi -> built;
            } else {
                factory = xi -> model.create(xi, beta);
            }
            Trials.Builder setup = setup(factory).corruption(kind, amount).measure(new Weights(beta));
            Trials.Summary s = Trials.run((fixed != null ? setup.fixed(fixed) : setup.random(patterns, count, features)).build());
            int n = fixed != null ? fixed.dimension() : features;
            int k = fixed != null ? fixed.count() : count;
            double[] w = s.extras();
            rows.put(Columns.MODEL, label).put(Columns.BETA, beta)
                    .put(Columns.PATTERNS, fixed != null ? "fixed" : patternsLabel)
                    .put(Columns.N_F, n).put(Columns.K, k).put(Columns.LOAD, (double) k / n)
                    .put(Columns.KIND, kind.label()).put(Columns.CORRUPTION, amount)
                    .put(Columns.TRIALS, trials).put(Columns.MAX_STEPS, maxSteps)
                    .put(Columns.EXACT, s.exact()).put(Columns.OVERLAP, s.overlap())
                    .put(Columns.STEPS, s.steps()).put(Columns.CONVERGED, s.converged())
                    .put(Columns.PARTICIPATION, w[0]).put(Columns.ENTROPY, w[1]).put(Columns.MAX_WEIGHT, w[2])
                    .put(Columns.SEED, seed).end();
            progress.point(String.format(Locale.ROOT, "beta sweep %s beta=%s (%d/%d): exact %s, participation %s [%.1f s]",
                    label, Numbers.format(beta, 4), ++point, betas.length, Numbers.format(s.exact(), 4), Numbers.format(w[0], 4), seconds(start)));
        }
        progress.done();
        return new TableResult(rows.table(), OptionalLong.of(seed));
    }

    /** The softmax weights' summary at a final state, for {@link Trials}. */
    private record Weights(double beta) implements Trials.Measure {
        @Override public int count() { return 3; }

        @Override public double[] apply(Memories xi, double[] v) { return weights(xi, v, beta); }
    }

    /** Participation ratio 1/Σp², entropy −Σ p ln p and max p of p = softmax(β ξ v) (M11's weights). */
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
