package lamp.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import lamp.lagrangian.ScalarFunction;
import lamp.limit.DenseAssociativeMemory;
import lamp.base.Checks;
import lamp.base.Interrupts;
import lamp.linalg.Tasks;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * How many memories a network with N_h hidden neurons holds (KH2020 (9): N_mem ≤ N_h and
 * N_mem ~ min(N_f^{n−1}, N_h) for F = xⁿ). In the two-population network each hidden neuron μ carries
 * one memory, the row ξ_μ of its synapses, so K = N_h memories are stored; with fast hidden neurons and
 * sharp feature neurons the network is the binary DAM (M8) with that K, and a memory is retrieved
 * without error when it is a fixed point of the asynchronous rule (M9) — DAM 2016's error-free recall,
 * the setting of its capacity formula N^{n−1}/(2(2n−3)!! ln N).
 *
 * <p>For each order n and each N_h, every trial draws N_h random ±1 memories of N_f features and asks
 * of the first min(N_h, {@link Builder#checked}) of them whether one sweep of (M9) started in the
 * memory flips no unit. The retrieved count is N_mem = N_h × (fraction of the checked memories that are
 * fixed points): it follows N_h while N_h is below the capacity and collapses above it, so its peak
 * over N_h measures the N_f-limited capacity. Trial t at (n, N_h) uses the seed
 * {@code Seeds.derive(seed, n, N_h, t)}; trials run in parallel and are stored by index, so the table
 * does not depend on the thread count.
 */
public final class HiddenSaturation {
    public static final String ORDER = "n";
    public static final String N_H = "N_h";
    public static final String CHECKED = "memories checked";
    public static final String FIXED = "fixed-point fraction";
    public static final String RETRIEVED = "retrieved N_mem";
    public static final String FORMULA = "N_f^(n-1)/(2(2n-3)!! ln N_f)";
    public static final String MIN = "min(N_h, formula)";

    private HiddenSaturation() {}

    /** An empty builder: add orders with {@link Builder#order}, hidden counts with {@link Builder#hidden}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings; setters check their argument at once. */
    public static final class Builder {
        private final TreeSet<Integer> orders = new TreeSet<>();
        private int[] hidden;
        private int features = 32, trials = 10, checked = 32;
        private long seed = 0;
        private boolean progress = false;

        private Builder() {}

        /** Adds F = xⁿ, n ≥ 2. */
        public Builder order(int... ns) {
            if (ns == null || ns.length == 0) throw new IllegalArgumentException("no order n given");
            for (int n : ns) {
                Checks.count("order n", n, 2);
                if (!orders.add(n)) throw new IllegalArgumentException("order n = " + n + " is given twice");
            }
            return this;
        }

        /** N_f (default 32). */
        public Builder features(int n) {
            this.features = Checks.count("features N_f", n, 2);
            return this;
        }

        /** The numbers of hidden neurons N_h = K to test, distinct, each ≥ 1. */
        public Builder hidden(int... counts) {
            if (counts == null || counts.length == 0) throw new IllegalArgumentException("hidden counts N_h list is empty");
            TreeSet<Integer> seen = new TreeSet<>();
            for (int k : counts) {
                Checks.count("hidden count N_h", k, 1);
                if (!seen.add(k)) throw new IllegalArgumentException("hidden count N_h = " + k + " is given twice");
            }
            this.hidden = seen.stream().mapToInt(Integer::intValue).toArray();
            return this;
        }

        /** Trials per (n, N_h) (default 10). */
        public Builder trials(int n) {
            this.trials = Checks.count("trials", n, 1);
            return this;
        }

        /** At most this many memories of each trial are checked (default 32). */
        public Builder checked(int n) {
            this.checked = Checks.count("memories checked per trial", n, 1);
            return this;
        }

        /** The seed every trial's derives from (default 0). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** A status line rewritten in place after each point: one display in a notebook, standard output elsewhere (default off). */
        public Builder progress(boolean on) {
            this.progress = on;
            return this;
        }

        /** Runs every (n, N_h) point. */
        public Result run() {
            if (orders.isEmpty()) throw new IllegalArgumentException("no order n given: call order(n...) before run()");
            if (hidden == null) throw new IllegalArgumentException("hidden counts N_h list is empty: call hidden(N_h...)");
            Progress line = progress ? Progress.console(System.out) : Progress.none();
            List<Point> measured = new ArrayList<>();
            int point = 0, points = orders.size() * hidden.length;
            long start = System.nanoTime();
            for (int n : orders) {
                double f = CapacityTheory.polynomial(n, features);
                for (int k : hidden) {
                    int perTrial = Math.min(k, checked);
                    List<Integer> found = Tasks.map(trials, t -> fixedPoints(n, features, k, perTrial, Seeds.derive(seed, n, k, t)),
                            true, "in HiddenSaturation at n = " + n + ", N_h = " + k, "trials");
                    long total = 0;
                    for (int c : found) total += c;
                    Point p = new Point(n, k, perTrial, (double) total / ((long) perTrial * trials), f);
                    measured.add(p);
                    line.point(String.format(Locale.ROOT, "hidden saturation n=%d N_h=%d (%d/%d): fixed %.2f, N_mem %.1f [%.1f s]",
                            n, k, ++point, points, p.fixedFraction(), p.retrieved(), RetrievalExperiment.seconds(start)));
                }
            }
            line.done();
            return new Result(measured, features, trials, seed);
        }
    }

    /**
     * How many of memories 0 … checked − 1 of K random ±1 memories (seed {@code trialSeed}) are fixed
     * points of (M9) with F = xⁿ: one sweep from the memory flips no unit.
     */
    static int fixedPoints(int order, int features, int k, int checked, long trialSeed) {
        Memories xi = Patterns.randomBinary(k, features, trialSeed);
        DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, ScalarFunction.power(order));
        int count = 0;
        for (int mu = 0; mu < checked; mu++) {
            Interrupts.check("in HiddenSaturation at n = " + order + ", N_h = " + k, mu, checked, "memories of a trial");
            double[] sigma = xi.row(mu);
            if (dam.sweep(sigma, xi.multiply(sigma)) == 0) count++;
        }
        return count;
    }

    /**
     * One measured point of order n: N_h, the memories checked per trial, the fraction of them that are
     * fixed points of (M9), and the formula N_f^{n−1}/(2(2n−3)!! ln N_f) at this run's N_f.
     */
    public record Point(int order, int hidden, int checked, double fixedFraction, double formula) {
        /** The retrieved count N_mem = N_h × fixed-point fraction. */
        public double retrieved() {
            return hidden * fixedFraction;
        }
    }

    /** A run's points, settings and seed; immutable, the table is built afresh on each call. */
    public static final class Result implements ExperimentResult {
        private final List<Point> points;
        private final int features, trials;
        private final long seed;

        private Result(List<Point> points, int features, int trials, long seed) {
            this.points = List.copyOf(points);
            this.features = features;
            this.trials = trials;
            this.seed = seed;
        }

        /** The measured points, one per (n, N_h), in the order run. */
        public List<Point> points() {
            return points;
        }

        /**
         * One row per (n, N_h): n, N_f, N_h, trials, memories checked, fixed-point fraction, retrieved
         * N_mem, the formula, min(N_h, formula), seed.
         */
        @Override
        public Table table() {
            IntColumn order = IntColumn.create(ORDER), nf = IntColumn.create(Columns.N_F), nh = IntColumn.create(N_H),
                    trialsColumn = IntColumn.create(Columns.TRIALS), checkedColumn = IntColumn.create(CHECKED);
            DoubleColumn fixed = DoubleColumn.create(FIXED), retrieved = DoubleColumn.create(RETRIEVED),
                    formula = DoubleColumn.create(FORMULA), min = DoubleColumn.create(MIN);
            LongColumn seedColumn = LongColumn.create(Columns.SEED);
            for (Point p : points) {
                order.append(p.order());
                nf.append(features);
                nh.append(p.hidden());
                trialsColumn.append(trials);
                checkedColumn.append(p.checked());
                fixed.append(p.fixedFraction());
                retrieved.append(p.retrieved());
                formula.append(p.formula());
                min.append(Math.min(p.hidden(), p.formula()));
                seedColumn.append(seed);
            }
            return Table.create("retrieved memories against hidden neurons (N_f = " + features + ", F = x^n)",
                    order, nf, nh, trialsColumn, checkedColumn, fixed, retrieved, formula, min, seedColumn);
        }

        /** The run's seed (from which every trial's seed derives), as in the seed column. */
        @Override
        public OptionalLong seed() { return OptionalLong.of(seed); }

        /** The largest retrieved count N_mem over N_h for order n. */
        public double peak(int n) {
            return rows(n).stream().mapToDouble(Point::retrieved).max().orElseThrow();
        }

        /** The N_h at which the retrieved count of order n peaks (the smallest, on a tie). */
        public int peakHidden(int n) {
            double best = peak(n);
            for (Point p : rows(n)) if (p.retrieved() == best) return p.hidden();
            throw new IllegalStateException("no peak for n = " + n);
        }

        /** The fixed-point fraction at (n, N_h). */
        public double fixedFraction(int n, int hidden) {
            for (Point p : rows(n)) if (p.hidden() == hidden) return p.fixedFraction();
            throw new IllegalArgumentException("no point n = " + n + ", N_h = " + hidden + "; N_h: "
                    + points.stream().map(Point::hidden).distinct().toList());
        }

        /** The smallest fixed-point fraction of order n over the N_h ≤ {@code maxHidden}. */
        public double minFixedFractionUpTo(int n, double maxHidden) {
            double min = 1;
            boolean any = false;
            for (Point p : rows(n)) {
                if (p.hidden() <= maxHidden) {
                    min = Math.min(min, p.fixedFraction());
                    any = true;
                }
            }
            if (!any) throw new IllegalArgumentException("no N_h ≤ " + maxHidden + " for n = " + n);
            return min;
        }

        /** The formula N_f^{n−1}/(2(2n−3)!! ln N_f) of order n at this run's N_f. */
        public double formula(int n) {
            return rows(n).get(0).formula();
        }

        private List<Point> rows(int n) {
            List<Point> rows = points.stream().filter(p -> p.order() == n).toList();
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("no order n = " + n + " in this run; orders: " + points.stream().map(Point::order).distinct().toList());
            }
            return rows;
        }

        @Override
        public String toString() {
            Map<Integer, Double> peaks = new LinkedHashMap<>();
            for (Point p : points) peaks.putIfAbsent(p.order(), peak(p.order()));
            return "HiddenSaturation.Result[" + points.size() + " points, peaks " + peaks + ", seed " + seed + "]";
        }
    }
}
