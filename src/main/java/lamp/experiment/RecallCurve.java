package lamp.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Function;
import lamp.limit.AssociativeMemory;
import lamp.limit.Retrieval;
import lamp.base.Checks;
import lamp.base.Interrupts;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Metrics;
import tech.tablesaw.api.Table;

/**
 * The fraction of damaged images each model restores against the number K stored (the pattern
 * memorisation example of KH2020 §4; retrieval as in DAM 2016 and Ramsauer 2020). For each
 * K the first K images of a collection are stored, a seeded sample of them is damaged (half masked or
 * pixels flipped) and every model retrieves each damaged copy. Sample member μ at K uses the seed
 * {@code Seeds.derive(seed, K, μ)}; the sample at K is drawn with {@code Seeds.derive(seed, K)}.
 * <pre>{@code
 * RecallCurve.Result r = RecallCurve.of(Kanji.memories(3000), 64).counts(100, 573, 3000).queries(20)
 *     .damage(RecallCurve.Damage.flip(0.2))
 *     .model("B β=1", xi -> new ModernHopfield(xi, 1), ImageRecall.Fill.none())
 *     .seed(7).run();
 * r.table();          // model, K, queries, exact, nearest, pixel accuracy, seed
 * r.grid(3000, 4);    // stored / query / one row per model, four sampled images at K = 3000
 * }</pre>
 * Exact means every sign right; nearest means the final state is closer (largest overlap) to its own
 * image than to any other stored one.
 */
public final class RecallCurve {

    /** How a stored image is damaged into a query. */
    public interface Damage {
        /** The damaged copy of {@code image} (a fresh array), with the seed of this query. */
        double[] apply(double[] image, long seed);

        /** Short description for the table. */
        String label();

        /** The bottom half set to 0 (unknown) for images {@code width} pixels wide. */
        static Damage maskBottomHalf(int width) {
            Checks.count("image width", width, 1);
            return new Damage() {
                public double[] apply(double[] image, long seed) { return Corruption.maskBottomHalf(image, width); }
                public String label() { return "bottom half masked"; }
            };
        }

        /** A fraction of the pixels flipped, chosen with the query's seed. */
        static Damage flip(double fraction) {
            Checks.fraction("flipped fraction", fraction);
            return new Damage() {
                public double[] apply(double[] image, long seed) { return Corruption.flip(image, fraction, seed); }
                public String label() { return String.format(Locale.ROOT, "%.0f%% flipped", 100 * fraction); }
            };
        }
    }

    private record Entry(String label, Function<Memories, AssociativeMemory> factory, ImageRecall.Fill fill) {}

    private final Memories all;
    private final int width;
    private int[] counts;
    private int queries = 10;
    private Damage damage;
    private final Map<String, Entry> models = new LinkedHashMap<>();
    private long seed;
    private int maxSteps = 50;
    private Progress progress = Progress.none();

    private RecallCurve(Memories all, int width) {
        this.all = all;
        this.width = width;
    }

    /** Images stored as the rows of {@code all} (the first K of them at each K), {@code width} pixels a row. */
    public static RecallCurve of(Memories all, int width) {
        if (all == null) throw new IllegalArgumentException("the image collection is null");
        Checks.count("image width", width, 1);
        if (all.dimension() % width != 0) {
            throw new IllegalArgumentException("images of " + all.dimension() + " pixels cannot be " + width + " pixels wide");
        }
        return new RecallCurve(all, width);
    }

    /** The numbers K of images stored, increasing, each at most the collection's size. */
    public RecallCurve counts(int... k) {
        if (k == null || k.length == 0) throw new IllegalArgumentException("no memory count K given");
        for (int i = 0; i < k.length; i++) {
            Checks.count("memory count K", k[i], 1);
            if (k[i] > all.count()) throw new IllegalArgumentException("K = " + k[i] + " exceeds the " + all.count() + " images given");
            if (i > 0 && k[i] <= k[i - 1]) throw new IllegalArgumentException("counts must increase, got " + k[i] + " after " + k[i - 1]);
        }
        this.counts = k.clone();
        return this;
    }

