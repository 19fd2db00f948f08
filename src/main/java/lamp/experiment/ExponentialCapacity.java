package lamp.experiment;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import lamp.lagrangian.ScalarFunction;
import lamp.limit.PackedDam;
import lamp.base.Checks;
import lamp.linalg.Parallel;
import lamp.linalg.Tasks;
import lamp.memory.PackedPatterns;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The capacity of the exponential DAM, F = eˣ (Demircigil et al. 2017, <i>On a model of associative
 * memory with huge storage capacity</i>; THEORY.md M8, M9), against N_f: the largest number K_max of
 * random ±1 memories of N_f features that pass one of two criteria, as α = ln K_max / N_f, for
 * K = e^{αN_f}:
 * <ul>
 *   <li>{@link Criterion#EVERY_PATTERN}: every stored memory is a fixed point of the update (M9).
 *       Demircigil et al. prove it holds with probability → 1 for α &lt; ln 2 / 2 ≈ 0.347
 *       ({@link #EVERY_PATTERN_ALPHA}). A trial costs O(K²·⌈N_f/64⌉)
 *       ({@link PackedDam#everyMemoryFixed}).</li>
 *   <li>{@link Criterion#ONE_PATTERN}: one stored memory, ξ_0, is a fixed point (the criterion of
 *       lamp's capacity runs). The annealed estimate, the crosstalk's mean K·cosh(1)^{N_f}·(e² − 1)
 *       against the signal e^{N_f}(1 − e^{−2}), puts its edge at α = 1 − ln cosh 1 ≈ 0.566
 *       ({@link #ONE_PATTERN_ALPHA}), lamp's own estimate. A trial streams the memories, O(K·⌈N_f/64⌉).</li>
 * </ul>
 * K_max is the largest K at which at least the threshold (default 0.9) of the trials pass, found by
 * {@link Bisection} from the previous N_f's α (the first from {@code 0.8 ×} the predicted α). Trial t
 * at N_f draws {@code PackedPatterns.random(K, N_f, Seeds.derive(seed, criterion, N_f, t))}; the
 * first K rows of a larger draw are the smaller draw (common random numbers across the K of one
 * bisection). Trials run in parallel and are stored by index, so the table is the same for any
 * thread count.
 */
public final class ExponentialCapacity {
    /** ln 2 / 2: Demircigil et al.'s threshold for every memory a fixed point. */
    public static final double EVERY_PATTERN_ALPHA = Math.log(2) / 2;
    /** 1 − ln cosh 1: the annealed estimate for one random memory a fixed point. */
    public static final double ONE_PATTERN_ALPHA = 1 - Math.log(Math.cosh(1));

    /** Column: the criterion. */
    public static final String CRITERION = "criterion";
    /** Column: the largest K that passed. */
    public static final String K_MAX = "K_max";
    /** Column: the smallest K tested above K_max that failed. */
    public static final String K_FAIL = "K fail";
    /** Column: ln K_max / N_f. */
    public static final String ALPHA = "ln K_max / N_f";
    /** Column: ln K_fail / N_f. */
    public static final String ALPHA_FAIL = "ln K_fail / N_f";
    /** Column: the criterion's predicted α. */
    public static final String PREDICTED = "predicted alpha";

    /** Which memories must be fixed points. */
    public enum Criterion {
        /** Every stored memory (Demircigil et al. 2017). */
        EVERY_PATTERN("every memory fixed", EVERY_PATTERN_ALPHA),
        /** The memory ξ_0 (lamp's capacity runs). */
        ONE_PATTERN("one memory fixed", ONE_PATTERN_ALPHA);

        private final String label;
        private final double alpha;

        Criterion(String label, double alpha) {
            this.label = label;
            this.alpha = alpha;
        }

        /** As shown in the table. */
        public String label() { return label; }

        /** The α = ln K / N_f the criterion's theory predicts for large N_f. */
        public double predictedAlpha() { return alpha; }
    }

    private ExponentialCapacity() {}

    /** An empty builder: add criteria with {@link Builder#criterion}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Quick: every memory at N_f = 12 … 28, one memory at N_f = 12 … 24 (step 4); 20 trials, resolution 5 %. */
    public static Builder quick() {
        return builder().criterion(Criterion.EVERY_PATTERN, 12, 16, 20, 24, 28)
                .criterion(Criterion.ONE_PATTERN, 12, 16, 20, 24).trials(20).resolution(0.05);
    }

    /**
     * Full: every memory at N_f = 12 … 36 (K ≈ 2·10⁴ at 36, K² pairs per trial), one memory at
     * N_f = 12 … 32 (K ≈ 10⁸ streamed memories per trial at 32); step 4, 20 trials, resolution 5 %.
     */
    public static Builder full() {
        return builder().criterion(Criterion.EVERY_PATTERN, 12, 16, 20, 24, 28, 32, 36)
                .criterion(Criterion.ONE_PATTERN, 12, 16, 20, 24, 28, 32).trials(20).resolution(0.05);
    }

    /** Observes a run: one line per tested K, and the summary at the end. */
    @FunctionalInterface
    public interface Listener {
        void update(String line, boolean finished);

        /** The line updated in place: one notebook display in a kernel, {@code out} with '\r' elsewhere. */
        static Listener inPlace(PrintStream out) {
            StatusLine line = StatusLine.open(out);
            return (text, finished) -> {
                if (finished) line.end(text);
                else line.show(text);
            };
        }
    }

    /** The settings of a run; setters check their argument at once. */
    public static final class Builder {
        private final Map<Criterion, int[]> grids = new LinkedHashMap<>();
        private int trials = 20, threads = Parallel.threads(), maxMemories = Integer.MAX_VALUE - 1;
        private double threshold = 0.9, resolution = 0.05;
        private long seed;
        private Listener listener;

        private Builder() {}

        /** Measures {@code criterion} at each N_f (from 2 to 64, distinct). */
        public Builder criterion(Criterion criterion, int... features) {
            if (criterion == null) throw new IllegalArgumentException("criterion is null");
            if (grids.containsKey(criterion)) throw new IllegalArgumentException("criterion " + criterion.label() + " is given twice");
            if (features == null || features.length == 0) throw new IllegalArgumentException("N_f grid for " + criterion.label() + " is empty");
            TreeSet<Integer> seen = new TreeSet<>();
            for (int nf : features) {
                Checks.count("N_f", nf, 2);
                if (nf > 64) throw new IllegalArgumentException("N_f = " + nf + ": K = e^{αN_f} memories are out of reach beyond 64");
                if (!seen.add(nf)) throw new IllegalArgumentException("N_f grid for " + criterion.label() + " lists " + nf + " twice");
            }
            grids.put(criterion, seen.stream().mapToInt(Integer::intValue).toArray());
            return this;
        }

        /** Trials per tested K (default 20). */
        public Builder trials(int n) {
            this.trials = Checks.count("trials", n, 1);
            return this;
        }

        /** The fraction of trials a K must pass, in (0, 1] (default 0.9). */
        public Builder threshold(double fraction) {
            if (!(fraction > 0 && fraction <= 1)) throw new IllegalArgumentException("threshold must lie in (0, 1], got " + fraction);
            this.threshold = fraction;
            return this;
        }

        /** Relative width of the final bracket on K (default 0.05: α to 0.05/N_f). */
        public Builder resolution(double relative) {
            this.resolution = Checks.atLeast("resolution", relative, 0);
            return this;
        }

        /** The run's seed (default 0). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Threads for the trials (default lamp's); the table does not depend on it. */
        public Builder threads(int n) {
            this.threads = Checks.count("threads", n, 1);
            return this;
        }

        /** The most memories ever tested (default 2³¹ − 2); still passing there is an error. */
        public Builder maxMemories(int k) {
            this.maxMemories = Checks.count("max memories", k, 2);
            return this;
        }

        /** Observes the run (default none). */
        public Builder listener(Listener listener) {
            this.listener = listener;
            return this;
        }

        /** The largest N_f a trial takes: its per-unit counters are arrays of N_f entries and more. */
        static final int MAX_FEATURES = 1 << 24;

        /** The fraction of this builder's trials at (criterion, N_f, K) that pass. */
        public double passFraction(Criterion criterion, int features, int k) {
            if (criterion == null) throw new IllegalArgumentException("criterion is null (Criterion.ALL_PATTERNS or ONE_PATTERN)");
            Checks.between("N_f", features, 2, MAX_FEATURES);
            Checks.count("memory count K", k, 1);
            Checks.fits("K = " + k + " packed memories of N_f = " + features + " signs", (long) k * ((features + 63L) / 64));
            return (double) passes(this, criterion, features, k) / trials;
        }

        /** Runs every (criterion, N_f) point. */
        public Result run() {
            if (grids.isEmpty()) throw new IllegalArgumentException("no criterion given: call criterion(c, N_f...) before run()");
            long start = System.nanoTime();
            StringColumn criterion = StringColumn.create(CRITERION);
            IntColumn nf = IntColumn.create(Columns.N_F), kMax = IntColumn.create(K_MAX), kFail = IntColumn.create(K_FAIL),
                    trialsColumn = IntColumn.create(Columns.TRIALS), evals = IntColumn.create(CapacityScaling.EVALUATIONS);
            DoubleColumn alpha = DoubleColumn.create(ALPHA), alphaFail = DoubleColumn.create(ALPHA_FAIL),
                    predicted = DoubleColumn.create(PREDICTED), thresholdColumn = DoubleColumn.create(CapacityScaling.THRESHOLD);
            LongColumn seedColumn = LongColumn.create(Columns.SEED);
            int points = 0, point = 0;
            for (int[] g : grids.values()) points += g.length;
            List<Point> measured = new ArrayList<>();
            for (Map.Entry<Criterion, int[]> e : grids.entrySet()) {
                Criterion c = e.getKey();
                double guessAlpha = 0.8 * c.predictedAlpha();
                for (int features : e.getValue()) {
                    point++;
                    int limit = c == Criterion.EVERY_PATTERN ? Math.min(maxMemories, 1 << 22) : maxMemories;
                    int guess = (int) Math.max(2, Math.min(limit, Math.exp(guessAlpha * features)));
                    int[] count = {0};
                    final int p = point, ps = points;
                    Bisection.Bracket b;
                    try {
                        b = Bisection.largestPassing(k -> {
                            int s = passes(this, c, features, k);
                            count[0]++;
                            boolean pass = s >= threshold * trials;
                            if (listener != null) {
                                listener.update(String.format(Locale.ROOT, "exponential DAM, %s, N_f=%d (point %d/%d): K=%d passes %d/%d %s [%.1f s]",
                                        c.label(), features, p, ps, k, s, trials, pass ? "pass" : "fail", (System.nanoTime() - start) / 1e9), false);
                            }
                            return pass;
                        }, guess, resolution, limit);
                    } catch (IllegalStateException ex) {
                        throw new IllegalStateException(c.label() + ", N_f = " + features + ": " + ex.getMessage()
                                + " (raise maxMemories(…) above " + limit + ")", ex);
                    }
                    Point measuredPoint = new Point(c, features, b.passing(), b.failing());
                    measured.add(measuredPoint);
                    criterion.append(c.label());
                    nf.append(features);
                    kMax.append(b.passing());
                    kFail.append(b.failing());
                    double a = measuredPoint.alpha();
                    alpha.append(a);
                    alphaFail.append(Math.log(b.failing()) / features);
                    predicted.append(c.predictedAlpha());
                    trialsColumn.append(trials);
                    thresholdColumn.append(threshold);
                    evals.append(count[0]);
                    seedColumn.append(seed);
                    if (a > 0) guessAlpha = a;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (listener != null) listener.update(String.format(Locale.ROOT, "exponential DAM capacity: %d points in %.1f s", points, seconds), true);
            Table table = Table.create("exponential DAM F = e^x: K_max against N_f (Demircigil et al. 2017)", criterion, nf, kMax, kFail,
                    alpha, alphaFail, predicted, trialsColumn, thresholdColumn, evals, seedColumn);
            return new Result(table, measured, seed, seconds);
        }
    }

    /** How many trials at (criterion, N_f, K) pass, spread over lamp's task pool ({@link Tasks}). */
    static int passes(Builder b, Criterion c, int features, int k) {
        List<Boolean> ok = Tasks.map(b.trials, t -> trial(c, features, k, Seeds.derive(b.seed, c.ordinal(), features, t)), b.threads > 1,
                "in ExponentialCapacity at N_f = " + features + ", K = " + k, "trials");
        int s = 0;
        for (boolean x : ok) if (x) s++;
        return s;
    }

    /** One trial: K memories from {@code trialSeed}, F = eˣ; whether the criterion holds. */
    static boolean trial(Criterion c, int features, int k, long trialSeed) {
        ScalarFunction f = ScalarFunction.exponential(1);
        if (c == Criterion.ONE_PATTERN) return BinaryTrials.firstIsFixed(f, features, k, trialSeed);
        return new PackedDam(PackedPatterns.random(k, features, trialSeed), f).everyMemoryFixed();
    }

    /** One measured point: K_max of {@code criterion} at N_f and the smallest failing K above it. */
    public record Point(Criterion criterion, int features, int kMax, int kFail) {
        /** ln K_max / N_f (NaN when K_max = 0). */
        public double alpha() {
            return kMax > 0 ? Math.log(kMax) / features : Double.NaN;
        }
    }

    /** What a run measured. Immutable: the table handed out is a copy. */
    public static final class Result implements ExperimentResult {
        private final Table table;
        private final List<Point> points;
        private final long seed;
        private final double seconds;

        private Result(Table table, List<Point> points, long seed, double seconds) {
            this.table = table;
            this.points = List.copyOf(points);
            this.seed = seed;
            this.seconds = seconds;
        }

        /** The measured points, one per (criterion, N_f), in the order run. */
        public List<Point> points() { return points; }

        /**
         * One row per (criterion, N_f): criterion, N_f, K_max, K fail, ln K_max / N_f, ln K_fail / N_f,
         * the predicted α, trials, threshold, evaluations, seed (a copy).
         */
        @Override
        public Table table() { return table.copy(); }

        /** ln K_max / N_f measured for {@code criterion} at each of its N_f, in grid order. */
        public List<Double> alphas(Criterion criterion) {
            return points.stream().filter(p -> p.criterion() == criterion).map(Point::alpha).toList();
        }

        /** The N_f grid of {@code criterion}. */
        public List<Integer> features(Criterion criterion) {
            return points.stream().filter(p -> p.criterion() == criterion).map(Point::features).toList();
        }

        /** The run's seed (from which every trial's seed derives), as in the seed column. */
        @Override
        public OptionalLong seed() { return OptionalLong.of(seed); }

        /** Wall-clock seconds (not in the table). */
        public double seconds() { return seconds; }

        @Override
        public String toString() {
            return "ExponentialCapacity.Result[" + table.rowCount() + " points, seed " + seed + "]";
        }
    }
}
