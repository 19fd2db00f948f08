package lamp.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
 * Capacity curve (THEORY.md §3 capacity claims, §6; KH2020 (9): N_mem ~ min(N_f^{n−1}, N_h) for
 * F = xⁿ, after DAM 2016): for each number of memories K, the fraction of trials in which a
 * corrupted stored pattern is retrieved exactly (on signs), with N_f fixed.
 * <pre>{@code
 * Capacity.Result r = Capacity.of("dam(3)").and("classical")   // ModelSpec names or specs, or factories
 *     .features(100).memories(20, 50, 100, 200).corruption(0.1).trials(50).seed(7).run();
 * r.curve("dam(3)");   // that model's points (K, exact fraction), its degree n and N_f, for CapacityTheory
 * }</pre>
 * One row per (model, K) with columns model, degree n, patterns, N_f, K, K/N_f, corruption kind,
 * corruption, trials, max steps, exact fraction, mean overlap, mean steps, converged fraction, seed
 * (names in {@link Columns}). The degree n is that of the model's interaction function F = c·xⁿ
 * ({@link CapacityTheory#degree(AssociativeMemory)}; 0 when F is no such power), carried as a number
 * in the table and in each model's {@link Curve}, which the capacity formulas read. Models run on the same
 * memories, targets and corruptions.
 */
public final class Capacity extends ModelComparison<Capacity> {
    private int[] counts;
    private Corruption.Kind kind = Corruption.Kind.FLIP;
    private double amount = 0.1;

    private Capacity() {}

    /**
     * Capacity of the model called {@code name} ({@link ModelSpec#parse}, e.g. {@code "dam(3)"},
     * {@code "classical"}, {@code "modern(1)"}), read once here; an unknown name fails here, listing the known ones.
     */
    public static Capacity of(String name) {
        return new Capacity().and(name);
    }

    /** Capacity of the model {@code spec}, labelled by {@link ModelSpec#label()}. */
    public static Capacity of(ModelSpec spec) {
        return new Capacity().and(spec);
    }

    /** Capacity of the model {@code factory} builds from ξ, labelled by the model's own name. */
    public static Capacity of(Function<Memories, AssociativeMemory> factory) {
        return new Capacity().and(factory);
    }

    /** Capacity of the model {@code factory} builds from ξ, labelled {@code label}. */
    public static Capacity of(String label, Function<Memories, AssociativeMemory> factory) {
        return new Capacity().and(label, factory);
    }

    /** The numbers of memories K to test, each ≥ 1. */
    public Capacity memories(int... counts) {
        if (counts == null || counts.length == 0) throw new IllegalArgumentException("memory counts K list is empty");
        for (int k : counts) Checks.count("memory count K", k, 1);
        this.counts = counts.clone();
        return this;
    }

    /** Flip this fraction of the target's entries (default 0.1). */
    public Capacity corruption(double fraction) {
        return corruption(Corruption.Kind.FLIP, fraction);
    }

    /** Corrupt targets with {@code kind} at {@code amount} (a fraction, or σ for noise). */
    public Capacity corruption(Corruption.Kind kind, double amount) {
        this.amount = checkAmount(kind, amount);
        this.kind = kind;
        return this;
    }

    /** Runs every (model, K) point: one row per point, one {@link Curve} per model. */
    public Result run() {
        requireModels();
        if (counts == null) throw new IllegalArgumentException("memory counts K list is empty: call memories(K...)");
        Rows rows = new Rows("capacity");
        int point = 0, points = models.size() * counts.length;
        List<Curve> curves = new ArrayList<>();
        for (Model m : models) {
            List<Point> curve = new ArrayList<>();
            String label = m.label();
            int degree = 0;
            for (int k : counts) {
                long start = System.nanoTime();
                Trials.Summary s = Trials.run(setup(m.factory()).random(patterns, k, features).corruption(kind, amount).build());
                if (label == null) label = s.modelName();
                degree = CapacityTheory.degree(s.sample());
                curve.add(new Point(k, s.exact()));
                rows.put(Columns.MODEL, label).put(Columns.DEGREE, degree)
                        .put(Columns.PATTERNS, patternsLabel)
                        .put(Columns.N_F, features).put(Columns.K, k).put(Columns.LOAD, (double) k / features)
                        .put(Columns.KIND, kind.label()).put(Columns.CORRUPTION, amount)
                        .put(Columns.TRIALS, trials).put(Columns.MAX_STEPS, maxSteps)
                        .put(Columns.EXACT, s.exact()).put(Columns.OVERLAP, s.overlap())
                        .put(Columns.STEPS, s.steps()).put(Columns.CONVERGED, s.converged())
                        .put(Columns.SEED, seed).end();
                progress.point(String.format(Locale.ROOT, "capacity %s K=%d (%d/%d): exact %s, overlap %s [%.1f s]",
                        label, k, ++point, points, Numbers.format(s.exact(), 4), Numbers.format(s.overlap(), 4), seconds(start)));
            }
            curves.add(new Curve(label, degree, features, curve));
        }
        progress.done();
        return new Result(rows.table(), curves, seed);
    }

    /** One tested K of a {@link Curve}: the fraction of trials that retrieved the target exactly. */
    public record Point(int k, double exact) {}

    /**
     * One model's capacity curve at one N_f: its label, the degree n of its F = c·xⁿ
     * ({@link CapacityTheory#degree(lamp.limit.AssociativeMemory)}, 0 for none) and its points in the order tested.
     */
    public record Curve(String model, int degree, int features, List<Point> points) {
        public Curve {
            if (model == null) throw new IllegalArgumentException("curve label is null");
            Checks.atLeast("degree n", degree, 0);
            Checks.count("features N_f", features, 1);
            if (points == null || points.isEmpty()) throw new IllegalArgumentException("curve '" + model + "' has no points");
            points = List.copyOf(points);
        }

        /** The points sorted by K. */
        public List<Point> byK() {
            return points.stream().sorted(Comparator.comparingInt(Point::k)).toList();
        }

        /** The largest K tested. */
        public int largestK() {
            return points.stream().mapToInt(Point::k).max().orElseThrow();
        }
    }

    /** A capacity run: its table, its curves (one per model, in the order given) and its seed. Immutable. */
    public static final class Result implements ExperimentResult {
        private final Table table;
        private final List<Curve> curves;
        private final long seed;

        Result(Table table, List<Curve> curves, long seed) {
            this.table = table.copy();
            this.curves = List.copyOf(curves);
            this.seed = seed;
        }

        /**
         * One row per (model, K): model, degree n, patterns, N_f, K, K/N_f, corruption kind, corruption,
         * trials, max steps, exact fraction, mean overlap, mean steps, converged fraction, seed (a copy).
         */
        @Override
        public Table table() {
            return table.copy();
        }

        /** One curve per model, in the order the models were given. */
        public List<Curve> curves() {
            return curves;
        }

        /** The curve of the model labelled {@code model}; an error when no curve or several carry that label. */
        public Curve curve(String model) {
            List<Curve> found = curves.stream().filter(c -> c.model().equals(model)).toList();
            if (found.size() == 1) return found.get(0);
            List<String> labels = curves.stream().map(Curve::model).toList();
            if (found.isEmpty()) throw new IllegalArgumentException("no curve for model '" + model + "'; models: " + labels);
            throw new IllegalArgumentException("model label '" + model + "' names " + found.size() + " curves: give the models distinct labels");
        }

        /** The N_f of this run. */
        public int features() {
            return curves.get(0).features();
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

    @Override
    public String toString() {
        return "Capacity[K=" + Arrays.toString(counts) + ", N_f=" + features + ", " + kind.label() + " " + amount + "]";
    }
}
