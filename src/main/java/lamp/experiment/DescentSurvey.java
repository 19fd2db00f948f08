package lamp.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import lamp.limit.AssociativeMemory;
import lamp.linalg.Checks;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import tech.tablesaw.api.Table;

/**
 * The discrete update (M7) on many random instances (MATH.md §5 check 12): for each model, fresh
 * random ±1 memories ξ and a Gaussian start v(0) per instance, a number of updates, and the largest
 * energy change any update made. For convex L_v, L_h no update raises E_eff.
 *
 * <pre>{@code
 * Table t = DescentSurvey.create()
 *     .model("B: modern Hopfield", xi -> new ModernHopfield(xi, 1))
 *     .features(16).memories(32).instances(20).steps(30).seed(12).run();
 * }</pre>
 * One row per model: model, N_f, K, instances, updates, max dE (largest E(s) − E(s−1)), max
 * relative dE (largest dE/(1 + |E(s−1)|)), rises (updates with relative dE &gt; 1e-12), mean final
 * overlap (ξ_μ·v/N_f with the memory nearest the start), seed.
 */
public final class DescentSurvey {
    /** Relative energy change above which an update counts as a rise (rounding allowance). */
    public static final double RISE_TOLERANCE = 1e-12;

    private final Map<String, Function<Memories, ? extends AssociativeMemory>> models = new LinkedHashMap<>();
    private int features = 16, count = 32, instances = 20, steps = 30;
    private double startSigma = 1;
    private long seed = 0;

    private DescentSurvey() {}

    /** A survey with defaults: N_f = 16, K = 32, 20 instances of 30 updates, starts N(0, 1), seed 0. */
    public static DescentSurvey create() {
        return new DescentSurvey();
    }

    /** Adds a model built from each instance's memories ξ. */
    public DescentSurvey model(String label, Function<Memories, ? extends AssociativeMemory> factory) {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("model label is empty");
        if (factory == null) throw new IllegalArgumentException("model factory for '" + label + "' is null");
        if (models.containsKey(label)) throw new IllegalArgumentException("model '" + label + "' is already in the survey");
        models.put(label, factory);
        return this;
    }

    /** N_f (default 16). */
    public DescentSurvey features(int n) { this.features = Checks.count("features N_f", n, 1); return this; }

    /** K, the memories per instance (default 32). */
    public DescentSurvey memories(int k) { this.count = Checks.count("memory count K", k, 1); return this; }

    /** Random instances per model (default 20). */
    public DescentSurvey instances(int n) { this.instances = Checks.count("instances", n, 1); return this; }

    /** Updates per instance (default 30). */
    public DescentSurvey steps(int n) { this.steps = Checks.count("steps", n, 1); return this; }

    /** Standard deviation σ of the Gaussian start v(0) (default 1). */
    public DescentSurvey startSigma(double sigma) { this.startSigma = Checks.positive("start σ", sigma); return this; }

    /** Seed of the memories and starts (default 0); instance i of every model sees the same ξ and v(0). */
    public DescentSurvey seed(long seed) { this.seed = seed; return this; }

    /** Runs every model on every instance; one row per model. */
    public Table run() {
        if (models.isEmpty()) throw new IllegalArgumentException("no models in the survey: call model(label, factory)");
        Rows rows = new Rows("discrete updates (M7) on random instances");
        for (Map.Entry<String, Function<Memories, ? extends AssociativeMemory>> m : models.entrySet()) {
            double maxDe = Double.NEGATIVE_INFINITY, maxRel = Double.NEGATIVE_INFINITY, overlap = 0;
            int rises = 0, updates = 0;
            for (int i = 0; i < instances; i++) {
                Memories xi = Patterns.randomBinary(count, features, Seeds.derive(seed, i, 0));
                Random r = new Random(Seeds.derive(seed, i, 1));
                double[] v0 = new double[features];
                for (int j = 0; j < features; j++) v0[j] = startSigma * r.nextGaussian();
                AssociativeMemory model = m.getValue().apply(xi);
                if (model == null) throw new IllegalArgumentException("model factory for '" + m.getKey() + "' returned null");
                Table t = Descent.of(model).from(v0).steps(steps).run();
                double[] e = t.doubleColumn(Columns.ENERGY).asDoubleArray();
                for (int s = 1; s < e.length; s++) {
                    double de = e[s] - e[s - 1], rel = de / (1 + Math.abs(e[s - 1]));
                    maxDe = Math.max(maxDe, de);
                    maxRel = Math.max(maxRel, rel);
                    if (rel > RISE_TOLERANCE || !Double.isFinite(e[s])) rises++;
                    updates++;
                }
                overlap += t.doubleColumn(Columns.OVERLAP_TARGET).get(t.rowCount() - 1);
            }
            rows.put(Columns.MODEL, m.getKey()).put(Columns.N_F, features).put(Columns.K, count).put("instances", instances)
                    .put("updates", updates).put("max dE", maxDe).put("max relative dE", maxRel).put("rises", rises)
                    .put("mean final overlap", overlap / instances).put(Columns.SEED, seed).end();
        }
        return rows.table();
    }
}
