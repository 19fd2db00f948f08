package lamp.experiment;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import lamp.lagrangian.ScalarFunction;
import lamp.limit.DenseAssociativeMemory;
import lamp.base.Checks;
import lamp.linalg.Parallel;
import lamp.linalg.Tasks;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * The capacity scaling of Dense Associative Memory (DAM 2016, Krotov &amp; Hopfield, <i>Dense
 * Associative Memory for Pattern Recognition</i>; THEORY.md §3 Model A capacity, §6): for F = xⁿ the
 * largest number K_max of random ±1 memories of N_f features that the binary DAM (M8) recalls
 * without error, for each order n over a grid of N_f, and the slope of ln K_max against ln N_f,
 * which DAM 2016 predicts to be n − 1 up to a logarithm:
 *
 * <pre>
 *   K_max ≈ N^{n−1} / (2 (2n−3)!! ln N)          (error-free recall, N = N_f)
 * </pre>
 *
 * <p><b>Error-free recall</b>, as DAM 2016 derives the formula: the network starts <i>in</i> a stored
 * memory ξ_ν (uncorrupted) and every one of its N_f units must keep its sign under the update
 * (M9); the formula is where the chance that any of the N_f bits flips becomes of order one (the
 * signal 2n N^{n−1} against crosstalk of variance 4n²(2n−3)!! K N^{n−1}, with the ln N from the
 * union over N bits). A trial here is exactly that, the asynchronous sweep of
 * {@link DenseAssociativeMemory} on packed memories: draw K memories, start at ξ_0, sweep once; the trial
 * succeeds when no unit flips. This is the same as "retrieved exactly by asynchronous sweeps": every
 * flip strictly lowers the energy (M8) (a tie keeps the sign), so once a sweep leaves ξ_0 no later
 * sweep can come back to it. A trial succeeds at K when K random memories hold ξ_0 as a fixed point.
 * With {@link Builder#corruption} &gt; 0 (not DAM 2016's definition, and not what the formula
 * describes) the start is ξ_0 with that fraction of its signs flipped, sweeps run until none flips
 * (at most {@link Builder#maxSweeps}), and the trial succeeds when the final state is ξ_0 exactly.
 *
 * <p><b>K_max</b> at (n, N_f) is the largest K at which the fraction of successful trials is at
 * least the threshold (default 0.9), found by {@link Bisection} from the formula's value as the
 * first guess, to a relative resolution (default 1 %, so exact on integers below 200). Trial t at
 * (n, N_f) draws its memories with {@code PackedPatterns.random(K, N_f, Seeds.derive(seed, n, N_f, t))}
 * (and, with corruption, flips with seed {@code Seeds.derive(that, 1)}): the seed does not depend on
 * K, and the first K rows of a larger draw are the smaller draw, so every K of one bisection sees
 * the same memories plus more of them, which makes the success fraction nearly monotone in K (common
 * random numbers). Trials of one K run in parallel; results are stored by trial index, and with
 * ±1 memories and F = xⁿ every sum in a sweep is an exact integer, so the table is the same for
 * every thread count.
 *
 * <pre>{@code
 * CapacityScaling.Result r = CapacityScaling.quick()          // or builder().order(3, 32, 64, 128)…
 *     .seed(7).listener(CapacityScaling.Listener.inPlace(System.out)).run();
 * r.table();     // one row per (n, N_f): K_max, the formula, their ratio, trials, seed, …
 * r.slopes();    // one row per n: slope of ln K_max on ln N_f, its standard error, the formula's slope
 * }</pre>
 *
 * <p>Cost: the memories are drawn 64 signs at a time ({@link lamp.memory.PackedPatterns}) and an
 * uncorrupted trial never stores them: each is reduced to its overlap with ξ_0 and its agreement
 * mask, added into bit-sliced counters ({@link lamp.limit.UnitMargins}), O(⌈N_f/64⌉) word
 * operations per memory, exact integer margins at the end (O(N_f²·log K)). Its cost per entry of ξ is
 * measured in docs/PERFORMANCE.md; the full size reaches K ≈ 2.6·10⁵ memories at n = 5, N_f = 128. A corrupted trial stores the packed memories and sweeps them
 * with {@link lamp.limit.PackedDam}, O(K·N_f) per sweep.
 */
public final class CapacityScaling {
    /** Column: the order n of F = xⁿ. */
    public static final String ORDER = "n";
    /** Column: the largest K that passed (the measured capacity). */
    public static final String K_MAX = "K_max";
    /** Column: the smallest K tested above K_max that failed. */
    public static final String K_FAIL = "K fail";
    /** Column: the fraction of trials that succeeded at K_max. */
    public static final String EXACT_AT_K_MAX = "exact fraction at K_max";
    /** Column: the fraction of trials that succeeded at K fail. */
    public static final String EXACT_AT_K_FAIL = "exact fraction at K fail";
    /** Column: DAM 2016's error-free capacity N^{n−1}/(2(2n−3)!! ln N) at N = N_f. */
    public static final String FORMULA = "N^(n-1)/(2(2n-3)!! ln N)";
    /** Column: K_max / formula. */
    public static final String RATIO = "K_max / formula";
    /** Column: the success fraction a K must reach to pass. */
    public static final String THRESHOLD = "threshold";
    /** Column: how many K one bisection tested. */
    public static final String EVALUATIONS = "evaluations";
    /** Slopes column: how many (N_f, K_max) points the fit used. */
    public static final String POINTS = "points";
    /** Slopes column: the least-squares slope of ln K_max on ln N_f. */
    public static final String SLOPE = "slope";
    /** Slopes column: the slope's standard error (NaN with two points). */
    public static final String SLOPE_ERROR = "slope SE";
    /** Slopes column: the least-squares slope of ln(formula) on ln N_f over the same N_f. */
    public static final String FORMULA_SLOPE = "formula slope";
    /** Slopes column: n − 1, the slope without the logarithm. */
    public static final String LEADING_SLOPE = "n - 1";

    private CapacityScaling() {}

    /** An empty builder: add orders with {@link Builder#order}. */
    public static Builder builder() {
        return new Builder();
    }

    /** N_f = 32·2^{j/2} rounded: 32, 45, 64, 91, 128, 181, 256, 362, 512, 724, 1024. */
    private static int[] grid(int largest) {
        return java.util.stream.IntStream.rangeClosed(0, 10).map(j -> (int) Math.round(32 * Math.pow(2, j / 2.0)))
                .filter(nf -> nf <= largest).toArray();
    }

    /**
     * The quick size: N_f = 32, 45, 64, … (ratio √2) up to 256 for n = 2 and 3, 128 for n = 4 and 64
     * for n = 5; 40 trials per K, threshold 0.9, resolution 2 %. The grids start at 32 because below
     * it the formula's asymptotics visibly fail (K_max/formula ≈ 1.4 for n = 2 and 0.8 for n = 3, 4
     * at N_f = 16).
     */
    public static Builder quick() {
        return builder().order(2, grid(256)).order(3, grid(256)).order(4, grid(128)).order(5, grid(64))
                .trials(40).resolution(0.02);
    }

    /**
     * The full size: the same grids up to N_f = 256 for n = 2, 1024 for n = 3, 256 for n = 4 and
     * 128 for n = 5 (K_max ≈ 25 000, 100 000 and 260 000 memories); 150 trials per K, threshold 0.9,
     * resolution 1 %.
     */
    public static Builder full() {
        return builder().order(2, grid(256)).order(3, grid(1024)).order(4, grid(256)).order(5, grid(128))
                .trials(150).resolution(0.01);
    }

    /** DAM 2016's error-free capacity N^{n−1}/(2(2n−3)!! ln N) ({@link CapacityTheory#polynomial}). */
    public static double formula(int order, int features) {
        return CapacityTheory.polynomial(order, features);
    }

    /**
     * The slope of the least-squares line through (ln N, ln formula(n, N)) over the given N: the
     * slope the measured ones should approach. It lies below n − 1 because of the 1/ln N (about
     * n − 1 − 1/ln N at the grid's centre); for two points N₁, N₂ it is n − 1 − ln(ln N₂/ln N₁)/ln(N₂/N₁).
     */
    public static double formulaSlope(int order, int... features) {
        if (features == null) throw new IllegalArgumentException("N_f grid is null");
        double[] x = new double[features.length], y = new double[features.length];
        try {
            for (int j = 0; j < features.length; j++) {
                x[j] = features[j];
                y[j] = formula(order, features[j]);
            }
        } catch (ArithmeticException beyondDouble) {                  // the formula itself overflows: fit its logarithm
            for (int j = 0; j < features.length; j++) {
                x[j] = Math.log(features[j]);
                y[j] = CapacityTheory.logPolynomial(order, features[j]);
            }
            return Fits.slope(x, y);
        }
        return LogLogFit.of(x, y).slope();
    }

    /** What a run reports to its {@link Listener}: after every tested K, and once at the end. */
    public record Progress(int order, int features, int k, double exact, boolean passed, int point, int points,
                           int evaluations, double seconds, boolean finished) {
        /** One line of text: the point, the K just tested and its result, the time so far; or the summary. */
        public String line() {
            if (finished) {
                return String.format(Locale.ROOT, "capacity scaling: %d points, %d evaluations in %.1f s", points, evaluations, seconds);
            }
            return String.format(Locale.ROOT, "capacity scaling n=%d N_f=%d (point %d/%d): K=%d exact %.2f %s [%.1f s]",
                    order, features, point, points, k, exact, passed ? "pass" : "fail", seconds);
        }
    }

    /** Observes a run; called on the thread that called {@link Builder#run()}. */
    @FunctionalInterface
    public interface Listener {
        void update(Progress progress);

        /** Shows {@link Progress#line()} as one line updated in place (a notebook display, or {@code out} with '\r' elsewhere), ending it at the end of the run. */
        static Listener inPlace(PrintStream out) {
            StatusLine line = StatusLine.open(out);
            return p -> {
                if (p.finished()) line.end(p.line());
                else line.show(p.line());
            };
        }
    }

    /** The settings of a run. Setters check their argument at once; {@link #run()} may be called more than once. */
    public static final class Builder {
        private final Map<Integer, int[]> grids = new LinkedHashMap<>();
        private int trials = 20;
        private double threshold = 0.9;
        private double resolution = 0.01;
        private double corruption = 0;
        private int maxSweeps = 20;
        private long seed = 0;
        private int threads = Parallel.threads();
        private int maxMemories = 1 << 20;
        private Listener listener;

        private Builder() {}

        /** Adds F = xⁿ (n ≥ 2) measured at each N_f (≥ 2, distinct) of the grid. */
        public Builder order(int n, int... features) {
            Checks.count("order n", n, 2);
            if (grids.containsKey(n)) throw new IllegalArgumentException("order n = " + n + " is given twice");
            if (features == null || features.length == 0) throw new IllegalArgumentException("N_f grid for n = " + n + " is empty");
            TreeSet<Integer> seen = new TreeSet<>();
            for (int nf : features) {
                Checks.count("N_f (order n = " + n + ")", nf, 2);
                if (!seen.add(nf)) throw new IllegalArgumentException("N_f grid for n = " + n + " lists " + nf + " twice");
            }
            grids.put(n, seen.stream().mapToInt(Integer::intValue).toArray());
            return this;
        }

        /** Trials per tested K (default 20); each draws its own memories. */
        public Builder trials(int n) {
            this.trials = Checks.count("trials", n, 1);
            return this;
        }

        /** The fraction of successful trials at which a K passes, in (0, 1] (default 0.9). */
        public Builder threshold(double fraction) {
            if (!(fraction > 0 && fraction <= 1)) throw new IllegalArgumentException("threshold must lie in (0, 1], got " + fraction);
            this.threshold = fraction;
            return this;
        }

        /** Bisection stops when the bracket is no wider than max(1, resolution·K) (default 0.01; 0: exact on integers). */
        public Builder resolution(double relative) {
            this.resolution = Checks.atLeast("resolution", relative, 0);
            return this;
        }

        /**
         * Start from ξ_0 with this fraction of its signs flipped, in [0, 0.5) (default 0: DAM 2016's
         * error-free recall, the setting of the formula).
         */
        public Builder corruption(double fraction) {
            if (!(fraction >= 0 && fraction < 0.5)) throw new IllegalArgumentException("corruption fraction must lie in [0, 0.5), got " + fraction);
            this.corruption = fraction;
            return this;
        }

        /** Most sweeps per corrupted trial (default 20); an uncorrupted trial needs one. */
        public Builder maxSweeps(int n) {
            this.maxSweeps = Checks.count("max sweeps", n, 1);
            return this;
        }

        /** The run's seed (default 0), from which every trial's seed derives; in the seed column. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Trials run on this many threads (default: lamp's thread count); the table does not depend on it. */
        public Builder threads(int n) {
            this.threads = Checks.count("threads", n, 1);
            return this;
        }

        /** The bisection never tests more memories than this (default 2²⁰); reaching it still passing is an error. */
        public Builder maxMemories(int k) {
            this.maxMemories = Checks.count("max memories", k, 1);
            return this;
        }

        /** Observes the run (default: none); e.g. {@link Listener#inPlace(PrintStream)}. */
        public Builder listener(Listener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * The bisection's measurement at one point: the fraction of this builder's trials at order n,
         * N_f and K memories that succeed (same seeds, corruption and threads as {@link #run()}).
         */
        public double exactFraction(int n, int features, int k) {
            Checks.between("order n", n, 2, 10_000);
            Checks.count("N_f", features, 2);
            Checks.count("memory count K", k, 1);
            Checks.fits("K × N_f = " + k + " × " + features + " memories", Checks.entries("K × N_f memories", k, features));
            return (double) new Run(this).successes(n, features, k) / trials;
        }

        /** Runs every (n, N_f) point, in the order the orders were given and N_f ascending. */
        public Result run() {
            if (grids.isEmpty()) throw new IllegalArgumentException("no order n given: call order(n, N_f...) before run()");
            return new Run(this).execute();
        }
    }

    /** One run's immutable settings and its state; not shared between threads except the trial loop. */
    private static final class Run {
        final Map<Integer, int[]> grids = new LinkedHashMap<>();
        final int trials, maxSweeps, threads, maxMemories;
        final double threshold, resolution, corruption;
        final long seed;
        final Listener listener;
        final long start = System.nanoTime();
        int points, point, evaluations;

        Run(Builder b) {
            b.grids.forEach((n, g) -> grids.put(n, g.clone()));
            trials = b.trials;
            maxSweeps = b.maxSweeps;
            threads = b.threads;
            maxMemories = b.maxMemories;
            threshold = b.threshold;
            resolution = b.resolution;
            corruption = b.corruption;
            seed = b.seed;
            listener = b.listener;
            for (int[] g : grids.values()) points += g.length;
        }

        Result execute() {
            List<Point> measured = new ArrayList<>();
            for (Map.Entry<Integer, int[]> e : grids.entrySet()) {
                int n = e.getKey();
                for (int features : e.getValue()) {
                    point++;
                    Map<Integer, Integer> successes = new LinkedHashMap<>();
                    int limit = (int) Math.min(maxMemories, Integer.MAX_VALUE / features);
                    double f = formula(n, features);
                    int guess = (int) Math.max(1, Math.min(limit, Math.round(f)));
                    int before = evaluations;
                    Bisection.Bracket b;
                    try {
                        b = Bisection.largestPassing(k -> {
                            int s = successes(n, features, k);
                            successes.put(k, s);
                            evaluations++;
                            boolean pass = s >= threshold * trials;
                            report(new Progress(n, features, k, (double) s / trials, pass, point, points, evaluations, seconds(), false));
                            return pass;
                        }, guess, resolution, limit);
                    } catch (IllegalStateException ex) {
                        throw new IllegalStateException("n = " + n + ", N_f = " + features + ": " + ex.getMessage()
                                + "; raise maxMemories(…) above " + limit, ex);
                    }
                    measured.add(new Point(n, features, b.passing(), b.failing(),
                            b.passing() == 0 ? Double.NaN : (double) successes.get(b.passing()) / trials,
                            (double) successes.get(b.failing()) / trials, f, evaluations - before));
                }
            }
            double seconds = seconds();
            report(new Progress(0, 0, 0, Double.NaN, false, points, points, evaluations, seconds, true));
            return new Result(measured, trials, threshold, corruption, seed, seconds);
        }

        /** How many of the trials at (n, N_f, K) succeed, the trials spread over lamp's task pool ({@link Tasks}). */
        int successes(int n, int features, int k) {
            List<Boolean> ok = Tasks.map(trials, t -> trial(n, features, k, t), threads > 1,
                    "in CapacityScaling at n = " + n + ", N_f = " + features + ", K = " + k, "trials");
            int s = 0;
            for (boolean b : ok) if (b) s++;
            return s;
        }

        private boolean trial(int n, int features, int k, int t) {
            return CapacityScaling.trial(n, features, k, corruption, maxSweeps, Seeds.derive(seed, n, features, t));
        }

        double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }

        void report(Progress p) {
            if (listener != null) listener.update(p);
        }
    }

    /**
     * One trial: K random ±1 memories of N_f features from {@code trialSeed}
     * ({@code PackedPatterns.random(K, N_f, trialSeed)}), F = xⁿ; true when asynchronous sweeps (M9)
     * from ξ_0 (with {@code corruption} of its signs flipped, seed {@code Seeds.derive(trialSeed, 1)})
     * end exactly at ξ_0. Uncorrupted, that is one sweep that flips nothing: the memories are then
     * streamed and never stored.
     */
    static boolean trial(int order, int features, int k, double corruption, int maxSweeps, long trialSeed) {
        ScalarFunction f = ScalarFunction.power(order);
        if (corruption == 0) return BinaryTrials.firstIsFixed(f, features, k, trialSeed);
        return BinaryTrials.firstRetrieved(f, features, k, trialSeed, corruption, Seeds.derive(trialSeed, 1), maxSweeps);
    }

    /**
     * One measured point: K_max at order n and N_f, the smallest failing K above it, the success fraction
     * at both (NaN at K_max = 0), DAM 2016's formula there and how many K the bisection tested.
     */
    public record Point(int order, int features, int kMax, int kFail, double exactAtKMax, double exactAtKFail,
                        double formula, int evaluations) {
        /** K_max / formula. */
        public double ratio() {
            return kMax / formula;
        }
    }

    /**
     * The fit for one order n over its points with K_max ≥ 1: how many, the least-squares slope of ln K_max
     * on ln N_f and its standard error (NaN with two points), the formula's slope over the same N_f
     * ({@link #formulaSlope}); all NaN with fewer than two points.
     */
    public record Slope(int order, int points, double slope, double slopeError, double formulaSlope) {}

    /** One slope per order, in the order the points list the orders: fits of ln K_max and ln formula on ln N_f. */
    static List<Slope> slopes(List<Point> measured) {
        List<Slope> out = new ArrayList<>();
        for (int n : new LinkedHashSet<>(measured.stream().map(Point::order).toList())) {
            List<Point> used = measured.stream().filter(p -> p.order() == n && p.kMax() >= 1).toList();
            if (used.size() < 2) {
                out.add(new Slope(n, used.size(), Double.NaN, Double.NaN, Double.NaN));
                continue;
            }
            double[] x = used.stream().mapToDouble(Point::features).toArray(), y = used.stream().mapToDouble(Point::kMax).toArray();
            LogLogFit fit = LogLogFit.of(x, y);
            out.add(new Slope(n, used.size(), fit.slope(), fit.slopeError(), formulaSlope(n, used.stream().mapToInt(Point::features).toArray())));
        }
        return out;
    }

    /** What a run measured: the points, the slopes, the seed. Immutable: the tables handed out are built afresh. */
    public static final class Result implements ExperimentResult {
        private final List<Point> points;
        private final List<Slope> slopes;
        private final int trials;
        private final double threshold, corruption;
        private final long seed;
        private final double seconds;

        private Result(List<Point> points, int trials, double threshold, double corruption, long seed, double seconds) {
            this.points = List.copyOf(points);
            this.slopes = List.copyOf(CapacityScaling.slopes(this.points));
            this.trials = trials;
            this.threshold = threshold;
            this.corruption = corruption;
            this.seed = seed;
            this.seconds = seconds;
        }

        /** The measured points, one per (n, N_f), in the order run. */
        public List<Point> points() {
            return points;
        }

        /** The fits, one per order n. */
        public List<Slope> slopeFits() {
            return slopes;
        }

        /**
         * One row per (n, N_f): n, N_f, K_max, K fail, the success fractions at both, the formula,
         * K_max / formula, trials, threshold, corruption, evaluations, seed.
         */
        @Override
        public Table table() {
            IntColumn order = IntColumn.create(ORDER), nf = IntColumn.create(Columns.N_F), kMax = IntColumn.create(K_MAX),
                    kFail = IntColumn.create(K_FAIL), trialsColumn = IntColumn.create(Columns.TRIALS), evals = IntColumn.create(EVALUATIONS);
            DoubleColumn formula = DoubleColumn.create(FORMULA), ratio = DoubleColumn.create(RATIO),
                    atMax = DoubleColumn.create(EXACT_AT_K_MAX), atFail = DoubleColumn.create(EXACT_AT_K_FAIL),
                    thresholdColumn = DoubleColumn.create(THRESHOLD), corruptionColumn = DoubleColumn.create(Columns.CORRUPTION);
            LongColumn seedColumn = LongColumn.create(Columns.SEED);
            for (Point p : points) {
                order.append(p.order());
                nf.append(p.features());
                kMax.append(p.kMax());
                kFail.append(p.kFail());
                atMax.append(p.exactAtKMax());
                atFail.append(p.exactAtKFail());
                formula.append(p.formula());
                ratio.append(p.ratio());
                trialsColumn.append(trials);
                thresholdColumn.append(threshold);
                corruptionColumn.append(corruption);
                evals.append(p.evaluations());
                seedColumn.append(seed);
            }
            return Table.create("capacity scaling: K_max against N_f, F = x^n (DAM 2016)", order, nf, kMax, kFail,
                    atMax, atFail, formula, ratio, trialsColumn, thresholdColumn, corruptionColumn, evals, seedColumn);
        }

        /** One row per n: points, slope of ln K_max on ln N_f, its standard error, the formula's slope, n − 1. */
        public Table slopes() {
            IntColumn order = IntColumn.create(ORDER), used = IntColumn.create(POINTS), lead = IntColumn.create(LEADING_SLOPE);
            DoubleColumn slope = DoubleColumn.create(SLOPE), error = DoubleColumn.create(SLOPE_ERROR), predicted = DoubleColumn.create(FORMULA_SLOPE);
            for (Slope s : slopes) {
                order.append(s.order());
                used.append(s.points());
                slope.append(s.slope());
                error.append(s.slopeError());
                predicted.append(s.formulaSlope());
                lead.append(s.order() - 1);
            }
            return Table.create("capacity scaling: slope of ln K_max on ln N_f", order, used, slope, error, predicted, lead);
        }

        /** The measured slope for order n. */
        public double slope(int n) {
            return fit(n).slope();
        }

        /** The standard error of the measured slope for order n (NaN with two points). */
        public double slopeError(int n) {
            return fit(n).slopeError();
        }

        /** The formula's slope over the same N_f as the measured one for order n. */
        public double formulaSlope(int n) {
            return fit(n).formulaSlope();
        }

        /** K_max measured at (n, N_f). */
        public int kMax(int n, int features) {
            for (Point p : points) if (p.order() == n && p.features() == features) return p.kMax();
            throw new IllegalArgumentException("no point n = " + n + ", N_f = " + features + " in this run; points: " + pointList());
        }

        /** The run's seed (from which every trial's seed derives), as in the seed column. */
        @Override
        public OptionalLong seed() { return OptionalLong.of(seed); }

        /** Wall-clock seconds the run took (not part of the tables, which depend only on the settings). */
        public double seconds() {
            return seconds;
        }

        private Slope fit(int n) {
            for (Slope s : slopes) if (s.order() == n) return s;
            throw new IllegalArgumentException("no order n = " + n + " in this run; orders: " + slopes.stream().map(Slope::order).toList());
        }

        private String pointList() {
            List<String> p = new ArrayList<>();
            for (Point x : points) p.add("(" + x.order() + ", " + x.features() + ")");
            return String.join(" ", p);
        }

        @Override
        public String toString() {
            return "CapacityScaling.Result[" + points.size() + " points, seed " + seed + "]";
        }
    }
}
