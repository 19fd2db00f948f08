package lamp.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Consumer;
import lamp.limit.ModernHopfield;
import lamp.base.Checks;
import lamp.linalg.Dense;
import lamp.base.Interrupts;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import tech.tablesaw.api.Table;

/**
 * Model B's Euler step with a general step a = dt/τ_f, KH2020 (15) ({@link ModernHopfield#eulerStep}),
 * on many random instances: the edge a = 2 of THEORY.md check 16. The Hessian of the energy (M10),
 * KH2020 (13), is I − βξᵀ(diag p − ppᵀ)ξ ⪯ I, so with d = ξᵀp − v (I = 0)
 * <pre>
 *   E(v + a d) ≤ E(v) − a(1 − a/2)‖d‖²
 * </pre>
 * for every a: a step with a ∈ (0, 2) never raises E, while beyond 2 the bound allows a rise and one
 * occurs wherever the curvature along d is close to 1 (a saturated softmax). lamp's own check; KH2020
 * states the update, not this edge.
 *
 * <p>Instance i draws random ±1 memories ξ (K × N_f), β log-uniform in [β_min, β_max] and a Gaussian
 * start v(0) with N(0, 1) entries; every step size a sees the same instances. Each instance takes a
 * number of Euler steps; a step is a rise by {@link Descent#isRise}, and it violates the bound when
 * E(v + a d) exceeds E(v) − a(1 − a/2)‖d‖² by more than {@link Descent#RISE_TOLERANCE} relative to
 * max(1, |E(v)|).
 * <pre>{@code
 * EulerStepEdge.Result r = EulerStepEdge.create().stepSizes(1.9, 1.99, 2.05, 3).instances(500).seed(3).run();
 * r.table();              // one row per a: rising steps, instances with a rise, largest rise, bound violations, …
 * r.risingSteps(1.99);    // 0: below the edge E never rises
 * }</pre>
 */
public final class EulerStepEdge {
    /** The default step sizes: below, at and beyond the edge a = 2. */
    public static final double[] DEFAULT_STEPS = {0.5, 1, 1.5, 1.9, 1.99, 2, 2.05, 2.2, 2.5, 3};

    private double[] stepSizes = DEFAULT_STEPS.clone();
    private int features = 16, count = 32, instances = 500, steps = 5;
    private double betaMin = 0.02, betaMax = 2;
    private long seed = 0;
    private Progress progress = Progress.none();

    private EulerStepEdge() {}

    /** Defaults: a ∈ {@link #DEFAULT_STEPS}, N_f = 16, K = 32, 500 instances of 5 steps, β ∈ [0.02, 2], seed 0. */
    public static EulerStepEdge create() {
        return new EulerStepEdge();
    }