    /** Damaged queries per K (default 10; fewer when K is smaller: then every stored image is queried). */
    public RecallCurve queries(int n) {
        this.queries = Checks.count("queries per K", n, 1);
        return this;
    }

    /** How each query is damaged. */
    public RecallCurve damage(Damage d) {
        if (d == null) throw new IllegalArgumentException("damage is null");
        this.damage = d;
        return this;
    }

    /** Adds a model built on the K stored images, with what it sees in place of masked (zero) pixels. */
    public RecallCurve model(String label, Function<Memories, AssociativeMemory> factory, ImageRecall.Fill fill) {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("model label is empty");
        if (factory == null) throw new IllegalArgumentException("model factory for '" + label + "' is null");
        if (fill == null) throw new IllegalArgumentException("fill for model '" + label + "' is null");
        if (models.containsKey(label)) throw new IllegalArgumentException("model label '" + label + "' is used twice");
        models.put(label, new Entry(label, factory, fill));
        return this;
    }

    /** The seed (default 0). */
    public RecallCurve seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Most updates (or sweeps) per retrieval (default 50). */
    public RecallCurve maxSteps(int n) {
        this.maxSteps = Checks.count("max steps", n, 1);
        return this;
    }

    /** With {@code true}, one status line on standard error rewritten after each (model, K). */
    public RecallCurve progress(boolean on) {
        this.progress = Progress.console(on);
        return this;
    }

