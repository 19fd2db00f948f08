package lamp.experiment;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;
import lamp.base.Numbers;
import lamp.limit.AssociativeMemory;
import lamp.limit.ModelSpec;
import lamp.base.Checks;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import tech.tablesaw.api.Table;

/**
 * Basin of attraction (THEORY.md §6; Demircigil 2017 and Ramsauer 2020 compare basins): retrieval versus the amount of corruption at a fixed number of
 * memories K, either random memories drawn per trial or one fixed set (e.g. images).
 * <pre>{@code
 * Basin.Result r = Basin.of("classical").features(100).memories(10)
 *     .corruption(0, 0.1, 0.2, 0.3, 0.4, 0.5).trials(50).seed(1).run();
 * }</pre>
 * One row per (model, amount): model, patterns, N_f, K, K/N_f, corruption kind, corruption, trials,
 * max steps, exact fraction, mean overlap, mean steps, converged fraction, seed. Trial t sees the same
 * memories and target at every amount, and its corrupted entries are nested as the fraction grows.
 */
public final class Basin extends ModelComparison<Basin> {
    private int count = 10;
    private Memories fixed;
    private Corruption.Kind kind = Corruption.Kind.FLIP;
    private double[] amounts;

    private Basin() {}

    /**
     * Basin of the model called {@code name} ({@link ModelSpec#parse}, e.g. {@code "dam(3)"},
     * {@code "classical"}, {@code "modern(1)"}), read once here; an unknown name fails here, listing the known ones.
     */
    public static Basin of(String name) {
        return new Basin().and(name);
    }

    /** Basin of the model {@code spec}, labelled by {@link ModelSpec#label()}. */
    public static Basin of(ModelSpec spec) {
        return new Basin().and(spec);
    }

    /** Basin of the model {@code factory} builds from ξ, labelled by the model's own name. */
    public static Basin of(Function<Memories, AssociativeMemory> factory) {
        return new Basin().and(factory);
    }

    /** Basin of the model {@code factory} builds from ξ, labelled {@code label}. */
    public static Basin of(String label, Function<Memories, AssociativeMemory> factory) {
        return new Basin().and(label, factory);
    }

    /** The number of random memories K drawn per trial (default 10). */
    public Basin memories(int count) {
        this.count = Checks.count("memory count K", count, 1);
        this.fixed = null;
        return this;
    }

    /**
     * One fixed memory set for every trial (N_f and K taken from it; the patterns column reads
     * "fixed"); trials differ in target and corruption only.
     */
    public Basin memories(Memories xi) {
        if (xi == null) throw new IllegalArgumentException("memories is null");
        this.fixed = xi;
        return this;
    }

    /** Sign-flip fractions to test, each in [0, 1]. */
    public Basin corruption(double... fractions) {
        return corruption(Corruption.Kind.FLIP, fractions);
    }

    /** Corruption {@code kind} at each amount (fractions in [0, 1] for flip and mask, σ ≥ 0 for noise). */
    public Basin corruption(Corruption.Kind kind, double... amounts) {
        if (amounts == null || amounts.length == 0) throw new IllegalArgumentException("corruption amounts list is empty");
        for (double a : amounts) checkAmount(kind, a);
        this.kind = kind;
        this.amounts = amounts.clone();
        return this;
    }

    /** Runs every (model, amount) point and returns one row per point, with the corruption kind and the seed. */
    public Result run() {
        requireModels();
        if (amounts == null) throw new IllegalArgumentException("corruption amounts list is empty: call corruption(...)");
        int n = fixed != null ? fixed.dimension() : features;
        int k = fixed != null ? fixed.count() : count;
        String source = fixed != null ? "fixed" : patternsLabel;
        Rows rows = new Rows("basin");
        int point = 0, points = models.size() * amounts.length;
        for (Model m : models) {
            for (double a : amounts) {
                long start = System.nanoTime();
                Trials.Builder setup = setup(m.factory()).corruption(kind, a);
                Trials.Summary s = Trials.run((fixed != null ? setup.fixed(fixed) : setup.random(patterns, k, n)).build());
                String label = m.label() != null ? m.label() : s.modelName();
                rows.put(Columns.MODEL, label).put(Columns.PATTERNS, source)
                        .put(Columns.N_F, n).put(Columns.K, k).put(Columns.LOAD, (double) k / n)
                        .put(Columns.KIND, kind.label()).put(Columns.CORRUPTION, a)
                        .put(Columns.TRIALS, trials).put(Columns.MAX_STEPS, maxSteps)
                        .put(Columns.EXACT, s.exact()).put(Columns.OVERLAP, s.overlap())
                        .put(Columns.STEPS, s.steps()).put(Columns.CONVERGED, s.converged())
                        .put(Columns.SEED, seed).end();
                progress.point(String.format(Locale.ROOT, "basin %s %s=%s (%d/%d): exact %s, overlap %s [%.1f s]",
                        label, kind.label(), Numbers.format(a, 4), ++point, points, Numbers.format(s.exact(), 4), Numbers.format(s.overlap(), 4),
                        seconds(start)));
            }
        }
        progress.done();
        return new Result(rows.table(), kind, seed);
    }

    /** A basin run: its table, the corruption kind its amounts measure, and its seed. Immutable. */
    public static final class Result implements ExperimentResult {
        private final Table table;
        private final Corruption.Kind kind;
        private final long seed;

        private Result(Table table, Corruption.Kind kind, long seed) {
            this.table = table.copy();
            this.kind = kind;
            this.seed = seed;
        }

        /**
         * One row per (model, amount): model, patterns, N_f, K, K/N_f, corruption kind, corruption, trials,
         * max steps, exact fraction, mean overlap, mean steps, converged fraction, seed (a copy).
         */
        @Override
        public Table table() {
            return table.copy();
        }

        /** The corruption every amount of this run measures: a fraction (flip, mask) or σ (noise). */
        public Corruption.Kind kind() {
            return kind;
        }

        /** The run's seed (from which every trial's seed derives), as in the seed column. */
        @Override
        public OptionalLong seed() { return OptionalLong.of(seed); }

        /** The number of rows (measured points). */
        public int rowCount() {
            return table.rowCount();
        }

        @Override
        public String toString() {
            return table.print();
        }
    }
}