    /** The step sizes a = dt/τ_f to test (each finite and &gt; 0, distinct). */
    public EulerStepEdge stepSizes(double... a) {
        if (a == null || a.length == 0) throw new IllegalArgumentException("step sizes a = dt/τ_f are empty");
        double[] s = a.clone();
        for (double x : s) Checks.positive("step size a = dt/τ_f", x);
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) throw new IllegalArgumentException("step size a = " + sorted[i] + " is listed twice");
        }
        this.stepSizes = s;
        return this;
    }

    /** N_f (default 16). */
    public EulerStepEdge features(int n) { this.features = Checks.count("features N_f", n, 1); return this; }

    /** K, memories per instance (default 32). */
    public EulerStepEdge memories(int k) { this.count = Checks.count("memory count K", k, 1); return this; }

    /** Random instances per step size (default 500). */
    public EulerStepEdge instances(int n) { this.instances = Checks.count("instances", n, 1); return this; }

    /** Euler steps per instance (default 5). */
    public EulerStepEdge steps(int n) { this.steps = Checks.count("steps", n, 1); return this; }

    /** The range of β, drawn log-uniformly per instance (0 &lt; min ≤ max; default [0.02, 2]). */
    public EulerStepEdge betaRange(double min, double max) {
        Checks.positive("β min", min);
        Checks.positive("β max", max);
        if (max < min) throw new IllegalArgumentException("β range is empty: min " + min + " > max " + max);
        this.betaMin = min;
        this.betaMax = max;
        return this;
    }

    /** Seed of the memories, β and starts (default 0). */
    public EulerStepEdge seed(long seed) { this.seed = seed; return this; }

    /** With {@code true}, a status line on standard error rewritten after each step size. */
    public EulerStepEdge progress(boolean on) { this.progress = Progress.console(on); return this; }

    /** One line per finished step size to {@code sink}. */
    public EulerStepEdge progress(Consumer<String> sink) { this.progress = Progress.lines(sink); return this; }

    /** Runs every step size on every instance. */
    public Result run() {
        Rows rows = new Rows("Model B Euler steps (KH2020 (15)) against a = dt/τ_f (seed " + seed + ")");
        int done = 0;
        for (double a : stepSizes) {
            long start = System.nanoTime();
            int rising = 0, risingInstances = 0, violations = 0, total = 0;
            double largestRise = 0, largestRelative = 0, largestExcess = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < instances; i++) {
                Interrupts.check("in the Euler step edge at a = " + a + ", instance " + i);
                ModernHopfield model = instance(i);
                double[] v = start(i);
                double e = model.energy(v);
                boolean rose = false;
                for (int s = 0; s < steps; s++) {
                    double[] d = model.update(v);
                    for (int j = 0; j < d.length; j++) d[j] -= v[j];
                    double[] next = model.eulerStep(v, a);
                    double en = model.energy(next);
                    double scale = Math.max(1, Math.abs(e));
                    double bound = e - a * (1 - a / 2) * Dense.dot(d, d);
                    largestExcess = Math.max(largestExcess, (en - bound) / scale);
                    if ((en - bound) / scale > Descent.RISE_TOLERANCE) violations++;
                    if (Descent.isRise(e, en)) {
                        rising++;
                        rose = true;
                        largestRise = Math.max(largestRise, en - e);
                        largestRelative = Math.max(largestRelative, Descent.relativeChange(e, en));
                    }
                    total++;
                    v = next;
                    e = en;
                }
                if (rose) risingInstances++;
            }
            rows.put("a = dt/tau_f", a).put("instances", instances).put("steps", total).put("rising steps", rising)
                    .put("instances with a rise", risingInstances).put("rise fraction", risingInstances / (double) instances)
                    .put("largest rise", largestRise).put("largest relative rise", largestRelative)
                    .put("bound violations", violations).put("largest bound excess", largestExcess)
                    .put(Columns.N_F, features).put(Columns.K, count).put("beta min", betaMin).put("beta max", betaMax)
                    .put(Columns.SEED, seed).end();
            progress.point(String.format(Locale.ROOT, "Euler step a = %s (%d/%d): %d of %d instances rose [%.1f s]",
                    a, ++done, stepSizes.length, risingInstances, instances, RetrievalExperiment.seconds(start)));
        }
        progress.done();
        return new Result(rows.table(), seed);
    }

    /** Instance i's model: random ±1 memories and a log-uniform β, the same for every step size. */
    private ModernHopfield instance(int i) {
        Memories xi = Patterns.randomBinary(count, features, Seeds.derive(seed, i, 0));
        double u = new Random(Seeds.derive(seed, i, 1)).nextDouble();
        double beta = betaMin * Math.pow(betaMax / betaMin, u);
        return new ModernHopfield(xi, beta);
    }

    private double[] start(int i) {
        Random rng = new Random(Seeds.derive(seed, i, 2));
        double[] v = new double[features];
        for (int j = 0; j < features; j++) v[j] = rng.nextGaussian();
        return v;
    }

    /** One row per step size a, in the order given. */
    public static final class Result implements ExperimentResult {
        private final Table table;
        private final long seed;

        private Result(Table table, long seed) {
            this.table = table;
            this.seed = seed;
        }

        /** The run's seed (from which every trial's seed derives), as in the seed column. */
        @Override
        public OptionalLong seed() { return OptionalLong.of(seed); }

        /**
         * One row per a: a = dt/tau_f, instances, steps, rising steps, instances with a rise, rise
         * fraction (of instances), largest rise, largest relative rise, bound violations, largest bound
         * excess (relative), N_f, K, beta min, beta max, seed.
         */
        @Override
        public Table table() { return table.copy(); }

        /** Steps with step size a that raised E. */
        public int risingSteps(double a) { return (int) value(a, "rising steps"); }

        /** The fraction of instances with at least one rising step at step size a. */
        public double riseFraction(double a) { return value(a, "rise fraction"); }

        /** The largest rise E(after) − E(before) of one step at step size a (0 when none rose). */
        public double largestRise(double a) { return value(a, "largest rise"); }

        /** Steps, over every step size, where E exceeded the bound E(v) − a(1 − a/2)‖d‖². */
        public int boundViolations() { return (int) table.intColumn("bound violations").sum(); }

        /** The largest relative excess of E over the bound, over every step (≤ 0 up to rounding when it holds). */
        public double largestBoundExcess() { return table.doubleColumn("largest bound excess").max(); }

        private double value(double a, String column) {
            for (int r = 0; r < table.rowCount(); r++) {
                if (table.doubleColumn("a = dt/tau_f").get(r) == a) return ((Number) table.column(column).get(r)).doubleValue();
            }
            throw new IllegalArgumentException("no step size a = " + a + " in this result; step sizes: " + table.doubleColumn("a = dt/tau_f").asList());
        }

        @Override
        public String toString() { return table.print(); }
    }
}
