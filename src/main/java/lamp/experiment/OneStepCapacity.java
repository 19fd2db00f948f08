package lamp.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Consumer;
import lamp.base.Numbers;
import lamp.limit.ModernHopfield;
import lamp.base.Checks;
import lamp.memory.Corruption;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Model B's one-update capacity against N_f (THEORY.md §6, Spec "§6 Model B capacity"; exponential
 * capacity as in Ramsauer 2020): for each N_f, the number of random ±1 patterns K* at which one update
 * (M11) from a stored pattern with a fraction ρ of its signs flipped stops retrieving it exactly in
 * half of the trials, beside the estimate ln K* ≈ N_f [β(1 − 2ρ) − ln cosh β]
 * ({@link ModernHopfieldTheory#logCapacity}).
 * <pre>{@code
 * OneStepCapacity.Result r = OneStepCapacity.of(0.5).corruption(0.2).features(20, 30, 40)
 *     .trials(20).seed(7).run();
 * r.table();            // N_f, flipped, measured K*, predicted K*, ln K* measured and predicted, ratio
 * r.slope();            // least-squares slope of ln K* (measured) against N_f
 * r.predictedSlope();   // the same for the estimate
 * }</pre>
 * K runs over a geometric grid (default 8 values per decade from 10) and, for each N_f, stops at the
 * first K where no trial succeeds; K* is where the exact fraction falls through ½, interpolated in
 * ln K ({@link Fits#crossing}). The estimate uses the flipped fraction actually applied,
 * round(ρN_f)/N_f (choose N_f with ρN_f whole). Each K is a {@link Capacity} point with
 * {@code maxSteps(1)}, so its seeds are Capacity's.
 */
public final class OneStepCapacity {
    private final double beta;
    private double flipped = 0.1;
    private int[] features;
    private int perDecade = 8;
    private int maxCount = 1_000_000;
    private int trials = 20;
    private long seed;
    private double level = 0.5;
    private Progress progress = Progress.none();

    private OneStepCapacity(double beta) {
        this.beta = Checks.positive("β", beta);
    }

    /** Model B, {@link ModernHopfield} at inverse temperature β. */
    public static OneStepCapacity of(double beta) {
        return new OneStepCapacity(beta);
    }

    /** The fraction ρ of the target's signs flipped (default 0.1). */
    public OneStepCapacity corruption(double fraction) {
        this.flipped = Checks.fraction("corruption fraction", fraction);
        return this;
    }

    /** The N_f to measure, at least two (for a slope), increasing. */
    public OneStepCapacity features(int... n) {
        if (n == null || n.length < 2) throw new IllegalArgumentException("give at least two N_f for a slope");
        for (int i = 0; i < n.length; i++) {
            Checks.count("features N_f", n[i], 1);
            if (i > 0 && n[i] <= n[i - 1]) throw new IllegalArgumentException("N_f must increase, got " + n[i] + " after " + n[i - 1]);
        }
        this.features = n.clone();
        return this;
    }

    /** The K grid: {@code perDecade} values per decade from 10 up to {@code max} (default 8, 10⁶). */
    public OneStepCapacity grid(int perDecade, int max) {
        this.perDecade = Checks.count("grid values per decade", perDecade, 1);
        this.maxCount = Checks.count("largest K", max, 10);
        return this;
    }

    /** Trials per (N_f, K) point (default 20). */
    public OneStepCapacity trials(int n) {
        this.trials = Checks.count("trials", n, 1);
        return this;
    }

    /** The seed (default 0). */
    public OneStepCapacity seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** The exact fraction that defines K* (default ½). */
    public OneStepCapacity level(double level) {
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        this.level = level;
        return this;
    }

    /** One line per finished point to {@code sink}. */
    public OneStepCapacity progress(Consumer<String> sink) {
        this.progress = Progress.lines(sink);
        return this;
    }

    /** The K grid. */
    int[] counts() {
        TreeSet<Integer> ks = new TreeSet<>();
        for (int j = perDecade; ; j++) {
            double k = Math.pow(10, (double) j / perDecade);
            if (k > maxCount) break;
            ks.add((int) Math.round(k));
        }
        return ks.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Measures every N_f. */
    public Result run() {
        if (features == null) throw new IllegalArgumentException("no N_f given: call features(...)");
        int[] grid = counts();
        String label = "modern Hopfield β=" + beta;
        Table curves = null;
        IntColumn nf = IntColumn.create(Columns.N_F), flips = IntColumn.create("flipped entries");
        DoubleColumn measured = DoubleColumn.create("measured K*"), predicted = DoubleColumn.create("predicted K*"),
                lnMeasured = DoubleColumn.create("ln K* measured"), lnPredicted = DoubleColumn.create("ln K* predicted"),
                ratio = DoubleColumn.create("measured / predicted");
        for (int n : features) {
            List<Double> ks = new ArrayList<>(), exact = new ArrayList<>();
            for (int k : grid) {
                Capacity.Result point = Capacity.of(label, xi -> new ModernHopfield(xi, beta)).features(n).memories(k)
                        .corruption(flipped).maxSteps(1).trials(trials).seed(seed).run();
                curves = curves == null ? point.table() : curves.append(point.table());
                double e = point.curve(label).points().get(0).exact();
                ks.add((double) k);
                exact.add(e);
                progress.point(String.format(Locale.ROOT, "one-step capacity N_f=%d K=%d: exact %.3f", n, k, e));
                if (e == 0) break;
            }
            double kStar;
            try {
                kStar = Fits.crossing(ks.stream().mapToDouble(Double::doubleValue).toArray(),
                        exact.stream().mapToDouble(Double::doubleValue).toArray(), level, true);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("N_f = " + n + ": the exact fraction does not fall through " + level
                        + " for K in " + ks.get(0).intValue() + ".." + ks.get(ks.size() - 1).intValue() + " (" + e.getMessage() + ")", e);
            }
            int f = Corruption.count(n, flipped);
            double lnPred = ModernHopfieldTheory.logCapacity(beta, (double) f / n, n);
            nf.append(n);
            flips.append(f);
            measured.append(kStar);
            predicted.append(Math.exp(lnPred));
            lnMeasured.append(Math.log(kStar));
            lnPredicted.append(lnPred);
            ratio.append(kStar / Math.exp(lnPred));
        }
        progress.done();
        Table t = Table.create(String.format(Locale.ROOT, "Model B one-update capacity (β = %s, flip %s, %d trials, seed %d)",
                Numbers.plain(beta), Numbers.plain(flipped), trials, seed), nf, flips, measured, predicted, lnMeasured, lnPredicted, ratio,
                seedColumn(nf.size()));
        return new Result(t, curves, beta, flipped, level, seed);
    }

    private LongColumn seedColumn(int rows) {
        LongColumn c = LongColumn.create(Columns.SEED);
        for (int i = 0; i < rows; i++) c.append(seed);
        return c;
    }

    /** The measured and estimated K* per N_f, and every (N_f, K) point measured. */
    public static final class Result implements ExperimentResult {
        private final Table table, curves;
        private final double beta, flipped, level;
        private final long seed;

        private Result(Table table, Table curves, double beta, double flipped, double level, long seed) {
            this.seed = seed;
            this.table = table;
            this.curves = curves;
            this.beta = beta;
            this.flipped = flipped;
            this.level = level;
        }

        /** The run's seed, which every {@link Capacity} run at each N_f was given (it is in the seed column). */
        @Override
        public OptionalLong seed() { return OptionalLong.of(seed); }

        /** One row per N_f: N_f, flipped entries, measured K*, predicted K*, ln of both, their ratio, seed. */
        @Override public Table table() { return table.copy(); }

        /** Every measured point (a {@link Capacity} table, all N_f appended). */
        public Table curves() { return curves.copy(); }

        /** β. */
        public double beta() { return beta; }

        /** The nominal flipped fraction ρ. */
        public double flipped() { return flipped; }

        /** The exact fraction that defines K*. */
        public double level() { return level; }

        /** The least-squares slope of ln K* (measured) against N_f. */
        public double slope() {
            return Fits.slope(table.intColumn(Columns.N_F).asDoubleArray(), table.doubleColumn("ln K* measured").asDoubleArray());
        }

        /** The slope of the estimate's ln K* against N_f: β(1 − 2ρ) − ln cosh β when ρN_f is whole. */
        public double predictedSlope() {
            return Fits.slope(table.intColumn(Columns.N_F).asDoubleArray(), table.doubleColumn("ln K* predicted").asDoubleArray());
        }

        @Override public String toString() { return table.print(); }
    }
}
