package lamp.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import lamp.base.Numbers;
import lamp.limit.AssociativeMemory;
import lamp.limit.Retrieval;
import lamp.base.Checks;
import lamp.base.Interrupts;
import lamp.memory.Memories;
import lamp.memory.Metrics;
import tech.tablesaw.api.Table;

/**
 * Image memories (THEORY.md §6; retrieval of masked images as in Ramsauer 2020, with Models A (M8–M9),
 * B (M10–M11) and C (M12)): every stored image is damaged (masked or flipped), each model retrieves
 * it, and the results are scored. Query μ targets memory μ. The settings are inert; {@link #run()}
 * returns an immutable {@link Result} with the scores, the states and the data of its image grids.
 * <pre>{@code
 * ImageRecall.Result r = ImageRecall.of(xi, 28)
 *     .queries(mu -> Corruption.maskBottomHalf(xi.row(mu), 28))
 *     .model("A dam(30)", Models.create("dam(30)", xi), ImageRecall.Fill.random(7))  // binary: fill the zeros
 *     .model("B β=1", new ModernHopfield(xi, 1))
 *     .maxSteps(50).run();
 * r.table();                           // one row per model
 * r.score("B β=1").exactFraction();
 * Plots.imageGrid(r.grid(0, 3, 6));    // original / query / one row per model (drawn by lamp.plot)
 * }</pre>
 * Scores compare signs with the target: pixel accuracy is 1 − (differing signs)/N, exact means no
 * sign differs, nearest means the final state's largest overlap is with the target.
 */
public final class ImageRecall {

    /**
     * What a model sees in place of the masked (zero) entries of a query. Binary models (Model A)
     * read a zero as +1, so masked pixels must be set to ±1 first; continuous models can take 0.
     */
    public interface Fill {
        /** The query as the model sees it; {@code index} is the query's number, for seeding. */
        double[] apply(double[] query, int index);

        /** Short description for the table. */
        String label();

        /** Leave zeros as they are. */
        static Fill none() {
            return new Fill() {
                public double[] apply(double[] q, int index) { return q.clone(); }
                public String label() { return "none (0)"; }
            };
        }

        /** Every zero becomes {@code value} (e.g. −1, the background of a ±1 digit). */
        static Fill constant(double value) {
            Checks.finite("fill value", value);
            return new Fill() {
                public double[] apply(double[] q, int index) {
                    double[] out = q.clone();
                    for (int i = 0; i < out.length; i++) if (out[i] == 0) out[i] = value;
                    return out;
                }
                public String label() { return "constant " + Numbers.plain(value); }
            };
        }

        /**
         * Every zero becomes +1 or −1 with equal probability: an unbiased guess, whose expected overlap
         * with every memory is 0, as for a zero. Query μ uses seed {@code Seeds.derive(seed, μ)}.
         */
        static Fill random(long seed) {
            return new Fill() {
                public double[] apply(double[] q, int index) {
                    Random rng = new Random(Seeds.derive(seed, index));
                    double[] out = q.clone();
                    for (int i = 0; i < out.length; i++) if (out[i] == 0) out[i] = rng.nextBoolean() ? 1 : -1;
                    return out;
                }
                public String label() { return "random ±1 (seed " + seed + ")"; }
            };
        }
    }

    /** The score of one model over all queries. */
    public record Score(String model, String fill, int queries, double pixelAccuracy, double exactFraction,
                        double nearestFraction, double queryNearestFraction, double meanSteps, double convergedFraction) {}

    private record Entry(String label, AssociativeMemory model, Fill fill) {}

    private final Memories xi;
    private final int width;
    private IntFunction<double[]> queries;
    private final Map<String, Entry> models = new LinkedHashMap<>();
    private int maxSteps = 100;
    private double tolerance = 1e-9;
    private Progress progress = Progress.none();

    private ImageRecall(Memories xi, int width) {
        this.xi = xi;
        this.width = width;
    }

    /** Recall of the images stored as the rows of ξ, each {@code width} pixels a row. */
    public static ImageRecall of(Memories xi, int width) {
        if (xi == null) throw new IllegalArgumentException("memories ξ are null");
        Checks.count("image width", width, 1);
        if (xi.dimension() % width != 0) {
            throw new IllegalArgumentException("images of " + xi.dimension() + " pixels cannot be " + width + " pixels wide");
        }
        return new ImageRecall(xi, width);
    }

