package lamp.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.TreeSet;
import lamp.base.Checks;
import lamp.base.Interrupts;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Model B's capacity at one N_f measured on the comparison its estimate makes (KH2020 (13)–(16), the
 * update (M11); the estimate is Ramsauer 2020's kind, THEORY.md §6): a stored pattern ξ_t with a
 * fraction ρ of its signs flipped is the query q, and one update (M11) is dominated by the target when
 * its softmax weight exceeds ½, i.e. when e^{βξ_t·q} exceeds the sum of e^{βξ_ν·q} over the K − 1 other
 * patterns. The measured K* is where the fraction of trials in which the target wins falls through ½;
 * the annealed estimate replaces the sum by K times its mean:
 * <pre>
 *   ±1 patterns:       E e^{βξ·q} = cosh(β)^{N_f}      ⇒  ln K* ≈ N_f [β(1 − 2ρ) − ln cosh β],  best β = artanh(1 − 2ρ)
 *   Gaussian patterns: E e^{βξ·q} = e^{β²‖q‖²/2}, ‖q‖² ≈ N_f, ξ_t·q ≈ N_f(1 − 2ρ)
 *                                                        ⇒  ln K* ≈ N_f [β(1 − 2ρ) − β²/2],      best β = 1 − 2ρ
 * </pre>
 * The estimate holds while the sum over the K patterns is near its mean; it is dominated by its few
 * largest terms (and the estimate is then too pessimistic) when ln K is below N_f times the rate of the
 * overlap that carries the mean — at the best β exactly the predicted ln K*: the best β sits on the
 * edge of the estimate's validity. No pattern is stored: the K − 1 rivals are drawn and summed one at a
 * time (log-sum-exp with a running maximum), so K may reach 10⁷ at any N_f. Trial t at K uses the seed
 * {@code Seeds.derive(seed, K, t)}; ρ is applied as round(ρN_f) flipped signs, and the estimate uses
 * that fraction.
 */
public final class WeightCapacity {
    /** Which random patterns are stored. */
    public enum Kind {
        /** Independent ±1 entries. */
        BINARY("±1"),
        /** Independent standard normal entries. */
        GAUSSIAN("Gaussian");

        private final String label;

        Kind(String label) { this.label = label; }

        /** Short description for tables. */
        public String label() { return label; }
    }

    private final Kind kind;
    private final double beta, rho;
    private int features = 32, trials = 20, perDecade = 8, maxCount = 10_000_000;
    private long seed;
    private Progress progress = Progress.none();

    private WeightCapacity(Kind kind, double beta, double rho) {
        if (kind == null) throw new IllegalArgumentException("pattern kind is null");
        this.kind = kind;
        this.beta = Checks.positive("β", beta);
        this.rho = Checks.fraction("flipped fraction ρ", rho);
        if (rho >= 0.5) throw new IllegalArgumentException("flipped fraction ρ must be below ½ (the query must be nearer its pattern than its negative), got " + rho);
    }

    /** Patterns of {@code kind}, Model B at β, queries with a fraction ρ &lt; ½ of the signs flipped. */
    public static WeightCapacity of(Kind kind, double beta, double rho) {
        return new WeightCapacity(kind, beta, rho);
    }

    /** {@link #of} at the β that maximises the estimate for the flipped fraction actually applied at N_f. */
    public static WeightCapacity atBestBeta(Kind kind, double rho, int features) {
        return of(kind, bestBeta(kind, (double) Math.round(rho * Checks.count("features N_f", features, 1)) / features), rho).features(features);
    }

    /** N_f (default 32). */
    public WeightCapacity features(int n) {
        this.features = Checks.count("features N_f", n, 1);
        if (Math.round(rho * n) == 0) throw new IllegalArgumentException("ρ = " + rho + " flips no sign of " + n);
        return this;
    }

    /** Trials per K (default 20). */
    public WeightCapacity trials(int n) {
        this.trials = Checks.count("trials", n, 1);
        return this;
    }

    /** The K grid: {@code perDecade} values per decade from 10 up to {@code max} (default 8, 10⁷). */
    public WeightCapacity grid(int perDecade, int max) {
        this.perDecade = Checks.count("grid values per decade", perDecade, 1);
        this.maxCount = Checks.count("largest K", max, 10);
        return this;
    }

