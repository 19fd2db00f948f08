package lamp.experiment;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Consumer;
import lamp.dynamics.Simulation;
import lamp.dynamics.Trajectory;
import lamp.lagrangian.Lagrangians;
import lamp.base.Checks;
import lamp.base.Interrupts;
import lamp.memory.Memories;
import lamp.network.Network;
import tech.tablesaw.api.Table;

/**
 * KH2020 §1: symmetric synapses "can be relaxed", at the price of the energy (THEORY.md check 18). The
 * network with weights ξ from feature to hidden neurons and A back ({@link Network.Builder#backwardWeights}):
 * <pre>
 *   τ_f dv/dt = Aᵀf − v,   τ_h dh/dt = ξg − h,   g = tanh(v), f = h (L_h = ½‖h‖²)
 *   dE/dt = −τ_f v̇ᵀ∇²L_v v̇ − τ_h ḣᵀḣ + v̇ᵀ∇²L_v (A − ξ)ᵀf                 (E = (M3) written with ξ)
 * </pre>
 * Three kinds of backward weights, each on the same random instances: {@link Kind#SYMMETRIC} A = ξ (the
 * guarantee holds: E never rises), {@link Kind#PERTURBED} A = ξ + εG with G independent of ξ and of the same
 * entry scale, and {@link Kind#ANTISYMMETRIC} A = −ξ, for which the whole coupling matrix
 * [[0, Aᵀ], [ξ, 0]] on (v, h) is antisymmetric: the hidden neurons push back against what drives them, and
 * the state spirals. Lamp's own check; KH2020 states the price, not a simulation.
 *
 * <p>Instance i draws ξ with N(0, c²/N_f) entries (c the {@link #coupling}, default 2, so that the
 * feature neurons leave the linear range of tanh) and a start v(0) with N(0, 1) entries, h(0) = ξg(v(0));
 * each kind integrates it (Dormand–Prince) for the duration and records E at the samples.
 * <pre>{@code
 * AsymmetricSynapses.Result r = AsymmetricSynapses.create().instances(10).seed(2).run();
 * r.table();                                          // per kind: rising intervals, largest rise, largest dE/dt, …
 * r.largestRise(AsymmetricSynapses.Kind.SYMMETRIC);   // ≤ 0: E never rises with A = ξ
 * }</pre>
 */
public final class AsymmetricSynapses {
    /** The backward weights A compared. */
    public enum Kind {
        /** A = ξ: symmetric synapses, along which E never increases, KH2020 (4). */
        SYMMETRIC("A = ξ (symmetric)"),
        /** A = ξ + εG, G random with the entry scale of ξ. */
        PERTURBED("A = ξ + εG (perturbed)"),
        /** A = −ξ: the coupling matrix on (v, h) is antisymmetric. */
        ANTISYMMETRIC("A = −ξ (antisymmetric)");

        private final String label;

        Kind(String label) { this.label = label; }

        /** How the kind reads in a table. */
        public String label() { return label; }
    }

    private int features = 8, hidden = 12, instances = 20;
    private double coupling = 2, perturbation = 1, tauHidden = 0.5, duration = 20, sampleEvery = 0.05;
    private long seed = 0;
    private Progress progress = Progress.none();

    private AsymmetricSynapses() {}

    /** Defaults: N_f = 8, N_h = 12, coupling 2, ε = 1, τ_f = 1, τ_h = 0.5, 20 instances, duration 20 sampled every 0.05, seed 0. */
    public static AsymmetricSynapses create() {
        return new AsymmetricSynapses();
    }

    /** N_f (default 8). */
    public AsymmetricSynapses features(int n) { this.features = Checks.count("features N_f", n, 1); return this; }

    /** N_h (default 12). */
    public AsymmetricSynapses hidden(int n) { this.hidden = Checks.count("hidden neurons N_h", n, 1); return this; }

    /** Random instances per kind (default 20). */
    public AsymmetricSynapses instances(int n) { this.instances = Checks.count("instances", n, 1); return this; }

    /** c: ξ has N(0, c²/N_f) entries (default 2; finite, &gt; 0). */
    public AsymmetricSynapses coupling(double c) { this.coupling = Checks.positive("coupling c", c); return this; }

    /** ε of the perturbed kind, A = ξ + εG (default 1; finite, &gt; 0). */
    public AsymmetricSynapses perturbation(double eps) { this.perturbation = Checks.positive("perturbation ε", eps); return this; }

    /** τ_h (default 0.5; τ_f = 1). */
    public AsymmetricSynapses tauHidden(double tau) { this.tauHidden = Checks.positive("τ_h", tau); return this; }

    /** Integration time (default 20). */
    public AsymmetricSynapses duration(double t) { this.duration = Checks.positive("duration", t); return this; }

    /** Interval between energy samples (default 0.05). */
    public AsymmetricSynapses sampleEvery(double dt) { this.sampleEvery = Checks.positive("sample interval", dt); return this; }

    /** Seed of ξ, G and the starts (default 0). */
    public AsymmetricSynapses seed(long seed) { this.seed = seed; return this; }

    /** With {@code true}, a status line on standard error rewritten after each kind. */
    public AsymmetricSynapses progress(boolean on) { this.progress = Progress.console(on); return this; }

    /** One line per finished kind to {@code sink}. */
    public AsymmetricSynapses progress(Consumer<String> sink) { this.progress = Progress.lines(sink); return this; }