    /** The damaged query for memory μ, for μ = 0 … K − 1 (e.g. a masked or flipped copy of row μ). */
    public ImageRecall queries(IntFunction<double[]> corrupt) {
        if (corrupt == null) throw new IllegalArgumentException("query function is null");
        this.queries = corrupt;
        return this;
    }

    /** Adds a model that takes the queries as they are. */
    public ImageRecall model(String label, AssociativeMemory model) {
        return model(label, model, Fill.none());
    }

    /** Adds a model, with what it sees in place of masked entries. */
    public ImageRecall model(String label, AssociativeMemory model, Fill fill) {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("model label is empty");
        if (model == null) throw new IllegalArgumentException("model '" + label + "' is null");
        if (fill == null) throw new IllegalArgumentException("fill for model '" + label + "' is null");
        if (model.memories().dimension() != xi.dimension()) {
            throw new IllegalArgumentException("model '" + label + "' has " + model.memories().dimension() + " features, the images " + xi.dimension());
        }
        if (models.containsKey(label)) throw new IllegalArgumentException("model label '" + label + "' is used twice");
        models.put(label, new Entry(label, model, fill));
        return this;
    }

    /** Most updates per retrieval (default 100). */
    public ImageRecall maxSteps(int n) {
        this.maxSteps = Checks.count("max steps", n, 1);
        return this;
    }

    /** Max-norm change below which a retrieval has converged (default 1e-9). */
    public ImageRecall tolerance(double tol) {
        this.tolerance = Checks.atLeast("tolerance", tol, 0);
        return this;
    }

    /** With {@code true}, a status line rewritten after each model (one display updated in place in a notebook, standard error elsewhere). */
    public ImageRecall progress(boolean on) {
        this.progress = Progress.console(on);
        return this;
    }

    /** One line per finished model to {@code sink}. */
    public ImageRecall progress(Consumer<String> sink) {
        this.progress = Progress.lines(sink);
        return this;
    }

    /**
     * Retrieves every query with every model. The result's table has one row per model: model, fill,
     * queries, pixel accuracy, exact fraction, nearest fraction (final state nearest its target), query
     * nearest fraction (the query as the model sees it is already nearest its target), mean steps,
     * converged fraction.
     */
    public Result run() {
        if (queries == null) throw new IllegalArgumentException("no queries: call queries(μ -> corrupted image)");
        if (models.isEmpty()) throw new IllegalArgumentException("no model given");
        int k = xi.count(), n = xi.dimension();
        List<double[]> corrupted = new ArrayList<>(k);
        for (int mu = 0; mu < k; mu++) corrupted.add(Checks.vector("query " + mu, queries.apply(mu), n).clone());
        Map<String, List<double[]>> retrieved = new LinkedHashMap<>();
        Map<String, Score> scores = new LinkedHashMap<>();
        Rows rows = new Rows("image recall (" + k + " images of " + n + " pixels)");
        int done = 0;
        for (Entry e : models.values()) {
            long start = System.nanoTime();
            List<double[]> out = new ArrayList<>(k);
            double accuracy = 0, steps = 0;
            int exact = 0, nearest = 0, queryNearest = 0, converged = 0;
            for (int mu = 0; mu < k; mu++) {
                Interrupts.check("in ImageRecall (" + e.label() + ")", mu, k, "images");
                double[] target = xi.row(mu);
                double[] q = e.fill().apply(corrupted.get(mu), mu);
                if (Metrics.nearest(xi, q) == mu) queryNearest++;
                Retrieval r = e.model().retrieve(q, maxSteps, tolerance);
                double[] s = r.state();
                out.add(s);
                accuracy += 1 - (double) Metrics.hamming(s, target) / n;
                if (Metrics.exactMatch(s, target)) exact++;
                if (Metrics.nearest(xi, s) == mu) nearest++;
                if (r.converged()) converged++;
                steps += r.steps();
            }
            retrieved.put(e.label(), out);
            Score sc = new Score(e.label(), e.fill().label(), k, accuracy / k, (double) exact / k, (double) nearest / k,
                    (double) queryNearest / k, steps / k, (double) converged / k);
            scores.put(e.label(), sc);
            rows.put(Columns.MODEL, sc.model()).put("fill of masked pixels", sc.fill()).put("queries", sc.queries())
                    .put("pixel accuracy", sc.pixelAccuracy()).put(Columns.EXACT, sc.exactFraction())
                    .put("nearest fraction", sc.nearestFraction()).put("query nearest fraction", sc.queryNearestFraction())
                    .put(Columns.STEPS, sc.meanSteps()).put(Columns.CONVERGED, sc.convergedFraction()).end();
            progress.point(String.format(Locale.ROOT, "image recall %s (%d/%d): exact %s [%.1f s]", e.label(), ++done,
                    models.size(), Numbers.format(sc.exactFraction(), 4), RetrievalExperiment.seconds(start)));
        }
        progress.done();
        return new Result(xi, width, rows.table(), corrupted, retrieved, scores);
    }

