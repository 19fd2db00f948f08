package lamp.experiment;

import java.util.function.Consumer;
import java.util.function.Function;
import lamp.limit.AssociativeMemory;
import lamp.base.Checks;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Patterns;

/**
 * Settings shared by the retrieval experiments ({@link Capacity}, {@link Basin}, {@link BetaSweep}):
 * feature count N_f, pattern source, trials, seed, retrieval limits, progress and parallelism.
 * Setters only check and store their argument (they compute nothing) and return {@code this} for
 * chaining; {@code run()} does the work and returns an immutable {@link ExperimentResult}.
 */
public abstract class RetrievalExperiment<T extends RetrievalExperiment<T>> {
    int features = 100;
    String patternsLabel = "binary";
    Patterns.Source patterns = Patterns::randomBinary;
    int trials = 20;
    long seed = 0;
    int maxSteps = 100;
    double tolerance = 1e-12;
    boolean parallel = true;
    Progress progress = Progress.none();

    RetrievalExperiment() {}

    @SuppressWarnings("unchecked")
    T self() { return (T) this; }

    /** Number of feature neurons N_f (default 100). */
    public T features(int n) {
        this.features = Checks.count("features N_f", n, 1);
        return self();
    }

    /** Random ±1 memories (the default). */
    public T binary() {
        return patterns("binary", Patterns::randomBinary);
    }

    /** Memories with N(0, 1) entries. */
    public T gaussian() {
        return patterns("gaussian", Patterns::gaussian);
    }

    /** Memories drawn from {@code source}; {@code label} goes in the patterns column. */
    public T patterns(String label, Patterns.Source source) {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("patterns label is empty");
        if (source == null) throw new IllegalArgumentException("pattern source is null");
        this.patternsLabel = label;
        this.patterns = source;
        return self();
    }

    /** Independent trials per point (default 20); each draws its own memories, target and corruption. */
    public T trials(int n) {
        this.trials = Checks.count("trials", n, 1);
        return self();
    }

    /** The experiment's seed (default 0); recorded in the seed column. */
    public T seed(long seed) {
        this.seed = seed;
        return self();
    }

    /** Most updates per retrieval (default 100). */
    public T maxSteps(int n) {
        this.maxSteps = Checks.count("max steps", n, 1);
        return self();
    }

    /** Max-norm change below which retrieval has converged (default 1e-12). */
    public T tolerance(double tol) {
        this.tolerance = Checks.atLeast("tolerance", tol, 0);
        return self();
    }

    /** Run trials on all cores (default) or on the calling thread; results are identical either way. */
    public T parallel(boolean on) {
        this.parallel = on;
        return self();
    }

    /**
     * With {@code true}, a status line rewritten in place after each point: in a notebook one display
     * updated in place, elsewhere a line on standard error; off by default.
     */
    public T progress(boolean on) {
        this.progress = Progress.console(on);
        return self();
    }

    /** One line per finished point to {@code sink} ({@code null}: none). */
    public T progress(Consumer<String> sink) {
        this.progress = Progress.lines(sink);
        return self();
    }

    /** A trial set-up with this experiment's shared settings filled in. */
    Trials.Builder setup(Function<Memories, AssociativeMemory> factory) {
        return Trials.setup(factory).trials(trials).seed(seed).retrieval(maxSteps, tolerance).parallel(parallel);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double checkAmount(Corruption.Kind kind, double amount) {
        if (kind == null) throw new IllegalArgumentException("corruption kind is null");
        return kind == Corruption.Kind.NOISE ? Checks.atLeast("noise sigma", amount, 0)
                : Checks.fraction("corruption fraction", amount);
    }
}