    /** The stored images queried at K: a seeded sample without replacement, in increasing order. */
    public int[] sample(int k) {
        Checks.count("memory count K", k, 1);
        if (k > all.count()) throw new IllegalArgumentException("K = " + k + " exceeds the " + all.count() + " images given");
        int n = Math.min(queries, k);
        Random rng = new Random(Seeds.derive(seed, k));
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

    /** Runs every (model, K). */
    public Result run() {
        if (counts == null) throw new IllegalArgumentException("no memory counts: call counts(K...)");
        if (damage == null) throw new IllegalArgumentException("no damage: call damage(...)");
        if (models.isEmpty()) throw new IllegalArgumentException("no model given");
        int n = all.dimension();
        Rows rows = new Rows(String.format(Locale.ROOT, "restored images against K (%s, seed %d)", damage.label(), seed));
        Map<Integer, int[]> samples = new LinkedHashMap<>();
        Map<Integer, List<double[]>> damaged = new LinkedHashMap<>();
        Map<String, double[]> states = new LinkedHashMap<>();
        int points = counts.length * models.size(), done = 0;
        long start = System.nanoTime();
        for (int k : counts) {
            Memories xi = all.first(k);
            int[] sample = sample(k);
            List<double[]> qs = new ArrayList<>();
            for (int mu : sample) qs.add(damage.apply(xi.row(mu), Seeds.derive(seed, k, mu)));
            samples.put(k, sample);
            damaged.put(k, qs);
            for (Entry e : models.values()) {
                AssociativeMemory model = e.factory().apply(xi);
                int exact = 0, nearest = 0;
                double accuracy = 0;
                for (int j = 0; j < sample.length; j++) {
                    Interrupts.check("recall curve");
                    int mu = sample[j];
                    double[] target = xi.row(mu);
                    Retrieval r = model.retrieve(e.fill().apply(qs.get(j), mu), maxSteps, 1e-9);
                    double[] s = r.state();
                    states.put(key(e.label(), k, j), s);
                    if (Metrics.exactMatch(s, target)) exact++;
                    if (Metrics.nearest(xi, s) == mu) nearest++;
                    accuracy += 1 - (double) Metrics.hamming(s, target) / n;
                }
                rows.put(Columns.MODEL, e.label()).put(Columns.K, k).put("queries", sample.length)
                        .put(Columns.EXACT, (double) exact / sample.length).put("nearest fraction", (double) nearest / sample.length)
                        .put("pixel accuracy", accuracy / sample.length).put("damage", damage.label())
                        .put(Columns.SEED, seed).end();
                progress.point(String.format(Locale.ROOT, "recall curve %s K=%d (%d/%d): exact %d/%d [%.1f s]", e.label(), k,
                        ++done, points, exact, sample.length, RetrievalExperiment.seconds(start)));
            }
        }
        progress.done();
        return new Result(all, width, rows.table(), List.copyOf(models.keySet()), samples, damaged, states, seed);
    }

    private static String key(String label, int k, int j) {
        return label + "\u0000" + k + "\u0000" + j;
    }

    /** The scores per (model, K), and the data of image grids. */
    public static final class Result implements ExperimentResult {
        private final Memories all;
        private final int width;
        private final Table table;
        private final List<String> models;
        private final Map<Integer, int[]> samples;
        private final Map<Integer, List<double[]>> damaged;
        private final Map<String, double[]> states;
        private final long seed;

        private Result(Memories all, int width, Table table, List<String> models, Map<Integer, int[]> samples,
                       Map<Integer, List<double[]>> damaged, Map<String, double[]> states, long seed) {
            this.seed = seed;
            this.all = all;
            this.width = width;
            this.table = table;
            this.models = models;
            this.samples = samples;
            this.damaged = damaged;
            this.states = states;
        }

        /** The run's seed (from which every trial's seed derives), as in the seed column. */
        @Override
        public OptionalLong seed() { return OptionalLong.of(seed); }

        /** One row per (model, K): model, K, queries, exact fraction, nearest fraction, pixel accuracy, damage, seed. */
        @Override
        public Table table() { return table.copy(); }

        /** The model labels, in the order they were added. */
        public List<String> models() { return models; }

        /** The exact fraction of model {@code label} at K = {@code k}. */
        public double exact(String label, int k) {
            return value(label, k, Columns.EXACT);
        }

        /** The nearest fraction of model {@code label} at K = {@code k}. */
        public double nearest(String label, int k) {
            return value(label, k, "nearest fraction");
        }

        /** The stored images queried at K (their indices). */
        public int[] sample(int k) {
            int[] s = samples.get(k);
            if (s == null) throw new IllegalArgumentException("K = " + k + " was not run; counts: " + samples.keySet());
            return s.clone();
        }

        private double value(String label, int k, String column) {
            if (!models.contains(label)) throw new IllegalArgumentException("no model labelled '" + label + "'; models: " + models);
            for (int r = 0; r < table.rowCount(); r++) {
                if (table.stringColumn(Columns.MODEL).get(r).equals(label) && table.intColumn(Columns.K).get(r) == k) {
                    return table.doubleColumn(column).get(r);
                }
            }
            throw new IllegalArgumentException("K = " + k + " was not run; counts: " + samples.keySet());
        }

        /**
         * An image grid at K = {@code k} for the first {@code columns} sampled images: the stored image,
         * the damaged query, then one row per model titled with ✓ (exact) or ✗. Continuous states are
         * clipped to [−1, 1].
         */
        public ImageGrid grid(int k, int columns) {
            int[] s = sample(k);
            Checks.count("grid columns", columns, 1);
            int c = Math.min(columns, s.length);
            List<double[]> images = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (int j = 0; j < c; j++) { images.add(all.row(s[j])); titles.add("stored " + s[j]); }
            for (int j = 0; j < c; j++) { images.add(damaged.get(k).get(j)); titles.add("query"); }
            for (String label : models) {
                for (int j = 0; j < c; j++) {
                    double[] st = states.get(key(label, k, j));
                    double[] clipped = new double[st.length];
                    for (int i = 0; i < st.length; i++) clipped[i] = Math.max(-1, Math.min(1, st[i]));
                    images.add(clipped);
                    titles.add(label + (Metrics.exactMatch(st, all.row(s[j])) ? " ✓" : " ✗"));
                }
            }
            return new ImageGrid(images, width, c, titles);
        }

        @Override
        public String toString() { return table.print(); }
    }
}
