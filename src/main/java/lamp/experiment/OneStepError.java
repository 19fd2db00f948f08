package lamp.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Consumer;
import lamp.limit.ModernHopfield;
import lamp.base.Checks;
import lamp.linalg.Dense;
import lamp.base.Interrupts;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The error of ONE update (M11), KH2020 (16), v ← ξᵀ softmax(βξq), from a query q near a stored
 * pattern ξ_μ, against β: Ramsauer et al. 2020's exponentially small retrieval error.
 *
 * <p>With scores s_ν = ξ_ν·q, the query's own separation Δ' = s_μ − max_{ν≠μ} s_ν and M = max_ν ‖ξ_ν‖,
 * every rival's softmax weight is at most e^{−βΔ'}, and v − ξ_μ = Σ_{ν≠μ} p_ν (ξ_ν − ξ_μ), so
 * <pre>
 *   ‖v − ξ_μ‖ ≤ (1 − p_μ) · 2M ≤ 2M (K − 1) e^{−βΔ'}                          (the query's bound)
 *   ‖v − ξ_μ‖ ≤ 2M (K − 1) e^{−β(Δ_μ − 2M‖q − ξ_μ‖)}                          (Ramsauer 2020's form)
 * </pre>
 * with Δ_μ = ξ_μ·ξ_μ − max_{ν≠μ} ξ_μ·ξ_ν the pattern's separation; the second follows from the first
 * because Δ' ≥ Δ_μ − 2M‖q − ξ_μ‖ (Cauchy–Schwarz). Ramsauer et al.'s retrieval-error theorem has
 * 2M max{‖q − ξ_μ‖, ‖ξ*_μ − ξ_μ‖} (ξ*_μ the fixed point near ξ_μ) in place of 2M‖q − ξ_μ‖, so the form
 * checked here is at least as strong as theirs. When Δ' &gt; 0 the error falls exponentially, and for
 * large β it is dominated by the nearest rivals: ln error = −βΔ' + const + O(e^{−2β}), because with ±1
 * patterns and queries all scores share the parity of N_f, so the next rivals lie at least 2 lower.
 * The slope of ln error against β is therefore predicted by the data: −Δ'.
 *
 * <p>Instance i draws K random ±1 memories (N_f entries); each query is ξ_1 (row 0) with a given
 * number of entries flipped (0 = the stored pattern itself). For every β of the grid the update is
 * {@link ModernHopfield#update(double[])}. The slope is the least-squares slope of ln error on β over
 * the points with β ≥ the fit start and error ≥ {@link #FLOOR} (well above the rounding of
 * v − ξ_μ, about 1e-16·‖ξ_μ‖); a query with Δ' ≤ 0, or with fewer than three such points, is not
 * fitted (its row says so). lamp's check of Ramsauer 2020; KH2020 states the update, not its error.
 * <pre>{@code
 * OneStepError.Result r = OneStepError.create().features(16).memories(32).flips(0, 1, 2).instances(100).seed(4).run();
 * r.queries();              // one row per query: Δ_μ, Δ', measured and predicted slope, bound violations
 * r.worstSlopeDeviation();  // largest |slope + Δ'| / Δ' over the fitted queries
 * }</pre>
 */
public final class OneStepError {
    /** Errors below this are not used for the slope: rounding of v − ξ_μ is about 1e-16·‖ξ_μ‖. */
    public static final double FLOOR = 1e-12;
    /** Relative slack allowed when comparing the error with a bound (rounding of the update). */
    public static final double BOUND_SLACK = 1e-9;

    private int features = 16, count = 32, instances = 100;
    private int[] flips = {0, 1, 2};
    private double[] betas = grid(0.25, 8, 0.25);
    private double fitFrom = 2;
    private long seed = 0;
    private Progress progress = Progress.none();

    private OneStepError() {}

    /** Defaults: N_f = 16, K = 32, 0, 1 and 2 entries flipped, 100 instances, β = 0.25, 0.5, …, 8, fit from β = 2, seed 0. */
    public static OneStepError create() {
        return new OneStepError();
    }

    /** N_f (default 16). */
    public OneStepError features(int n) { this.features = Checks.count("features N_f", n, 2); return this; }

    /** K, memories per instance (default 32; at least 2, so there is a rival). */
    public OneStepError memories(int k) { this.count = Checks.count("memory count K", k, 2); return this; }

    /** Random instances (default 100). */
    public OneStepError instances(int n) { this.instances = Checks.count("instances", n, 1); return this; }

    /** The numbers of entries of ξ_1 flipped to make the queries (each in [0, N_f), distinct; default 0, 1, 2). */
    public OneStepError flips(int... f) {
        if (f == null || f.length == 0) throw new IllegalArgumentException("flip counts are empty");
        TreeSet<Integer> seen = new TreeSet<>();
        for (int x : f) {
            if (x < 0) throw new IllegalArgumentException("flip count must be ≥ 0, got " + x);
            if (!seen.add(x)) throw new IllegalArgumentException("flip count " + x + " is listed twice");
        }
        this.flips = f.clone();
        return this;
    }

    /** The β grid (each finite and &gt; 0, strictly increasing). */
    public OneStepError betas(double... b) {
        if (b == null || b.length < 3) throw new IllegalArgumentException("give at least three β values, got " + (b == null ? 0 : b.length));
        for (int i = 0; i < b.length; i++) {
            Checks.positive("β", b[i]);
            if (i > 0 && b[i] <= b[i - 1]) throw new IllegalArgumentException("β values must increase: " + b[i - 1] + " then " + b[i]);
        }
        this.betas = b.clone();
        return this;
    }

    /** The smallest β used for the slope (default 2: there e^{−2β} &lt; 0.02). */
    public OneStepError fitFrom(double beta) { this.fitFrom = Checks.positive("fit start β", beta); return this; }

    /** Seed of the memories and flips (default 0). */
    public OneStepError seed(long seed) { this.seed = seed; return this; }

    /** With {@code true}, a status line on standard error rewritten as instances finish. */
    public OneStepError progress(boolean on) { this.progress = Progress.console(on); return this; }

    /** One line per tenth of the instances to {@code sink}. */
    public OneStepError progress(Consumer<String> sink) { this.progress = Progress.lines(sink); return this; }

    /** Runs every query of every instance at every β. */
    public Result run() {
        for (int f : flips) {
            if (f >= features) throw new IllegalArgumentException("flip count " + f + " must be below N_f = " + features);
        }
        String params = String.format(Locale.ROOT, "N_f = %d, K = %d, seed %d", features, count, seed);
        Rows points = new Rows("One update (M11): error ‖v − ξ_μ‖ against β (" + params + ")");
        Rows queries = new Rows("One update (M11): slope of ln error against β, per query (" + params + ")");
        long start = System.nanoTime();
        int report = Math.max(1, instances / 10);
        for (int i = 0; i < instances; i++) {
            Interrupts.check("in the one-update error, instance " + i);
            Memories xi = Patterns.randomBinary(count, features, Seeds.derive(seed, i, 0));
            double[] target = xi.row(0);
            double m = 0;
            for (int nu = 0; nu < count; nu++) m = Math.max(m, Math.sqrt(Dense.dot(xi.row(nu), xi.row(nu))));
            double patternSeparation = separation(xi, target);
            for (int f : flips) {
                double[] q = f == 0 ? target.clone() : Corruption.flip(target, f / (double) features, Seeds.derive(seed, i, 1, f));
                double[] diff = q.clone();
                for (int j = 0; j < features; j++) diff[j] -= target[j];
                double r = Math.sqrt(Dense.dot(diff, diff));
                double querySeparation = separation(xi, q);
                double[] fitBeta = new double[betas.length], fitLog = new double[betas.length];
                int fitted = 0, violations = 0;
                for (double beta : betas) {
                    double[] v = new ModernHopfield(xi, beta).update(q);
                    for (int j = 0; j < features; j++) v[j] -= target[j];
                    double error = Math.sqrt(Dense.dot(v, v));
                    double bound = 2 * m * (count - 1) * Math.exp(-beta * querySeparation);
                    double ramsauer = 2 * m * (count - 1) * Math.exp(-beta * (patternSeparation - 2 * m * r));
                    boolean holds = error <= bound * (1 + BOUND_SLACK) && error <= ramsauer * (1 + BOUND_SLACK);
                    if (!holds) violations++;
                    if (beta >= fitFrom && error >= FLOOR && querySeparation > 0) {
                        fitBeta[fitted] = beta;
                        fitLog[fitted++] = Math.log(error);
                    }
                    points.put("instance", i).put("flips", f).put(Columns.BETA, beta).put("error", error)
                            .put("bound", bound).put("Ramsauer bound", ramsauer).put("query separation", querySeparation)
                            .put("pattern separation", patternSeparation).put("bound holds", holds ? 1 : 0)
                            .put(Columns.N_F, features).put(Columns.K, count).put(Columns.SEED, seed).end();
                }
                double slope = fitted >= 3 ? Fits.slope(Arrays.copyOf(fitBeta, fitted), Arrays.copyOf(fitLog, fitted)) : Double.NaN;
                double deviation = fitted >= 3 ? Math.abs(slope + querySeparation) / querySeparation : Double.NaN;
                queries.put("instance", i).put("flips", f).put("distance to pattern", r)
                        .put("pattern separation", patternSeparation).put("query separation", querySeparation)
                        .put("fitted points", fitted).put("measured slope", slope).put("predicted slope", -querySeparation)
                        .put("relative deviation", deviation).put("bound violations", violations)
                        .put(Columns.N_F, features).put(Columns.K, count).put("fit from beta", fitFrom)
                        .put(Columns.SEED, seed).end();
            }
            if ((i + 1) % report == 0 || i + 1 == instances) {
                progress.point(String.format(Locale.ROOT, "one-update error: %d of %d instances [%.1f s]", i + 1, instances,
                        RetrievalExperiment.seconds(start)));
            }
        }
        progress.done();
        return new Result(points.table(), queries.table(), seed);
    }

    /** s_μ − max_{ν≠μ} s_ν with s_ν = ξ_ν·q and μ = 0. */
    private double separation(Memories xi, double[] q) {
        double best = Double.NEGATIVE_INFINITY;
        for (int nu = 1; nu < count; nu++) best = Math.max(best, Dense.dot(xi.row(nu), q));
        return Dense.dot(xi.row(0), q) - best;
    }

    private static double[] grid(double from, double to, double step) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) g[i] = from + i * step;
        return g;
    }

    /** The errors at every β (one row per query and β) and the fitted slope of each query. */
    public static final class Result implements ExperimentResult {
        private final Table points, queries;
        private final long seed;

        private Result(Table points, Table queries, long seed) {
            this.points = points;
            this.queries = queries;
            this.seed = seed;
        }

        /** The run's seed (from which every trial's seed derives), as in the seed column. */
        @Override
        public OptionalLong seed() { return OptionalLong.of(seed); }

        /**
         * One row per query and β: instance, flips, beta, error ‖v − ξ_μ‖, bound 2M(K−1)e^{−βΔ'},
         * Ramsauer bound 2M(K−1)e^{−β(Δ_μ − 2M r)}, query separation Δ', pattern separation Δ_μ, bound
         * holds (1 when the error is below both), N_f, K, seed.
         */
        @Override
        public Table table() { return points.copy(); }

        /**
         * One row per query: instance, flips, distance to pattern r, pattern separation Δ_μ, query
         * separation Δ', fitted points, measured slope (NaN when not fitted), predicted slope −Δ',
         * relative deviation |slope + Δ'|/Δ', bound violations, N_f, K, fit from beta, seed.
         */
        public Table queries() { return queries.copy(); }

        /** Errors, over every query and β, above either bound. */
        public int boundViolations() { return (int) queries.intColumn("bound violations").sum(); }

        /** Queries whose slope was fitted (Δ' &gt; 0 and at least three points above the floor from the fit start). */
        public int fittedQueries() { return (int) queries.doubleColumn("measured slope").isNotMissing().size(); }

        /** All queries. */
        public int queryCount() { return queries.rowCount(); }

        /** The largest |measured slope + Δ'| / Δ' over the fitted queries. */
        public double worstSlopeDeviation() {
            DoubleColumn d = queries.doubleColumn("relative deviation");
            double worst = 0;
            for (int r = 0; r < d.size(); r++) if (!d.isMissing(r)) worst = Math.max(worst, d.get(r));
            if (fittedQueries() == 0) throw new IllegalStateException("no query was fitted: every Δ' ≤ 0 or too few points above " + FLOOR);
            return worst;
        }

        /**
         * Error and bound of the first fitted query with each query separation in {@code separations}, against β, on the
         * β where every one of those errors is at least {@link #FLOOR} (the measurable range): columns beta,
         * "error (Δ' = d)" and "bound (Δ' = d)" for each d. For a semi-log chart: the bound is a line of slope −Δ'.
         */
        public Table curves(double... separations) {
            if (separations == null || separations.length == 0) throw new IllegalArgumentException("no query separations given");
            int[] rows = new int[separations.length];
            for (int k = 0; k < separations.length; k++) {
                rows[k] = -1;
                for (int r = 0; r < queries.rowCount() && rows[k] < 0; r++) {
                    if (queries.doubleColumn("query separation").get(r) == separations[k]
                            && !queries.doubleColumn("measured slope").isMissing(r)) rows[k] = r;
                }
                if (rows[k] < 0) throw new IllegalArgumentException("no fitted query has separation Δ' = " + separations[k]
                        + "; separations present: " + new TreeSet<>(queries.doubleColumn("query separation").asList()));
            }
            Rows out = new Rows("One update: error and bound 2M(K−1)e^{−βΔ'} against β");
            DoubleColumn beta = points.doubleColumn(Columns.BETA);
            int nBeta = points.rowCount() / queries.rowCount();
            for (int b = 0; b < nBeta; b++) {
                boolean measurable = true;
                for (int row : rows) measurable &= points.doubleColumn("error").get(row * nBeta + b) >= FLOOR;
                if (!measurable) continue;
                out.put(Columns.BETA, beta.get(b));
                for (int k = 0; k < rows.length; k++) {
                    String d = String.format(Locale.ROOT, "%.0f", separations[k]);
                    out.put("error (Δ' = " + d + ")", points.doubleColumn("error").get(rows[k] * nBeta + b));
                    out.put("bound (Δ' = " + d + ")", points.doubleColumn("bound").get(rows[k] * nBeta + b));
                }
                out.end();
            }
            Table t = out.table();
            if (t.rowCount() == 0) throw new IllegalArgumentException("no β where every chosen error is at least " + FLOOR);
            return t;
        }

        @Override
        public String toString() { return queries.print(); }
    }
}
