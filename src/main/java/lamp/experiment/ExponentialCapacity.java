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
 *       lamp's capacity runs). lamp's own bounds: it holds while the other memories' terms, every
 *       sign taken against the signal, stay below it, K·cosh(1)^{N_f}·(e² − 1) &lt; e^{N_f}(1 − e^{−2}),
 *       so for α &lt; 1 − ln cosh 1 ≈ 0.566 ({@link #ONE_PATTERN_ALPHA}) as N_f grows; it fails once
 *       memories one flip away appear, K·N_f·2^{−N_f} ≫ 1, so beyond α = ln 2
 *       ({@link #ONE_PATTERN_CEILING}). A trial streams the memories, O(K·⌈N_f/64⌉).</li>
 * </ul>
 * K_max is the largest K at which at least the threshold (default 0.9) of the trials pass. Trial t at
 * N_f draws its memories from {@code Seeds.derive(seed, criterion, N_f, t)} ({@link PackedPatterns#random});
 * the first K rows of a larger draw are the smaller draw, so a trial at K is the first K memories of the
 * same trial at any larger K. Every memory fixed is found by {@link Bisection} from the previous N_f's α
 * (the first from {@code 0.8 ×} ln 2 / 2). One memory fixed is found by a scan: all trials stream
 * their memories together through the checkpoints K = 1, 2, … growing by the factor 1 + resolution, the
 * fixed-point test is read at each, and the scan ends once K has gone {@link #SCAN_BEYOND} times past the
 * last passing checkpoint: K_max is that checkpoint and K fail the next one. Every trial's memories are
 * streamed once, to at most about {@code SCAN_BEYOND × K_max}, where a bisection streams each trial anew
 * at every K it tries. Trials run in parallel and are stored by index, so the table is the same for any
 * thread count.
 */
public final class ExponentialCapacity {
    /** ln 2 / 2: Demircigil et al.'s threshold for every memory a fixed point. */
    public static final double EVERY_PATTERN_ALPHA = Math.log(2) / 2;
    /**
     * 1 − ln cosh 1: below it one random memory is a fixed point as N_f grows (the other memories'
     * terms, all signs against the signal, stay below it); the threshold lies between this and
     * {@link #ONE_PATTERN_CEILING}.
     */
    public static final double ONE_PATTERN_ALPHA = 1 - Math.log(Math.cosh(1));
    /** ln 2: beyond it memories one flip away from the random memory appear, and it stops being a fixed point. */
    public static final double ONE_PATTERN_CEILING = Math.log(2);

    /** How far past the last passing checkpoint the one-memory scan goes before it ends (no checkpoint passes in between). */
    public static final double SCAN_BEYOND = 1.5;

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
    /** Column of {@link Result#evaluations()}: the trials that passed at K. */
    public static final String PASSING = "passing";
    /** Column of {@link Result#evaluations()}: ln K / N_f. */
    public static final String LN_K_PER_N = "ln K / N_f";
    /** Column of {@link Result#evaluations()}: the fraction of trials that passed at K. */
    public static final String PASS_FRACTION = "pass fraction";

    /** Column: the α below which the criterion's theory says it holds, at this N_f ({@link Criterion#holdsBelow}). */
    public static final String HOLDS_BELOW = "holds below alpha";
    /** Column: the α above which the criterion's theory says it fails ({@link Criterion#failsAbove}). */
    public static final String FAILS_ABOVE = "fails above alpha";

    /** Which memories must be fixed points. */
    public enum Criterion {
        /** Every stored memory (Demircigil et al. 2017). */
        EVERY_PATTERN("every memory fixed", EVERY_PATTERN_ALPHA, 0, EVERY_PATTERN_ALPHA),
        /** The memory ξ_0 (lamp's capacity runs). */
        ONE_PATTERN("one memory fixed", ONE_PATTERN_ALPHA, 2, ONE_PATTERN_CEILING);

        private final String label;
        private final double floor, floorOffset, ceiling;

        Criterion(String label, double floor, double floorOffset, double ceiling) {
            this.label = label;
            this.floor = floor;
            this.floorOffset = floorOffset;
            this.ceiling = ceiling;
        }

        /** As shown in the table. */
        public String label() { return label; }

        /**
         * The α = ln K / N_f below which the criterion's theory says it holds at N_f features: ln 2 / 2
         * for every memory (Demircigil et al., as N_f grows); for one memory 1 − ln cosh 1 − 2/N_f, where the
         * other memories' terms, every sign taken against the signal, stay below it on average.
         */
        public double holdsBelow(int features) {
            if (features < 1) throw new IllegalArgumentException("N_f must be at least 1, got " + features);
            return floor - floorOffset / features;
        }

        /**
         * The α above which the criterion fails: ln 2 / 2 for every memory (pairs one flip apart appear),
         * ln 2 for one memory (memories one flip away from it appear). The threshold lies between
         * {@link #holdsBelow} and this; for every memory the two meet as N_f grows.
         */
        public double failsAbove() { return ceiling; }
    }

    private ExponentialCapacity() {}

    /** An empty builder: add criteria with {@link Builder#criterion}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Quick: every memory at N_f = 12 … 28, one memory at N_f = 12 … 32 (K ≈ 5·10⁷ at 32, a few seconds);
     * step 4, 20 trials, resolution 5 %.
     */
    public static Builder quick() {
        return builder().criterion(Criterion.EVERY_PATTERN, 12, 16, 20, 24, 28)
                .criterion(Criterion.ONE_PATTERN, 12, 16, 20, 24, 28, 32).trials(20).resolution(0.05);
    }

    /**
     * Full: every memory at N_f = 12 … 36 (K ≈ 2·10⁴ at 36, K² pairs per trial), one memory at
     * N_f = 12 … 40 (K ≈ 2·10¹⁰ streamed memories per trial at 40, about 17 minutes on two cores); step 4,
     * 20 trials, resolution 5 %.
     */
    public static Builder full() {
        return builder().criterion(Criterion.EVERY_PATTERN, 12, 16, 20, 24, 28, 32, 36)
                .criterion(Criterion.ONE_PATTERN, 12, 16, 20, 24, 28, 32, 36, 40).trials(20).resolution(0.05);
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
        private int trials = 20, threads = Parallel.threads();
        private long maxMemories = 1L << 40;
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

        /**
         * The most memories ever tested (default 2⁴⁰; every memory fixed stops at 2²² whatever this says, its
         * trials cost K²); still passing there is an error.
         */
        public Builder maxMemories(long k) {
            if (k < 2) throw new IllegalArgumentException("max memories must be >= 2, got " + k);
            this.maxMemories = k;
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
        public double passFraction(Criterion criterion, int features, long k) {
            if (criterion == null) throw new IllegalArgumentException("criterion is null (Criterion.EVERY_PATTERN or ONE_PATTERN)");
            Checks.between("N_f", features, 2, MAX_FEATURES);
            if (k < 1) throw new IllegalArgumentException("memory count K must be >= 1, got " + k);
            if (criterion == Criterion.EVERY_PATTERN) {
                Checks.fits("K = " + k + " packed memories of N_f = " + features + " signs", k * ((features + 63L) / 64));
            }
            return (double) passes(this, criterion, features, k) / trials;
        }

        /** Runs every (criterion, N_f) point. */
        public Result run() {
            if (grids.isEmpty()) throw new IllegalArgumentException("no criterion given: call criterion(c, N_f...) before run()");
            long start = System.nanoTime();
            StringColumn criterion = StringColumn.create(CRITERION);
            IntColumn nf = IntColumn.create(Columns.N_F), trialsColumn = IntColumn.create(Columns.TRIALS),
                    evals = IntColumn.create(CapacityScaling.EVALUATIONS);
            LongColumn kMax = LongColumn.create(K_MAX), kFail = LongColumn.create(K_FAIL);
            DoubleColumn alpha = DoubleColumn.create(ALPHA), alphaFail = DoubleColumn.create(ALPHA_FAIL),
                    holdsBelow = DoubleColumn.create(HOLDS_BELOW), failsAbove = DoubleColumn.create(FAILS_ABOVE),
                    thresholdColumn = DoubleColumn.create(CapacityScaling.THRESHOLD);
            LongColumn seedColumn = LongColumn.create(Columns.SEED);
            int points = 0, point = 0;
            for (int[] g : grids.values()) points += g.length;
            List<Point> measured = new ArrayList<>();
            List<Evaluation> tried = new ArrayList<>();
            for (Map.Entry<Criterion, int[]> e : grids.entrySet()) {
                Criterion c = e.getKey();
                double guessAlpha = 0.8 * EVERY_PATTERN_ALPHA;
                for (int features : e.getValue()) {
                    point++;
                    String where = String.format(Locale.ROOT, "exponential DAM, %s, N_f=%d (point %d/%d)", c.label(), features, point, points);
                    Found b;
                    if (c == Criterion.ONE_PATTERN) {
                        b = scan(this, features, where, start, tried);
                    } else {
                        int limit = (int) Math.min(maxMemories, 1 << 22);
                        int guess = (int) Math.max(2, Math.min(limit, Math.exp(guessAlpha * features)));
                        int[] count = {0};
                        Bisection.Bracket bracket;
                        try {
                            bracket = Bisection.largestPassing(k -> {
                                int s = passes(this, c, features, k);
                                tried.add(new Evaluation(c, features, k, s));
                                count[0]++;
                                boolean pass = s >= threshold * trials;
                                if (listener != null) {
                                    listener.update(String.format(Locale.ROOT, "%s: K=%d passes %d/%d %s [%.1f s]",
                                            where, k, s, trials, pass ? "pass" : "fail", (System.nanoTime() - start) / 1e9), false);
                                }
                                return pass;
                            }, guess, resolution, limit);
                        } catch (IllegalStateException ex) {
                            throw new IllegalStateException(c.label() + ", N_f = " + features + ": " + ex.getMessage()
                                    + " (raise maxMemories(…) above " + limit + ")", ex);
                        }
                        b = new Found(bracket.passing(), bracket.failing(), count[0]);
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
                    holdsBelow.append(c.holdsBelow(features));
                    failsAbove.append(c.failsAbove());
                    trialsColumn.append(trials);
                    thresholdColumn.append(threshold);
                    evals.append(b.evaluations());
                    seedColumn.append(seed);
                    if (a > 0) guessAlpha = a;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (listener != null) listener.update(String.format(Locale.ROOT, "exponential DAM capacity: %d points in %.1f s", points, seconds), true);
            Table table = Table.create("exponential DAM F = e^x: K_max against N_f (Demircigil et al. 2017)", criterion, nf, kMax, kFail,
                    alpha, alphaFail, holdsBelow, failsAbove, trialsColumn, thresholdColumn, evals, seedColumn);
            return new Result(table, measured, tried, trials, threshold, seed, seconds);
        }
    }

    /** How many trials at (criterion, N_f, K) pass, spread over lamp's task pool ({@link Tasks}). */
    static int passes(Builder b, Criterion c, int features, long k) {
        List<Boolean> ok = Tasks.map(b.trials, t -> trial(c, features, k, trialSeed(b, c, features, t)), b.threads > 1,
                "in ExponentialCapacity at N_f = " + features + ", K = " + k, "trials");
        int s = 0;
        for (boolean x : ok) if (x) s++;
        return s;
    }

    private static long trialSeed(Builder b, Criterion c, int features, int t) {
        return Seeds.derive(b.seed, c.ordinal(), features, t);
    }

    /** One trial: K memories from {@code trialSeed}, F = eˣ; whether the criterion holds. */
    static boolean trial(Criterion c, int features, long k, long trialSeed) {
        ScalarFunction f = ScalarFunction.exponential(1);
        if (c == Criterion.ONE_PATTERN) return BinaryTrials.firstIsFixed(f, features, k, trialSeed);
        Checks.fits("K = " + k + " packed memories of N_f = " + features + " signs", k * ((features + 63L) / 64));
        return new PackedDam(PackedPatterns.random((int) k, features, trialSeed), f).everyMemoryFixed();
    }

    /** One tested K: how many trials passed. */
    private record Evaluation(Criterion criterion, int features, long k, int passing) {}

    /** K_max, the K above it where the search ended, and how many K were evaluated. */
    private record Found(long passing, long failing, int evaluations) {}

    /** Checkpoints of one scan round: from {@code k}, growing by 1 + resolution, over a factor of about 1.25 (at least one). */
    private static long[] round(long k, double resolution, long limit) {
        List<Long> ks = new ArrayList<>();
        long end = Math.max(k, (long) Math.ceil(k * 1.25));
        for (long x = k; x <= end && x <= limit; x = Math.max(x + 1, (long) Math.ceil(x * (1 + resolution)))) ks.add(x);
        return ks.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * One memory fixed, by the scan of the class comment: all trials advance together through the
     * checkpoints, a round at a time, until K passes {@link #SCAN_BEYOND} × the last passing checkpoint.
     */
    private static Found scan(Builder b, int features, String where, long start, List<Evaluation> tried) {
        ScalarFunction f = ScalarFunction.exponential(1);
        BinaryTrials.FirstMemory[] streams = new BinaryTrials.FirstMemory[b.trials];
        for (int t = 0; t < b.trials; t++) {
            streams[t] = new BinaryTrials.FirstMemory(f, features, trialSeed(b, Criterion.ONE_PATTERN, features, t));
        }
        long k = 1, lastPass = 0, failAfter = -1;
        int evaluations = 0;
        while (true) {
            long[] ks = round(k, b.resolution, b.maxMemories);
            List<boolean[]> fixed = Tasks.map(b.trials, t -> streams[t].fixedAt(ks), b.threads > 1,
                    "in ExponentialCapacity (one memory fixed) at N_f = " + features + ", K ≤ " + ks[ks.length - 1], "trials");
            int passing = 0;
            for (int j = 0; j < ks.length; j++) {
                int s = 0;
                for (boolean[] trial : fixed) if (trial[j]) s++;
                evaluations++;
                if (s >= b.threshold * b.trials) {
                    lastPass = ks[j];
                    failAfter = -1;
                } else if (failAfter < 0) {
                    failAfter = ks[j];
                }
                passing = s;
                tried.add(new Evaluation(Criterion.ONE_PATTERN, features, ks[j], s));
            }
            long last = ks[ks.length - 1];
            if (b.listener != null) {
                b.listener.update(String.format(Locale.ROOT, "%s: K=%d passes %d/%d, last passing K=%d [%.1f s]",
                        where, last, passing, b.trials, lastPass, (System.nanoTime() - start) / 1e9), false);
            }
            if (lastPass == last && last >= b.maxMemories) {
                throw new IllegalStateException("one memory fixed, N_f = " + features + ": the criterion still holds at the limit K = "
                        + last + " (evaluations: " + evaluations + "); raise maxMemories(…) above " + b.maxMemories);
            }
            if (lastPass == 0 || last >= SCAN_BEYOND * lastPass || last >= b.maxMemories) {
                return new Found(lastPass, failAfter, evaluations);
            }
            k = Math.max(last + 1, (long) Math.ceil(last * (1 + b.resolution)));
        }
    }

    /** One measured point: K_max of {@code criterion} at N_f and the smallest failing K above it. */
    public record Point(Criterion criterion, int features, long kMax, long kFail) {
        /** ln K_max / N_f (NaN when K_max = 0). */
        public double alpha() {
            return kMax > 0 ? Math.log(kMax) / features : Double.NaN;
        }
    }

    /** What a run measured. Immutable: the table handed out is a copy. */
    public static final class Result implements ExperimentResult {
        private final Table table;
        private final List<Point> points;
        private final Table evaluations;
        private final long seed;
        private final double seconds;

        private Result(Table table, List<Point> points, List<Evaluation> tried, int trials, double threshold, long seed, double seconds) {
            this.table = table;
            this.points = List.copyOf(points);
            StringColumn criterion = StringColumn.create(CRITERION);
            IntColumn nf = IntColumn.create(Columns.N_F), passing = IntColumn.create(PASSING), trialsColumn = IntColumn.create(Columns.TRIALS);
            LongColumn k = LongColumn.create(Columns.K);
            DoubleColumn alpha = DoubleColumn.create(LN_K_PER_N), fraction = DoubleColumn.create(PASS_FRACTION),
                    thresholdColumn = DoubleColumn.create(CapacityScaling.THRESHOLD);
            for (Evaluation e : tried) {
                criterion.append(e.criterion().label());
                nf.append(e.features());
                k.append(e.k());
                alpha.append(Math.log(e.k()) / e.features());
                passing.append(e.passing());
                trialsColumn.append(trials);
                fraction.append((double) e.passing() / trials);
                thresholdColumn.append(threshold);
            }
            this.evaluations = Table.create("exponential DAM F = e^x: the trials passing at each K tested", criterion, nf, k, alpha,
                    passing, trialsColumn, fraction, thresholdColumn);
            this.seed = seed;
            this.seconds = seconds;
        }

        /**
         * Every K tested, in the order tested: criterion, N_f, K, ln K / N_f, trials passing, trials, pass
         * fraction, threshold (a copy). For one memory fixed, every checkpoint of the scan: the pass fraction against
         * K, which shows how sharp the edge is; for every memory fixed, the K of the bisection.
         */
        public Table evaluations() { return evaluations.copy(); }

        /** The measured points, one per (criterion, N_f), in the order run. */
        public List<Point> points() { return points; }

        /**
         * One row per (criterion, N_f): criterion, N_f, K_max, K fail, ln K_max / N_f, ln K_fail / N_f,
         * the α below which its theory says it holds and above which it fails, trials, threshold, evaluations, seed (a copy).
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
