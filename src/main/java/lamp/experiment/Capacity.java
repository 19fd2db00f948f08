package lamp.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import lamp.base.Numbers;
import lamp.limit.AssociativeMemory;
import lamp.limit.Models;
import lamp.base.Checks;
import lamp.memory.Corruption;
import lamp.memory.Memories;

/**
 * Capacity curve (THEORY.md §3 capacity claims, §6; KH2020 (9): N_mem ~ min(N_f^{n−1}, N_h) for
 * F = xⁿ, after DAM 2016): for each number of memories K, the fraction of trials in which a
 * corrupted stored pattern is retrieved exactly (on signs), with N_f fixed.
 * <pre>{@code
 * TableResult r = Capacity.of("dam(3)").and("classical")   // names from Models, or factories
 *     .features(100).memories(20, 50, 100, 200).corruption(0.1).trials(50).seed(7).run();
 * }</pre>
 * One row per (model, K) with columns model, degree n, patterns, N_f, K, K/N_f, corruption kind,
 * corruption, trials, max steps, exact fraction, mean overlap, mean steps, converged fraction, seed
 * (names in {@link Columns}). The degree n is that of the model's interaction function F = c·xⁿ
 * ({@link CapacityTheory#degree(AssociativeMemory)}; 0 when F is no such power), so the
 * capacity formulas read it from the row. Models run on the same memories, targets and corruptions.
 */
public final class Capacity extends ModelComparison<Capacity> {
    private int[] counts;
    private Corruption.Kind kind = Corruption.Kind.FLIP;
    private double amount = 0.1;

    private Capacity() {}

    /**
     * Capacity of the model called {@code name} in {@link Models#create} (e.g. {@code "dam(3)"},
     * {@code "classical"}, {@code "modern(1)"}); an unknown name fails here, listing the known ones.
     */
    public static Capacity of(String name) {
        return new Capacity().and(name);
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

    /** Runs every (model, K) point and returns one row per point. */
    public TableResult run() {
        requireModels();
        if (counts == null) throw new IllegalArgumentException("memory counts K list is empty: call memories(K...)");
        Rows rows = new Rows("capacity");
        int point = 0, points = models.size() * counts.length;
        for (Model m : models) {
            for (int k : counts) {
                long start = System.nanoTime();
                Trials.Summary s = Trials.run(setup(m.factory()).random(patterns, k, features).corruption(kind, amount).build());
                String label = m.label() != null ? m.label() : s.modelName();
                rows.put(Columns.MODEL, label).put(Columns.DEGREE, CapacityTheory.degree(s.sample()))
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
        }
        progress.done();
        return new TableResult(rows.table());
    }

    @Override
    public String toString() {
        return "Capacity[K=" + Arrays.toString(counts) + ", N_f=" + features + ", " + kind.label() + " " + amount + "]";
    }
}
