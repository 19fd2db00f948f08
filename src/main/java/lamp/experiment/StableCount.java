package lamp.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.DoubleFunction;
import lamp.limit.AssociativeMemory;
import lamp.base.Checks;
import lamp.base.Interrupts;
import lamp.memory.Memories;

/**
 * How many stored memories are stable, against β (KH2020 §4's colour-vision example:
 * memories far beyond N_f when N_f = 3): started in memory ξ_μ, a model iterates its update to a fixed
 * point, and ξ_μ counts as stable when that fixed point is nearer to ξ_μ than to any other memory, in
 * Euclidean distance, or, with {@code direction}, in direction (the state rescaled to unit length and
 * compared with unit memories: Model C, whose energy depends on the direction of v alone). A seeded
 * sample of memories is checked (seed {@code Seeds.derive(seed, 0)}, the same sample at every β).
 */
public final class StableCount {
    private record Entry(String label, DoubleFunction<AssociativeMemory> byBeta, boolean direction) {}

    private final Memories xi;
    private final Map<String, Entry> models = new LinkedHashMap<>();
    private double[] betas;
    private int sample = 500, maxSteps = 200;
    private long seed;
    private Progress progress = Progress.none();

    private StableCount(Memories xi) {
        this.xi = xi;
    }

    /** Stability of the rows of ξ. */
    public static StableCount of(Memories xi) {
        if (xi == null) throw new IllegalArgumentException("memories ξ are null");
        return new StableCount(xi);
    }

    /** Adds a model built at each β; with {@code direction}, states are compared by direction only. */
    public StableCount model(String label, DoubleFunction<AssociativeMemory> byBeta, boolean direction) {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("model label is empty");
        if (byBeta == null) throw new IllegalArgumentException("model factory for '" + label + "' is null");
        if (models.containsKey(label)) throw new IllegalArgumentException("model label '" + label + "' is used twice");
        models.put(label, new Entry(label, byBeta, direction));
        return this;
    }

    /** The β values, increasing. */
    public StableCount betas(double... b) {
        if (b == null || b.length == 0) throw new IllegalArgumentException("no β given");
        for (int i = 0; i < b.length; i++) {
            Checks.positive("β", b[i]);
            if (i > 0 && b[i] <= b[i - 1]) throw new IllegalArgumentException("β must increase, got " + b[i] + " after " + b[i - 1]);
        }
        this.betas = b.clone();
        return this;
    }

    /** Memories checked (default 500; all when there are fewer). */
    public StableCount sample(int n) {
        this.sample = Checks.count("memories checked", n, 1);
        return this;
    }

    /** Most updates per retrieval (default 200). */
    public StableCount maxSteps(int n) {
        this.maxSteps = Checks.count("max steps", n, 1);
        return this;
    }

    /** The seed of the sample (default 0). */
    public StableCount seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** With {@code true}, one status line on standard error rewritten after each (model, β). */
    public StableCount progress(boolean on) {
        this.progress = Progress.console(on);
        return this;
    }

    /** The memories checked: a seeded sample without replacement, increasing. */
    public int[] checked() {
        int k = xi.count(), n = Math.min(sample, k);
        Random rng = new Random(Seeds.derive(seed, 0));
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) idx[i] = i;
        for (int i = 0; i < n; i++) {
            int j = i + rng.nextInt(k - i);
            int t = idx[i]; idx[i] = idx[j]; idx[j] = t;
        }
        int[] out = java.util.Arrays.copyOf(idx, n);
        java.util.Arrays.sort(out);
        return out;
    }

    /** The index of the memory nearest to {@code state} (Euclidean, or by direction). */
    static int nearest(Memories xi, double[] state, boolean direction) {
        double[] s = state;
        if (direction) {
            double n = 0;
            for (double x : state) n += x * x;
            n = Math.sqrt(n);
            if (!(n > 0)) return -1;
            s = state.clone();
            for (int i = 0; i < s.length; i++) s[i] /= n;
        }
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int mu = 0; mu < xi.count(); mu++) {
            double d = 0;
            double norm = direction ? xi.norm(mu) : 1;
            for (int i = 0; i < s.length; i++) {
                double e = xi.get(mu, i) / norm - s[i];
                d += e * e;
            }
            if (d < bestD) { bestD = d; best = mu; }
        }
        return best;
    }

    /** Runs every (model, β). */
    public TableResult run() {
        if (models.isEmpty()) throw new IllegalArgumentException("no model given");
        if (betas == null) throw new IllegalArgumentException("no β given: call betas(...)");
        int[] check = checked();
        Rows rows = new Rows(String.format(Locale.ROOT, "stable memories against β (%d of %d memories checked, N_f = %d, seed %d)",
                check.length, xi.count(), xi.dimension(), seed));
        int points = models.size() * betas.length, done = 0;
        long start = System.nanoTime();
        for (Entry e : models.values()) {
            for (double b : betas) {
                AssociativeMemory model = e.byBeta().apply(b);
                int stable = 0;
                for (int mu : check) {
                    Interrupts.check("stable count");
                    double[] s = model.retrieve(xi.row(mu), maxSteps, 1e-12).state();
                    if (nearest(xi, s, e.direction()) == mu) stable++;
                }
                double fraction = (double) stable / check.length;
                rows.put(Columns.MODEL, e.label()).put(Columns.BETA, b).put("checked", check.length).put("stable", stable)
                        .put("stable fraction", fraction).put("stable memories (estimated)", fraction * xi.count())
                        .put(Columns.SEED, seed).end();
                progress.point(String.format(Locale.ROOT, "stable memories %s β=%s (%d/%d): %d of %d [%.1f s]", e.label(),
                        b, ++done, points, stable, check.length, RetrievalExperiment.seconds(start)));
            }
        }
        progress.done();
        return new TableResult(rows.table(), OptionalLong.of(seed));
    }
}