    /** Integrates every instance with each kind of backward weights. */
    public Result run() {
        Rows rows = new Rows("asymmetric synapses: E (M3) along the flow (seed " + seed + ")");
        int done = 0;
        for (Kind kind : Kind.values()) {
            long start = System.nanoTime();
            int rising = 0, intervals = 0, risingInstances = 0;
            double largestRise = Double.NEGATIVE_INFINITY, largestRelative = Double.NEGATIVE_INFINITY;
            double largestRate = Double.NEGATIVE_INFINITY, finalSpeed = 0;
            for (int i = 0; i < instances; i++) {
                Interrupts.check("in the asymmetric-synapse run, " + kind.label() + ", instance " + i);
                Network net = network(kind, i);
                double[] v0 = gaussian(new Random(Seeds.derive(seed, i, 2)), features, 1);
                Trajectory tr = Simulation.of(net).duration(duration).sampleEvery(sampleEvery).tolerance(1e-10)
                        .step(Math.min(0.05, sampleEvery)).run(net.adiabaticState(v0));
                double[] e = tr.energies();
                boolean rose = false;
                for (int s = 1; s < e.length; s++) {
                    intervals++;
                    largestRise = Math.max(largestRise, e[s] - e[s - 1]);
                    largestRelative = Math.max(largestRelative, Descent.relativeChange(e[s - 1], e[s]));
                    if (Descent.isRise(e[s - 1], e[s])) {
                        rising++;
                        rose = true;
                    }
                }
                if (rose) risingInstances++;
                for (double rate : tr.table().doubleColumn(Trajectory.ENERGY_RATE).asDoubleArray()) largestRate = Math.max(largestRate, rate);
                double[] y = tr.finalState(), dy = new double[y.length];
                net.computeDerivatives(0, y, dy);
                double speed = 0;
                for (double d : dy) speed += d * d;
                finalSpeed += Math.sqrt(speed) / instances;
            }
            rows.put("backward weights", kind.label()).put("instances", instances).put("intervals", intervals)
                    .put("rising intervals", rising).put("instances with a rise", risingInstances)
                    .put("largest rise", largestRise).put("largest relative rise", largestRelative).put("largest dE/dt", largestRate)
                    .put("mean final speed", finalSpeed).put(Columns.N_F, features).put("N_h", hidden).put("coupling", coupling)
                    .put("perturbation", perturbation).put("tau_h", tauHidden).put("duration", duration).put(Columns.SEED, seed).end();
            progress.point(String.format(Locale.ROOT, "asymmetric synapses %s (%d/%d): %d of %d instances rose [%.1f s]",
                    kind.label(), ++done, Kind.values().length, risingInstances, instances, RetrievalExperiment.seconds(start)));
        }
        progress.done();
        return new Result(rows.table(), seed);
    }

    /** Instance i's network with backward weights of the given kind (ξ and G the same for every kind). */
    Network network(Kind kind, int i) {
        double scale = coupling / Math.sqrt(features);
        Memories xi = Memories.of(hidden, features, gaussian(new Random(Seeds.derive(seed, i, 0)), hidden * features, scale));
        Network.Builder b = Network.builder(xi).featureLagrangian(Lagrangians.tanh(1)).hiddenLagrangian(Lagrangians.identity())
                .tauFeature(1).tauHidden(tauHidden);
        double[] a = xi.toRowMajor();
        switch (kind) {
            case SYMMETRIC -> { }
            case PERTURBED -> {
                double[] g = gaussian(new Random(Seeds.derive(seed, i, 1)), a.length, scale);
                for (int j = 0; j < a.length; j++) a[j] += perturbation * g[j];
                b.backwardWeights(Memories.of(hidden, features, a));
            }
            case ANTISYMMETRIC -> {
                for (int j = 0; j < a.length; j++) a[j] = -a[j];
                b.backwardWeights(Memories.of(hidden, features, a));
            }
        }
        return b.build();
    }

    private static double[] gaussian(Random rng, int n, double scale) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) x[j] = scale * rng.nextGaussian();
        return x;
    }

    /** One row per kind of backward weights. */
    public static final class Result implements ExperimentResult {
        private final Table table;
        private final long seed;

        private Result(Table table, long seed) {
            this.table = table;
            this.seed = seed;
        }

        /** The run's seed (from which every trial's seed derives), as in the seed column. */
        @Override
        public OptionalLong seed() { return OptionalLong.of(seed); }

        /**
         * One row per kind: backward weights, instances, intervals (between samples), rising intervals,
         * instances with a rise, largest rise (of E between samples), largest relative rise, largest dE/dt
         * (analytic, at the samples), mean final speed ‖ẏ‖ (0 at a fixed point), N_f, N_h, coupling,
         * perturbation, tau_h, duration, seed.
         */
        @Override
        public Table table() { return table.copy(); }

        /** The largest rise of E between successive samples for that kind (negative when E only fell). */
        public double largestRise(Kind kind) { return value(kind, "largest rise"); }

        /** The fraction of instances whose E rose somewhere, for that kind. */
        public double riseFraction(Kind kind) { return value(kind, "instances with a rise") / value(kind, "instances"); }

        /** The largest analytic dE/dt at the samples for that kind. */
        public double largestRate(Kind kind) { return value(kind, "largest dE/dt"); }

        private double value(Kind kind, String column) {
            int r = kind.ordinal();
            return ((Number) table.column(column).get(r)).doubleValue();
        }

        @Override
        public String toString() { return table.print(); }
    }
}