    /** What {@link #run()} found: scores, damaged queries, retrieved states, and the data of image grids. */
    public static final class Result implements ExperimentResult {
        private final Memories xi;
        private final int width;
        private final Table table;
        private final List<double[]> corrupted;
        private final Map<String, List<double[]>> retrieved;
        private final Map<String, Score> scores;

        private Result(Memories xi, int width, Table table, List<double[]> corrupted,
                       Map<String, List<double[]>> retrieved, Map<String, Score> scores) {
            this.xi = xi;
            this.width = width;
            this.table = table;
            this.corrupted = List.copyOf(corrupted);
            this.retrieved = Map.copyOf(retrieved);
            this.scores = scores;
        }

        /** Empty: retrieval is deterministic from the memories and the queries, which the caller gives; a random fill carries its own seed in its label. */
        @Override
        public OptionalLong seed() { return OptionalLong.empty(); }

        /** One row per model (see {@link ImageRecall#run()}). */
        @Override
        public Table table() { return table.copy(); }

        /** The model labels, in the order they were added. */
        public List<String> models() { return List.copyOf(scores.keySet()); }

        /** The score of the model labelled {@code label}. */
        public Score score(String label) {
            Score s = scores.get(label);
            if (s == null) throw new IllegalArgumentException("no model labelled '" + label + "'; models: " + scores.keySet());
            return s;
        }

        /** The final states of the model labelled {@code label}, one per query (copies). */
        public List<double[]> retrieved(String label) {
            score(label);
            return copies(retrieved.get(label));
        }

        /** The damaged queries (before any fill), one per memory (copies). */
        public List<double[]> corrupted() {
            return copies(corrupted);
        }

        /**
         * The largest fraction of pixels, over all queries, whose sign in the final state of the model
         * labelled {@code label} differs from that of {@code reference} (a zero counts as differing
         * from ±1): e.g. how far the classical network's end states are from the sign of the mean image.
         */
        public double largestDistance(String label, double[] reference) {
            score(label);
            Checks.vector("reference", reference, xi.dimension());
            double worst = 0;
            for (double[] s : retrieved.get(label)) worst = Math.max(worst, (double) Metrics.hamming(s, reference) / reference.length);
            return worst;
        }

        /** {@link #grid(IntFunction, int...)} with the originals titled "memory μ". */
        public ImageGrid grid(int... memories) {
            return grid(mu -> "memory " + mu, memories);
        }

        /**
         * An image grid with one column per listed memory and the rows: original (titled
         * {@code name.apply(μ)}, e.g. the digit it shows), damaged query, then each model's retrieved
         * state, titled by its model with ✓ (exact) or ✗. Continuous states are drawn on the ±1 scale
         * of the memories: values are clipped to [−1, 1].
         */
        public ImageGrid grid(IntFunction<String> name, int... memories) {
            if (name == null) throw new IllegalArgumentException("name function is null");
            if (memories == null || memories.length == 0) throw new IllegalArgumentException("no memories listed for the grid");
            for (int mu : memories) {
                if (mu < 0 || mu >= xi.count()) throw new IllegalArgumentException("memory " + mu + " is outside 0.." + (xi.count() - 1));
            }
            List<double[]> images = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (int mu : memories) { images.add(xi.row(mu)); titles.add(name.apply(mu)); }
            for (int mu : memories) { images.add(corrupted.get(mu)); titles.add("query"); }
            for (String label : scores.keySet()) {
                for (int mu : memories) {
                    double[] s = retrieved.get(label).get(mu);
                    images.add(clip(s));
                    titles.add(label + (Metrics.exactMatch(s, xi.row(mu)) ? " ✓" : " ✗"));
                }
            }
            return new ImageGrid(images, width, memories.length, titles);
        }

        @Override
        public String toString() { return table.print(); }

        private static List<double[]> copies(List<double[]> list) {
            List<double[]> out = new ArrayList<>(list.size());
            for (double[] v : list) out.add(v.clone());
            return out;
        }

        private static double[] clip(double[] s) {
            double[] out = new double[s.length];
            for (int i = 0; i < s.length; i++) out[i] = Math.max(-1, Math.min(1, s[i]));
            return out;
        }
    }
}
