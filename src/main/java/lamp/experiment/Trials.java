package lamp.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import lamp.limit.AssociativeMemory;
import lamp.limit.Retrieval;
import lamp.base.Checks;
import lamp.linalg.Tasks;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Metrics;
import lamp.memory.Patterns;

/**
 * The retrieval trial shared by the experiments: draw memories (or take fixed ones), pick a target,
 * corrupt it, retrieve by iterating the model's update (M7, M9, M11), score. Trial t of a point uses
 * seed {@code Seeds.derive(seed, K, t)}, so results do not depend on threads, and models compared at
 * the same seed see the same memories, targets and corruptions. Trials run on lamp's task pool
 * ({@link Tasks}, each trial's kernels sequential); their results are summed in index order. An
 * interrupt stops the trials running and reports how many had finished.
 */
final class Trials {
    private Trials() {}

    /** Extra per-trial measurements from the memories and the final state, {@code count()} numbers each. */
    interface Measure {
        int count();

        double[] apply(Memories xi, double[] finalState);
    }

    /** What one point of an experiment runs; made by {@link #setup}. */
    record Setup(Function<Memories, AssociativeMemory> factory, Patterns.Source patterns, Memories fixed,
                 int features, int count, Corruption.Kind kind, double amount, int trials, long seed,
                 int maxSteps, double tolerance, boolean parallel, Measure measure) {}

    /** A point's settings, with defaults: random ±1 memories, no corruption, 20 trials, seed 0, 100 updates of tolerance 1e-12, parallel. */
    static Builder setup(Function<Memories, AssociativeMemory> factory) {
        return new Builder(factory);
    }

    static final class Builder {
        private final Function<Memories, AssociativeMemory> factory;
        private Patterns.Source patterns = Patterns::randomBinary;
        private Memories fixed;
        private int features = -1, count = -1;
        private Corruption.Kind kind = Corruption.Kind.FLIP;
        private double amount;
        private int trials = 20;
        private long seed;
        private int maxSteps = 100;
        private double tolerance = 1e-12;
        private boolean parallel = true;
        private Measure measure;

        private Builder(Function<Memories, AssociativeMemory> factory) {
            if (factory == null) throw new IllegalArgumentException("model factory is null");
            this.factory = factory;
        }

        /** Random memories of {@code count} × {@code features} from {@code patterns}, fresh per trial. */
        Builder random(Patterns.Source patterns, int count, int features) {
            this.patterns = patterns;
            this.count = count;
            this.features = features;
            this.fixed = null;
            return this;
        }

        /** One memory set for every trial. */
        Builder fixed(Memories xi) {
            this.fixed = xi;
            this.count = xi.count();
            this.features = xi.dimension();
            return this;
        }

        Builder corruption(Corruption.Kind kind, double amount) { this.kind = kind; this.amount = amount; return this; }
        Builder trials(int trials) { this.trials = trials; return this; }
        Builder seed(long seed) { this.seed = seed; return this; }
        Builder retrieval(int maxSteps, double tolerance) { this.maxSteps = maxSteps; this.tolerance = tolerance; return this; }
        Builder parallel(boolean parallel) { this.parallel = parallel; return this; }
        Builder measure(Measure measure) { this.measure = measure; return this; }

        Setup build() {
            if (count < 1 || features < 1) throw new IllegalStateException("no memories set: call random(...) or fixed(...)");
            Checks.count("trials", trials, 1);
            return new Setup(factory, patterns, fixed, features, count, kind, amount, trials, seed, maxSteps, tolerance, parallel, measure);
        }
    }

    /** The averages over a point's trials; {@code sample} is the model built for trial 0 (for its name and parameters). */
    record Summary(AssociativeMemory sample, double exact, double overlap, double steps, double converged, double[] extras) {
        String modelName() { return sample.name(); }

        @Override
        public double[] extras() { return extras.clone(); }
    }

    private record Outcome(AssociativeMemory model, boolean exact, double overlap, int steps, boolean converged, double[] extras) {}

    static Summary run(Setup s) {
        List<Outcome> outcomes = Tasks.map(s.trials(), t -> trial(s, t), s.parallel(),
                "in the trials of " + s.count() + " memories", "trials");
        int exact = 0, converged = 0;
        double overlap = 0, steps = 0;
        double[] extras = new double[measureCount(s)];
        for (Outcome o : outcomes) {
            if (o.exact()) exact++;
            if (o.converged()) converged++;
            overlap += o.overlap();
            steps += o.steps();
            for (int j = 0; j < extras.length; j++) extras[j] += o.extras()[j];
        }
        int n = outcomes.size();
        for (int j = 0; j < extras.length; j++) extras[j] /= n;
        return new Summary(outcomes.get(0).model(), (double) exact / n, overlap / n, steps / n, (double) converged / n, extras);
    }

    private static int measureCount(Setup s) {
        return s.measure() == null ? 0 : s.measure().count();
    }

    private static Outcome trial(Setup s, int t) {
        long trialSeed = Seeds.derive(s.seed(), s.count(), t);
        Memories xi = s.fixed() != null ? s.fixed()
                : s.patterns().create(s.count(), s.features(), Seeds.derive(trialSeed, 0));
        if (xi.count() != s.count() || xi.dimension() != s.features()) {
            throw new IllegalArgumentException("pattern source gave " + xi + " but " + s.count() + " × " + s.features() + " was asked for");
        }
        int target = new Random(Seeds.derive(trialSeed, 1)).nextInt(xi.count());
        double[] pattern = xi.row(target);
        double[] query = s.kind().apply(pattern, s.amount(), Seeds.derive(trialSeed, 2));
        AssociativeMemory model = s.factory().apply(xi);
        if (model == null) throw new IllegalArgumentException("model factory returned null");
        Retrieval r = model.retrieve(query, s.maxSteps(), s.tolerance());
        double[] state = r.state();
        double[] extras = new double[measureCount(s)];
        if (!allFinite(state)) {
            // A diverged retrieval is a failure; its overlap and measurements are undefined.
            Arrays.fill(extras, Double.NaN);
            return new Outcome(model, false, Double.NaN, r.steps(), false, extras);
        }
        if (s.measure() != null) extras = s.measure().apply(xi, state);
        return new Outcome(model, Metrics.exactMatch(state, pattern), Metrics.overlap(state, pattern),
                r.steps(), r.converged(), extras);
    }

    private static boolean allFinite(double[] x) {
        for (double v : x) if (!Double.isFinite(v)) return false;
        return true;
    }
}
