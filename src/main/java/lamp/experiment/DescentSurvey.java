package lamp.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import lamp.limit.AssociativeMemory;
import lamp.base.Checks;
import lamp.base.Interrupts;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import tech.tablesaw.api.Table;

/**
 * THEORY.md §5 check 12 on many random instances: the discrete update (M7; M9 for Model A's binary
 * DAM, M11 = KH2020 (16) for Model B) never raises the effective energy (M5; M8, M10, M12) when L_v
 * and L_h are convex. For each model, a number of instances, each a model and a Gaussian start
 * v(0) with N(0, σ²) entries, a number of updates, and the rises among them, counted by the one
 * definition {@link Descent#isRise} (relative change above {@link Descent#RISE_TOLERANCE}, or an
 * energy that is not finite), through the one update loop {@link Descent#iterate}.
 *
 * <p>Instances come in two kinds: {@link #model} builds the model from fresh random ±1 memories ξ
 * (K × N_f, the same ξ and v(0) for every model at instance i); {@link #randomModel} draws the whole
 * model (memories, β, input, …) from a seeded generator, and v(0) in the model's dimension after it.
 *
 * <pre>{@code
 * DescentSurvey.Result r = DescentSurvey.create()
 *     .model("B: modern Hopfield", xi -> new ModernHopfield(xi, 1))
 *     .randomModel("B, random β and I", rng -> new ModernHopfield(Patterns.gaussian(1 + rng.nextInt(60), 8, rng.nextLong()),
 *             0.1 + 10 * rng.nextDouble(), Patterns.gaussian(1, 8, rng.nextLong()).row(0)))
 *     .features(16).memories(32).instances(20).steps(30).seed(12).run();
 * r.table();       // one row per model: model, instances, updates, rises, max dE, max relative dE, mean fall, start σ, seed
 * r.instances();   // one row per (model, instance): model, instance, N_f, K, updates, E start, E end, max relative dE, rises, seed
 * }</pre>
 */
public final class DescentSurvey {
    private record Entry(String label, Function<Memories, ? extends AssociativeMemory> fromMemories,
                         Function<Random, ? extends AssociativeMemory> drawn) {}

    private final List<Entry> models = new ArrayList<>();
    private int features = 16, count = 32, instances = 20, steps = 30;
    private double startSigma = 1;
    private long seed = 0;
    private Progress progress = Progress.none();

    private DescentSurvey() {}

    /** A survey with defaults: N_f = 16, K = 32, 20 instances of 30 updates, starts N(0, 1), seed 0. */
    public static DescentSurvey create() {
        return new DescentSurvey();
    }

    /** Adds a model built from each instance's random ±1 memories ξ (K × N_f). */
    public DescentSurvey model(String label, Function<Memories, ? extends AssociativeMemory> factory) {
        if (factory == null) throw new IllegalArgumentException("model factory for '" + label + "' is null");
        return add(new Entry(label, factory, null));
    }

    /** Adds a model drawn whole, per instance, from a generator seeded by the survey's seed and the instance. */
    public DescentSurvey randomModel(String label, Function<Random, ? extends AssociativeMemory> draw) {
        if (draw == null) throw new IllegalArgumentException("model generator for '" + label + "' is null");
        return add(new Entry(label, null, draw));
    }

    private DescentSurvey add(Entry e) {
        if (e.label() == null || e.label().isBlank()) throw new IllegalArgumentException("model label is empty");
        for (Entry m : models) {
            if (m.label().equals(e.label())) throw new IllegalArgumentException("model '" + e.label() + "' is already in the survey");
        }
        models.add(e);
        return this;
    }

    /** N_f of the random memories of {@link #model} entries (default 16). */
    public DescentSurvey features(int n) { this.features = Checks.count("features N_f", n, 1); return this; }

    /** K, the random memories per instance of {@link #model} entries (default 32). */
    public DescentSurvey memories(int k) { this.count = Checks.count("memory count K", k, 1); return this; }

    /** Random instances per model (default 20). */
    public DescentSurvey instances(int n) { this.instances = Checks.count("instances", n, 1); return this; }

    /** Updates per instance (default 30). */
    public DescentSurvey steps(int n) { this.steps = Checks.count("steps", n, 1); return this; }

    /** Standard deviation σ of the Gaussian start v(0) (default 1). */
    public DescentSurvey startSigma(double sigma) { this.startSigma = Checks.positive("start σ", sigma); return this; }

    /** Seed of the memories, models and starts (default 0); instance i of every {@link #model} entry sees the same ξ and v(0). */
    public DescentSurvey seed(long seed) { this.seed = seed; return this; }

    /** With {@code true}, a status line rewritten after each model (one display updated in place in a notebook, standard error elsewhere). */
    public DescentSurvey progress(boolean on) { this.progress = Progress.console(on); return this; }

    /** One line per finished model to {@code sink}. */
    public DescentSurvey progress(Consumer<String> sink) { this.progress = Progress.lines(sink); return this; }

