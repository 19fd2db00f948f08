package lamp.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Consumer;
import lamp.lagrangian.ScalarFunction;
import lamp.limit.DenseAssociativeMemory;
import lamp.limit.Retrieval;
import lamp.base.Checks;
import lamp.base.Interrupts;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.apache.commons.math3.special.Erf;
import tech.tablesaw.api.Table;

/**
 * The classical capacity of the Hopfield network (Hopfield 1982; the limit 0.138 N_f is Amit,
 * Gutfreund and Sompolinsky's, AGS 1987) measured with its tolerated fraction of wrong bits: Model A
 * with F = x²/2 (KH2020 (8) with Hebbian weights T = ξᵀξ, zero diagonal; {@link DenseAssociativeMemory}),
 * started at a stored pattern and swept asynchronously (M9) to a fixed point, and the fraction of its
 * bits that differ from the pattern, against the load α = K/N_f for several N_f.
 *
 * <p>The prediction (AGS, replica-symmetric, zero temperature): below α_c ≈ 0.138 the pattern has a
 * retrieval state nearby with overlap m = erf(y), where y solves erf(y)/y = √(2α) + (2/√π)e^{−y²},
 * i.e. a fraction (1 − m)/2 of wrong bits, 0.1 % at α = 0.1 and 1.6 % at α_c; above α_c the retrieval
 * state is gone and the dynamics run far from the pattern. At finite N_f the collapse is smeared and
 * shifted to larger α (fluctuations keep the retrieval state metastable), by an amount that shrinks
 * as N_f grows.
 *
 * <p>Per (N_f, trial) one set of random ±1 memories ξ (K_max × N_f, K_max = the largest load's K)
 * serves every load, its first K rows stored at load K/N_f; the first {@code probes} stored patterns
 * are the starts. A run counts as retrieved when its wrong-bit fraction is at most the
 * {@link #collapseThreshold} (default 5 %); α_c(N_f) is where the retrieved fraction falls through ½.
 * <pre>{@code
 * ClassicalCapacity.Result r = ClassicalCapacity.create().sizes(100, 200, 400).trials(8).seed(4).run();
 * r.table();              // per (N_f, α): mean and median wrong-bit fraction, retrieved fraction, AGS value, …
 * r.criticalLoads();      // per N_f: α_c(N_f)
 * }</pre>
 */
public final class ClassicalCapacity {
    /** AGS's critical load: the largest α with a retrieval solution of the zero-temperature equations. */
    public static final double AGS_CRITICAL_LOAD = criticalLoad();

    private int[] sizes = {100, 200, 400, 800};
    private double[] loads = grid(0.08, 0.24, 0.01);
    private int trials = 10, probes = 10, maxSweeps = 200;
    private double threshold = 0.05;
    private long seed = 0;
    private Progress progress = Progress.none();

    private ClassicalCapacity() {}

    /** Defaults: N_f ∈ {100, 200, 400, 800}, α = 0.08, 0.09, …, 0.24, 10 trials of 10 probes, threshold 5 %, seed 0. */
    public static ClassicalCapacity create() {
        return new ClassicalCapacity();
    }

    /** The numbers of feature neurons N_f (each ≥ 10, increasing). */
    public ClassicalCapacity sizes(int... n) {
        if (n == null || n.length == 0) throw new IllegalArgumentException("sizes N_f are empty");
        for (int i = 0; i < n.length; i++) {
            Checks.count("size N_f", n[i], 10);
            if (i > 0 && n[i] <= n[i - 1]) throw new IllegalArgumentException("sizes N_f must increase, but " + n[i] + " follows " + n[i - 1]);
        }
        this.sizes = n.clone();
        return this;
    }

    /** The loads α = K/N_f (each in (0, 1], increasing); K = round(α N_f), at least 1. */
    public ClassicalCapacity loads(double... alpha) {
        if (alpha == null || alpha.length == 0) throw new IllegalArgumentException("loads α = K/N_f are empty");
        for (int i = 0; i < alpha.length; i++) {
            Checks.positive("load α = K/N_f", alpha[i]);
            if (alpha[i] > 1) throw new IllegalArgumentException("load α = K/N_f must be at most 1, got " + alpha[i]);
            if (i > 0 && alpha[i] <= alpha[i - 1]) throw new IllegalArgumentException("loads must increase, but " + alpha[i] + " follows " + alpha[i - 1]);
        }
        this.loads = alpha.clone();
        return this;
    }

    /** Random memory sets per N_f (default 10). */
    public ClassicalCapacity trials(int n) { this.trials = Checks.count("trials", n, 1); return this; }