    /** The seed (default 0). */
    public WeightCapacity seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** With {@code true}, one status line on standard error rewritten after each K. */
    public WeightCapacity progress(boolean on) {
        this.progress = Progress.console(on);
        return this;
    }

    /** The β that maximises the estimate: artanh(1 − 2ρ) for ±1 patterns, 1 − 2ρ for Gaussian ones. */
    public static double bestBeta(Kind kind, double rho) {
        check(rho);
        if (kind == null) throw new IllegalArgumentException("pattern kind is null (Kind.BINARY or GAUSSIAN)");
        if (kind == Kind.BINARY && rho == 0) {
            throw new IllegalArgumentException("with no flipped entries (ρ = 0) the estimate for ±1 patterns grows without bound in β "
                    + "(artanh 1 = ∞): choose β yourself, or a ρ > 0");
        }
        double m = 1 - 2 * rho;
        return kind == Kind.BINARY ? 0.5 * Math.log((1 + m) / (1 - m)) : m;
    }

    /** The estimate ln K* ≈ N_f [β(1 − 2ρ) − ln cosh β] (±1) or N_f [β(1 − 2ρ) − β²/2] (Gaussian). */
    public static double logCapacity(Kind kind, double beta, double rho, int features) {
        check(rho);
        Checks.positive("β", beta);
        Checks.count("features N_f", features, 1);
        double cost = kind == Kind.BINARY ? ModernHopfieldTheory.lnCosh(beta) : beta * beta / 2;
        return features * (beta * (1 - 2 * rho) - cost);
    }

    private static void check(double rho) {
        Checks.fraction("flipped fraction ρ", rho);
        if (rho >= 0.5) throw new IllegalArgumentException("flipped fraction ρ must be below ½, got " + rho);
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

    /** Whether the target outweighs the K − 1 rivals in trial {@code trialSeed}. */
    boolean targetWins(int k, long trialSeed) {
        SplittableRandom rng = new SplittableRandom(trialSeed);
        int n = features, flips = (int) Math.round(rho * n);
        double[] target = draw(rng);
        double[] q = target.clone();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = 0; i < flips; i++) {
            int j = i + rng.nextInt(n - i);
            int t = order[i]; order[i] = order[j]; order[j] = t;
            q[order[i]] = -q[order[i]];
        }
        double own = beta * dot(target, q);
        double max = Double.NEGATIVE_INFINITY, sum = 0;          // Σ exp(βξ_ν·q − max) over the rivals
        double[] xi = new double[n];
        for (int nu = 1; nu < k; nu++) {
            if ((nu & 0xFFFF) == 0) Interrupts.check("weight capacity");
            fill(rng, xi);
            double a = beta * dot(xi, q);
            if (a > max) {
                sum = sum * Math.exp(max - a) + 1;
                max = a;
            } else {
                sum += Math.exp(a - max);
            }
        }
        return k == 1 || own > max + Math.log(sum);
    }

    private double[] draw(SplittableRandom rng) {
        double[] x = new double[features];
        fill(rng, x);
        return x;
    }

    private void fill(SplittableRandom rng, double[] x) {
        if (kind == Kind.BINARY) {
            for (int i = 0; i < x.length; i += 64) {
                long bits = rng.nextLong();
                for (int j = i, end = Math.min(x.length, i + 64); j < end; j++, bits >>>= 1) x[j] = (bits & 1) == 0 ? -1 : 1;
            }
        } else {
            for (int i = 0; i < x.length; i++) x[i] = gaussian(rng);
        }
    }