    /** Runs every model on every instance. */
    public Result run() {
        if (models.isEmpty()) throw new IllegalArgumentException("no models in the survey: call model(label, factory) or randomModel(label, generator)");
        Rows summary = new Rows("discrete updates (M7) on random instances (seed " + seed + ")");
        Rows perInstance = new Rows("discrete updates (M7), one row per instance (seed " + seed + ")");
        int done = 0;
        for (Entry m : models) {
            long start = System.nanoTime();
            double maxDe = Double.NEGATIVE_INFINITY, maxRel = Double.NEGATIVE_INFINITY, fall = 0;
            int rises = 0, updates = 0;
            for (int i = 0; i < instances; i++) {
                Interrupts.check("in DescentSurvey (" + m.label() + ")", i, instances, "instances");
                AssociativeMemory model;
                double[] v0;
                if (m.fromMemories() != null) {
                    Memories xi = Patterns.randomBinary(count, features, Seeds.derive(seed, i, 0));
                    model = m.fromMemories().apply(xi);
                    if (model == null) throw new IllegalArgumentException("model factory for '" + m.label() + "' returned null");
                    v0 = gaussian(new Random(Seeds.derive(seed, i, 1)), features);
                } else {
                    Random rng = new Random(Seeds.derive(seed, i, 2));
                    model = m.drawn().apply(rng);
                    if (model == null) throw new IllegalArgumentException("model generator for '" + m.label() + "' returned null at instance " + i);
                    v0 = gaussian(rng, model.memories().dimension());
                }
                Instance r = instance(model, v0);
                perInstance.put(Columns.MODEL, m.label()).put("instance", i).put(Columns.N_F, model.memories().dimension())
                        .put(Columns.K, model.memories().count()).put("updates", r.updates)
                        .put("E start", r.start).put("E end", r.end).put("max relative dE", r.maxRelative)
                        .put("rises", r.rises).put(Columns.SEED, seed).end();
                maxDe = Math.max(maxDe, r.maxChange);
                maxRel = Math.max(maxRel, r.maxRelative);
                rises += r.rises;
                updates += r.updates;
                fall += r.start - r.end;
            }
            summary.put(Columns.MODEL, m.label()).put("instances", instances).put("updates", updates).put("rises", rises)
                    .put("max dE", maxDe).put("max relative dE", maxRel).put("mean fall", fall / instances)
                    .put("start sigma", startSigma).put(Columns.SEED, seed).end();
            progress.point(String.format(Locale.ROOT, "descent survey %s (%d/%d): %d updates, %d rises [%.1f s]",
                    m.label(), ++done, models.size(), updates, rises, RetrievalExperiment.seconds(start)));
        }
        progress.done();
        return new Result(summary.table(), perInstance.table(), seed);
    }

    private double[] gaussian(Random rng, int n) {
        double[] v = new double[n];
        for (int j = 0; j < n; j++) v[j] = startSigma * rng.nextGaussian();
        return v;
    }

    /** One instance's updates: how many, the energies at both ends, the largest changes, the rises. */
    private static final class Instance {
        int updates, rises;
        double start, end, maxChange = Double.NEGATIVE_INFINITY, maxRelative = Double.NEGATIVE_INFINITY;
    }

    private Instance instance(AssociativeMemory model, double[] v0) {
        Instance r = new Instance();
        r.start = model.energy(v0);
        r.end = r.start;
        Descent.iterate(model, v0, steps, false, (s, v, e, change) -> {
            double relative = Descent.relativeChange(r.end, e);
            if (Descent.isRise(r.end, e)) r.rises++;
            r.maxChange = Math.max(r.maxChange, Double.isNaN(e) ? Double.POSITIVE_INFINITY : e - r.end);
            r.maxRelative = Math.max(r.maxRelative, Double.isNaN(relative) ? Double.POSITIVE_INFINITY : relative);
            r.updates++;
            r.end = e;
        });
        return r;
    }

    /** The survey's outcome: a summary per model and a row per instance. */
    public static final class Result implements ExperimentResult {
        private final Table summary, instances;
        private final long seed;

        private Result(Table summary, Table instances, long seed) {
            this.summary = summary;
            this.instances = instances;
            this.seed = seed;
        }

        /** The run's seed (from which every trial's seed derives), as in the seed column. */
        @Override
        public OptionalLong seed() { return OptionalLong.of(seed); }

        /** One row per model: model, instances, updates, rises, max dE, max relative dE, mean fall (E start − E end), start sigma, seed. */
        @Override
        public Table table() { return summary.copy(); }

        /** One row per (model, instance): model, instance, N_f, K, updates, E start, E end, max relative dE, rises, seed. */
        public Table instances() { return instances.copy(); }

        /** Updates that raised E, over every model and instance. */
        public int rises() { return (int) summary.intColumn("rises").sum(); }

        /** Updates of the model labelled {@code model} that raised E, over its instances. */
        public int rises(String model) { return summaryInt(model, "rises"); }

        /** Updates made by the model labelled {@code model}, over its instances. */
        public int updates(String model) { return summaryInt(model, "updates"); }

        private int summaryInt(String model, String column) {
            for (int r = 0; r < summary.rowCount(); r++) {
                if (summary.stringColumn("model").get(r).equals(model)) return summary.intColumn(column).get(r);
            }
            throw new IllegalArgumentException("no model '" + model + "' in this survey; models: " + summary.stringColumn("model").asList());
        }

        /** Updates made, over every model and instance. */
        public int updates() { return (int) summary.intColumn("updates").sum(); }

        /** The largest relative change of E by one update ({@link Descent#relativeChange}); ≤ {@link Descent#RISE_TOLERANCE} when no update rose. */
        public double largestRelativeRise() { return summary.doubleColumn("max relative dE").max(); }

        @Override
        public String toString() { return summary.print(); }
    }
}