    /** Stored patterns started from per memory set (default 10; at most K at each load). */
    public ClassicalCapacity probes(int n) { this.probes = Checks.count("probes", n, 1); return this; }

    /** The largest wrong-bit fraction that still counts as retrieved (in (0, 0.5); default 0.05). */
    public ClassicalCapacity collapseThreshold(double fraction) {
        if (!(fraction > 0 && fraction < 0.5)) throw new IllegalArgumentException("collapse threshold must be in (0, 0.5), got " + fraction);
        this.threshold = fraction;
        return this;
    }

    /** Sweeps allowed per run (default 200); a run that does not reach a fixed point is counted in the table. */
    public ClassicalCapacity maxSweeps(int n) { this.maxSweeps = Checks.count("max sweeps", n, 1); return this; }

    /** Seed of the memories (default 0). */
    public ClassicalCapacity seed(long seed) { this.seed = seed; return this; }

    /** With {@code true}, a status line on standard error rewritten after each (N_f, α). */
    public ClassicalCapacity progress(boolean on) { this.progress = Progress.console(on); return this; }

    /** One line per finished (N_f, α) to {@code sink}. */
    public ClassicalCapacity progress(Consumer<String> sink) { this.progress = Progress.lines(sink); return this; }

    /** Runs every size and load. */
    public Result run() {
        Rows rows = new Rows("classical Hopfield wrong-bit fraction against K/N_f (seed " + seed + ")");
        ScalarFunction half = ScalarFunction.quadratic();
        int points = sizes.length * loads.length, done = 0;
        for (int n : sizes) {
            int kMax = k(loads[loads.length - 1], n);
            double[][][] wrong = new double[loads.length][][];
            int[] sweeps = new int[loads.length], unconverged = new int[loads.length];
            long start = System.nanoTime();
            for (int a = 0; a < loads.length; a++) wrong[a] = new double[trials][];
            for (int t = 0; t < trials; t++) {
                Memories all = Patterns.randomBinary(kMax, n, Seeds.derive(seed, n, t));
                for (int a = 0; a < loads.length; a++) {
                    int k = k(loads[a], n), p = Math.min(probes, k);
                    DenseAssociativeMemory model = new DenseAssociativeMemory(all.first(k), half);
                    wrong[a][t] = new double[p];
                    for (int mu = 0; mu < p; mu++) {
                        Interrupts.check("in the classical capacity at N_f = " + n + ", K = " + k);
                        double[] pattern = all.row(mu);
                        Retrieval r = model.retrieve(pattern, maxSweeps, 0);
                        double[] s = r.state();
                        int errors = 0;
                        for (int i = 0; i < n; i++) if (s[i] != pattern[i]) errors++;
                        wrong[a][t][mu] = errors / (double) n;
                        sweeps[a] += r.steps();
                        if (!r.converged()) unconverged[a]++;
                    }
                }
            }
            for (int a = 0; a < loads.length; a++) {
                double[] w = Arrays.stream(wrong[a]).flatMapToDouble(Arrays::stream).toArray();
                double sum = 0, retrievedSum = 0;
                int retrieved = 0;
                for (double x : w) {
                    sum += x;
                    if (x <= threshold) {
                        retrieved++;
                        retrievedSum += x;
                    }
                }
                int k = k(loads[a], n);
                rows.put(Columns.N_F, n).put(Columns.K, k).put(Columns.LOAD, k / (double) n).put(Columns.TRIALS, trials)
                        .put("runs", w.length).put("mean wrong bits", sum / w.length).put("median wrong bits", median(w))
                        .put("retrieved fraction", retrieved / (double) w.length)
                        .put("mean wrong bits retrieved", retrieved == 0 ? Double.NaN : retrievedSum / retrieved)
                        .put("AGS wrong bits", agsWrongBits(k / (double) n)).put("mean sweeps", sweeps[a] / (double) w.length)
                        .put("unconverged", unconverged[a]).put("threshold", threshold).put(Columns.SEED, seed).end();
                progress.point(String.format(Locale.ROOT, "classical capacity N_f = %d, K/N_f = %.3f (%d/%d): mean wrong bits %.4f [%.1f s]",
                        n, k / (double) n, ++done, points, sum / w.length, RetrievalExperiment.seconds(start)));
            }
        }
        progress.done();
        return new Result(rows.table(), sizes.clone(), seed);
    }

    private static int k(double alpha, int n) {
        return Math.max(1, (int) Math.round(alpha * n));
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
    }

