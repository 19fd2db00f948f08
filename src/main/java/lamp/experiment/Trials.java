package lamp.experiment;

import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import lamp.limit.AssociativeMemory;
import lamp.limit.Retrieval;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Metrics;
import lamp.memory.Patterns;

/**
 * The retrieval trial shared by the experiments: draw memories (or take fixed ones), pick a target,
 * corrupt it, retrieve, score. Trial t of a point uses seed {@code Seeds.derive(seed, K, t)}, so
 * results do not depend on threads, and models compared at the same seed see the same memories,
 * targets and corruptions. Trials run on a parallel stream; their results are summed in index order.
 */
final class Trials {
    private Trials() {}

    /** Extra per-trial measurements from the memories and the final state. */
    interface Measure {
        double[] apply(Memories xi, double[] finalState);
    }

    record Setup(Function<Memories, AssociativeMemory> factory, Patterns.Source patterns, Memories fixed,
                 int features, int count, Corruption.Kind kind, double amount, int trials, long seed,
                 int maxSteps, double tolerance, boolean parallel, Measure measure, int measureCount) {}

    record Summary(String modelName, double exact, double overlap, double steps, double converged, double[] extras) {}

    private record Outcome(String modelName, boolean exact, double overlap, int steps, boolean converged, double[] extras) {}

    static Summary run(Setup s) {
        IntStream indices = IntStream.range(0, s.trials());
        if (s.parallel()) indices = indices.parallel();
        Outcome[] outcomes = indices.mapToObj(t -> trial(s, t)).toArray(Outcome[]::new);
        int exact = 0, converged = 0;
        double overlap = 0, steps = 0;
        double[] extras = new double[s.measureCount()];
        for (Outcome o : outcomes) {
            if (o.exact()) exact++;
            if (o.converged()) converged++;
            overlap += o.overlap();
            steps += o.steps();
            for (int j = 0; j < extras.length; j++) extras[j] += o.extras()[j];
        }
        int n = outcomes.length;
        for (int j = 0; j < extras.length; j++) extras[j] /= n;
        return new Summary(outcomes[0].modelName(), (double) exact / n, overlap / n, steps / n, (double) converged / n, extras);
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
        double[] extras = new double[s.measureCount()];
        if (!allFinite(state)) {
            // A diverged retrieval is a failure; its overlap and measurements are undefined.
            java.util.Arrays.fill(extras, Double.NaN);
            return new Outcome(model.name(), false, Double.NaN, r.steps(), false, extras);
        }
        if (s.measure() != null) extras = s.measure().apply(xi, state);
        return new Outcome(model.name(), Metrics.exactMatch(state, pattern), Metrics.overlap(state, pattern),
                r.steps(), r.converged(), extras);
    }

    private static boolean allFinite(double[] x) {
        for (double v : x) if (!Double.isFinite(v)) return false;
        return true;
    }
}