    /** A standard normal draw (Marsaglia's polar method). */
    private static double gaussian(SplittableRandom rng) {
        double u, v, s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** Measures the fraction of won trials at every K of the grid until it reaches 0, then K*. */
    public Result run() {
        int flips = (int) Math.round(rho * features);
        if (flips == 0) throw new IllegalArgumentException("ρ = " + rho + " flips no sign of " + features);
        double applied = (double) flips / features;
        IntColumn kColumn = IntColumn.create(Columns.K), trialsColumn = IntColumn.create(Columns.TRIALS);
        DoubleColumn won = DoubleColumn.create("target wins");
        List<Double> ks = new ArrayList<>(), fractions = new ArrayList<>();
        long start = System.nanoTime();
        for (int k : counts()) {
            int wins = 0;
            for (int t = 0; t < trials; t++) if (targetWins(k, Seeds.derive(seed, k, t))) wins++;
            double f = (double) wins / trials;
            kColumn.append(k);
            trialsColumn.append(trials);
            won.append(f);
            ks.add((double) k);
            fractions.add(f);
            progress.point(String.format(Locale.ROOT, "weight capacity %s ρ=%.3f K=%d: target wins %.2f [%.1f s]",
                    kind.label(), applied, k, f, RetrievalExperiment.seconds(start)));
            if (f <= 0.1) break;                  // past the crossing of ½ that K* is read from: larger K only cost time
        }
        progress.done();
        double kStar;
        try {
            kStar = Fits.crossing(ks.stream().mapToDouble(Double::doubleValue).toArray(),
                    fractions.stream().mapToDouble(Double::doubleValue).toArray(), 0.5, true);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the fraction of won trials does not fall through ½ for K in 10.." + ks.get(ks.size() - 1).intValue()
                    + " (" + e.getMessage() + "): raise the largest K of grid(...)", e);
        }
        double lnPredicted = logCapacity(kind, beta, applied, features);
        String title = String.format(Locale.ROOT, "Model B at N_f = %d, %s patterns, %d of %d signs flipped, β = %.4f: target wins (%d trials, seed %d)",
                features, kind.label(), flips, features, beta, trials, seed);
        Table curve = Table.create(title, kColumn, trialsColumn, won);
        return new Result(kind, features, beta, applied, trials, seed, kStar, lnPredicted, curve);
    }

    /** The measured curve, K* and the estimate. */
    public static final class Result implements ExperimentResult {
        private final Kind kind;
        private final int features, trials;
        private final double beta, rho, kStar, lnPredicted;
        private final long seed;
        private final Table curve;

        private Result(Kind kind, int features, double beta, double rho, int trials, long seed, double kStar, double lnPredicted, Table curve) {
            this.kind = kind;
            this.features = features;
            this.beta = beta;
            this.rho = rho;
            this.trials = trials;
            this.seed = seed;
            this.kStar = kStar;
            this.lnPredicted = lnPredicted;
            this.curve = curve;
        }

        /** The run's seed (from which every trial's seed derives), as in the seed column. */
        @Override
        public OptionalLong seed() { return OptionalLong.of(seed); }

        /** One row: patterns, N_f, ρ (applied), β, measured K*, predicted K*, ln of both, trials, seed. */
        @Override
        public Table table() {
            return Table.create("Model B capacity: measured K* against the estimate",
                    StringColumn.create("patterns", kind.label()), IntColumn.create(Columns.N_F, new int[] {features}),
                    DoubleColumn.create("ρ", rho), DoubleColumn.create(Columns.BETA, beta),
                    DoubleColumn.create("measured K*", kStar), DoubleColumn.create("predicted K*", Math.exp(lnPredicted)),
                    DoubleColumn.create("ln K* measured", Math.log(kStar)), DoubleColumn.create("ln K* predicted", lnPredicted),
                    IntColumn.create(Columns.TRIALS, new int[] {trials}), LongColumn.create(Columns.SEED, new long[] {seed}));
        }

        /** The fraction of won trials at each K. */
        public Table curve() { return curve.copy(); }

        /** The measured K* (the fraction of won trials falls through ½). */
        public double kStar() { return kStar; }

        /** ln K* of the estimate. */
        public double lnPredicted() { return lnPredicted; }

        /** ln(measured K*) / ln(predicted K*) − 1. */
        public double relativeLogError() { return Math.log(kStar) / lnPredicted - 1; }

        /** The pattern kind. */
        public Kind kind() { return kind; }

        /** ρ as applied, round(ρN_f)/N_f. */
        public double rho() { return rho; }

        /** β. */
        public double beta() { return beta; }

        @Override
        public String toString() { return table().print(); }
    }
}