    private static double[] grid(double from, double to, double step) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) g[i] = Math.round((from + i * step) * 1e6) / 1e6;
        return g;
    }

    /**
     * AGS's zero-temperature retrieval overlap m(α) = erf(y), y the largest root of
     * erf(y)/y = √(2α) + (2/√π)e^{−y²}; NaN for α above {@link #AGS_CRITICAL_LOAD} (no retrieval state).
     */
    public static double agsOverlap(double alpha) {
        Checks.positive("load α", alpha);
        double y = largestRoot(alpha);
        return Double.isNaN(y) ? Double.NaN : Erf.erf(y);
    }

    /** AGS's fraction of wrong bits in the retrieval state, (1 − m(α))/2; NaN above α_c. */
    public static double agsWrongBits(double alpha) {
        double m = agsOverlap(alpha);
        return Double.isNaN(m) ? Double.NaN : (1 - m) / 2;
    }

    /** The largest root of G(y) = erf(y)/y − √(2α) − (2/√π)e^{−y²} on (0, 10], or NaN: scanned from above, refined by bisection. */
    private static double largestRoot(double alpha) {
        double c = Math.sqrt(2 * alpha), h = 1e-3;
        double hi = 10, gHi = gap(hi, c);
        for (double y = hi - h; y > h; y -= h) {
            double g = gap(y, c);
            if ((g > 0) != (gHi > 0)) {
                double lo = y, up = y + h;
                for (int i = 0; i < 100; i++) {
                    double mid = 0.5 * (lo + up);
                    if ((gap(mid, c) > 0) == (g > 0)) lo = mid;
                    else up = mid;
                }
                return 0.5 * (lo + up);
            }
            gHi = g;
        }
        return Double.NaN;
    }

    private static double gap(double y, double c) {
        return Erf.erf(y) / y - c - 2 / Math.sqrt(Math.PI) * Math.exp(-y * y);
    }

    /** The largest α with a retrieval root, by bisection on whether the root exists (≈ 0.1379). */
    private static double criticalLoad() {
        double lo = 0.1, hi = 0.2;
        for (int i = 0; i < 40; i++) {
            double mid = 0.5 * (lo + hi);
            if (Double.isNaN(largestRoot(mid))) hi = mid;
            else lo = mid;
        }
        return lo;
    }

    /** One row per (N_f, α) and the critical load α_c per N_f. */
    public static final class Result implements ExperimentResult {
        private final Table table;
        private final int[] sizes;
        private final long seed;

        private Result(Table table, int[] sizes, long seed) {
            this.table = table;
            this.sizes = sizes;
            this.seed = seed;
        }

        /** The run's seed (from which every trial's seed derives), as in the seed column. */
        @Override
        public OptionalLong seed() { return OptionalLong.of(seed); }

        /**
         * One row per (N_f, α): N_f, K, K/N_f, trials, runs, mean wrong bits, median wrong bits,
         * retrieved fraction (runs with at most the threshold of wrong bits), mean wrong bits retrieved
         * (among those runs), AGS wrong bits (NaN above α_c), mean sweeps, unconverged, threshold, seed.
         */
        @Override
        public Table table() { return table.copy(); }

        /** The rows of one N_f. */
        public Table size(int n) {
            Table t = table.where(table.intColumn(Columns.N_F).isEqualTo(n));
            if (t.rowCount() == 0) throw new IllegalArgumentException("no N_f = " + n + " in this result; sizes " + Arrays.toString(sizes));
            return t;
        }

        /** α_c(N_f): where the retrieved fraction first falls through ½ (linear interpolation), NaN if it never does. */
        public double criticalLoad(int n) {
            Table t = size(n);
            double[] x = t.doubleColumn(Columns.LOAD).asDoubleArray(), y = t.doubleColumn("retrieved fraction").asDoubleArray();
            for (int i = 1; i < x.length; i++) {
                if (y[i - 1] >= 0.5 && y[i] < 0.5) return Fits.crossing(Arrays.copyOfRange(x, i - 1, i + 1), Arrays.copyOfRange(y, i - 1, i + 1), 0.5, false);
            }
            return Double.NaN;
        }

        /** One row per N_f: N_f, 1/sqrt(N_f), alpha_c (NaN when the retrieved fraction never falls through ½ on the grid), AGS alpha_c, seed. */
        public Table criticalLoads() {
            Rows rows = new Rows("critical load α_c(N_f): half the runs collapse");
            for (int n : sizes) {
                rows.put(Columns.N_F, n).put("1/sqrt(N_f)", 1 / Math.sqrt(n)).put("alpha_c", criticalLoad(n))
                        .put("AGS alpha_c", AGS_CRITICAL_LOAD).put(Columns.SEED, seed).end();
            }
            return rows.table();
        }

        @Override
        public String toString() { return table.print(); }
    }
}
