package lamp.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Consumer;
import lamp.base.Numbers;
import lamp.dynamics.EnergyModel;
import lamp.dynamics.Simulation;
import lamp.dynamics.StopReason;
import lamp.dynamics.Trajectory;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.Spherical;
import lamp.limit.EffectiveNetwork;
import lamp.limit.SphericalMemory;
import lamp.base.Checks;
import lamp.linalg.Dense;
import lamp.linalg.Tasks;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import lamp.network.Network;

/**
 * The fast-hidden limit (THEORY.md §2, §5 check 5; KH2020 §3: τ_h ≪ τ_f): the microscopic network (M2 =
 * KH2020 (1)) integrated at several τ_h/τ_f against its effective model (M6), from the same features
 * v(0) with the hidden neurons at rest, h(0) = ξg(v(0)). The distance ‖v_micro(t) − v_eff(t)‖₂,
 * largest over the samples, should shrink about linearly in τ_h/τ_f (lamp's own check, not the
 * paper's; {@link Fits#logLogSlope} gives the slope).
 *
 * <p>With a decay coefficient α ≠ 1 ({@link #decay}; KH2020 (19), L_v = ‖v‖ and τ_f = 1 only) the network
 * is the two-population Model C and its effective model (22) is {@link SphericalMemory} with the same α
 * (THEORY.md check 17). Since ‖v‖ keeps growing at α = 0, the distance between the directions
 * v/‖v‖ is reported too, and the largest relative rise of E (M3) between the micro samples.
 * <pre>{@code
 * TableResult r = TimescaleSweep.create().features(16).memories(8).hiddenLagrangian("logSumExp(1)")
 *     .ratios(1, 0.1, 0.01).duration(5).seed(2).run();
 * }</pre>
 * One row per ratio: tau_h/tau_f, tau_f, tau_h, decay alpha, distance (max over samples), final distance,
 * direction distance (max over samples of ‖v/‖v‖ − v_eff/‖v_eff‖‖), largest relative rise (of E between
 * successive micro samples, {@link Descent#relativeChange}; −∞ with one sample), samples,
 * L_v, L_h, N_f, K, patterns, start corruption, duration, sample interval, stop, seed.
 * The start is memory 0 with a fraction of its entries flipped (default 0.2, seeded).
 */
public final class TimescaleSweep {
    private int features = 16, count = 8;
    private Memories fixed;
    private Lagrangian feature = Lagrangians.identity();
    private Lagrangian hidden = Lagrangians.logSumExp(1);
    private double tauFeature = 1, decay = 1;
    private double[] ratios;
    private double duration = 5, sampleEvery = 0.1, tolerance = 1e-10;
    private double startCorruption = 0.2;
    private long seed = 0;
    private boolean parallel = true;
    private Progress progress = Progress.none();

    private TimescaleSweep() {}

    /** A sweep with defaults: 8 random ±1 memories of 16 features, L_v identity, L_h log-sum-exp β = 1, τ_f = 1, duration 5. */
    public static TimescaleSweep create() {
        return new TimescaleSweep();
    }

    /** Number of feature neurons N_f of the random memories. */
    public TimescaleSweep features(int n) {
        this.features = Checks.count("features N_f", n, 1);
        return this;
    }

    /** Number of random ±1 memories K (hidden neurons N_h), drawn from the seed. */
    public TimescaleSweep memories(int k) {
        this.count = Checks.count("memory count K", k, 1);
        this.fixed = null;
        return this;
    }

    /** Fixed memories ξ instead of random ones. */
    public TimescaleSweep memories(Memories xi) {
        if (xi == null) throw new IllegalArgumentException("memories is null");
        this.fixed = xi;
        return this;
    }

    /** L_v (default identity). */
    public TimescaleSweep featureLagrangian(String name) { return featureLagrangian(Lagrangians.byName(name)); }

    /** L_v (default identity). */
    public TimescaleSweep featureLagrangian(Lagrangian l) {
        if (l == null) throw new IllegalArgumentException("feature Lagrangian is null");
        this.feature = l;
        return this;
    }

    /** L_h (default log-sum-exp, β = 1). */
    public TimescaleSweep hiddenLagrangian(String name) { return hiddenLagrangian(Lagrangians.byName(name)); }

    /** L_h (default log-sum-exp, β = 1). */
    public TimescaleSweep hiddenLagrangian(Lagrangian l) {
        if (l == null) throw new IllegalArgumentException("hidden Lagrangian is null");
        this.hidden = l;
        return this;
    }

    /** τ_f (default 1); τ_h = ratio · τ_f. */
    public TimescaleSweep tauFeature(double tau) {
        this.tauFeature = Checks.positive("τ_f", tau);
        return this;
    }

    /**
     * α, the feature decay of KH2020 (19) (default 1, (M2)); α ≠ 1 needs L_v = ‖v‖ and τ_f = 1, whose
     * effective model is {@link SphericalMemory} with that α (22). Finite and ≥ 0.
     */
    public TimescaleSweep decay(double alpha) {
        this.decay = Checks.atLeast("decay coefficient α", alpha, 0);
        return this;
    }

    /** The ratios τ_h/τ_f to test, each finite and > 0. */
    public TimescaleSweep ratios(double... ratios) {
        if (ratios == null || ratios.length == 0) throw new IllegalArgumentException("ratio list τ_h/τ_f is empty");
        for (double r : ratios) Checks.positive("ratio τ_h/τ_f", r);
        this.ratios = ratios.clone();
        return this;
    }

    /** Integration time (default 5). */
    public TimescaleSweep duration(double t) {
        this.duration = Checks.positive("duration", t);
        return this;
    }

    /** Interval between compared samples (default 0.1). */
    public TimescaleSweep sampleEvery(double dt) {
        this.sampleEvery = Checks.positive("sample interval", dt);
        return this;
    }

    /** Integrator tolerance (default 1e-10). */
    public TimescaleSweep tolerance(double tol) {
        this.tolerance = Checks.positive("tolerance", tol);
        return this;
    }

    /** Fraction of memory 0's entries flipped to make v(0) (default 0.2). */
    public TimescaleSweep startCorruption(double fraction) {
        this.startCorruption = Checks.fraction("start corruption", fraction);
        return this;
    }

    /** Seed of the random memories and of the start's corruption (default 0). */
    public TimescaleSweep seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Integrate the ratios on all cores (default) or one after another; results are identical. */
    public TimescaleSweep parallel(boolean on) {
        this.parallel = on;
        return this;
    }

    /** With {@code true}, a status line rewritten after each ratio (one display updated in place in a notebook, standard error elsewhere). */
    public TimescaleSweep progress(boolean on) {
        this.progress = Progress.console(on);
        return this;
    }

    /** One line per ratio to {@code sink}. */
    public TimescaleSweep progress(Consumer<String> sink) {
        this.progress = Progress.lines(sink);
        return this;
    }

    private record Point(double ratio, double max, double last, int samples, StopReason stop, double seconds) {}

    /** Integrates the effective model once and the network at each ratio; one row per ratio. */
    public TableResult run() {
        if (ratios == null) throw new IllegalArgumentException("ratio list τ_h/τ_f is empty: call ratios(...)");
        Memories xi = fixed != null ? fixed : Patterns.randomBinary(count, features, Seeds.derive(seed, 0));
        int n = xi.dimension();
        double[] v0 = Corruption.flip(xi.row(0), startCorruption, Seeds.derive(seed, 1));
        if (decay != 1 && !(feature instanceof Spherical && tauFeature == 1)) {
            throw new IllegalArgumentException("a decay α ≠ 1 (KH2020 (19)) needs L_v = spherical and τ_f = 1, whose effective model is"
                    + " SphericalMemory (22); got L_v = " + feature.name() + ", τ_f = " + tauFeature);
        }
        EffectiveNetwork effective = decay == 1 ? new EffectiveNetwork(xi, feature, hidden, tauFeature, null)
                : new SphericalMemory(xi, hidden, null, decay);
        Trajectory eff = simulation(effective).run(v0);
        List<double[]> effStates = eff.states();
        double[] effTimes = eff.times();
        double[] directions = new double[ratios.length], rises = new double[ratios.length];

        List<Point> points = Tasks.map(ratios.length, r -> {
            long start = System.nanoTime();
            Network net = Network.builder(xi).featureLagrangian(feature).hiddenLagrangian(hidden)
                    .tauFeature(tauFeature).tauHidden(ratios[r] * tauFeature).decay(decay).build();
            Trajectory micro = simulation(net).run(net.adiabaticState(v0));
            List<double[]> states = micro.states();
            double[] times = micro.times();
            int samples = Math.min(states.size(), effStates.size());
            double[] energies = micro.energies();
            double max = 0, last = Double.NaN, direction = 0, rise = Double.NEGATIVE_INFINITY;
            for (int s = 1; s < energies.length; s++) rise = Math.max(rise, Descent.relativeChange(energies[s - 1], energies[s]));
            for (int s = 0; s < samples; s++) {
                if (Math.abs(times[s] - effTimes[s]) > 1e-9 * Math.max(1, duration)) {
                    throw new IllegalStateException("sample times differ: " + times[s] + " and " + effTimes[s]);
                }
                double[] a = states.get(s), b = effStates.get(s), diff = new double[n];
                for (int i = 0; i < n; i++) diff[i] = a[i] - b[i];
                last = Dense.norm(diff);
                max = Math.max(max, last);
                double na = Dense.norm(Arrays.copyOf(a, n)), nb = Dense.norm(b);
                for (int i = 0; i < n; i++) diff[i] = a[i] / na - b[i] / nb;
                direction = Math.max(direction, Dense.norm(diff));
            }
            directions[r] = direction;
            rises[r] = rise;
            return new Point(ratios[r], max, last, samples, micro.stopReason(), RetrievalExperiment.seconds(start));
        }, parallel, "in TimescaleSweep", "ratios τ_h/τ_f");

        Rows rows = new Rows("timescales");
        int i = 0;
        for (Point p : points) {
            rows.put(Columns.RATIO, p.ratio()).put("tau_f", tauFeature).put("tau_h", p.ratio() * tauFeature)
                    .put("decay alpha", decay).put(Columns.DISTANCE, p.max()).put("final distance", p.last())
                    .put("direction distance", directions[i]).put("largest relative rise", rises[i]).put("samples", p.samples())
                    .put("L_v", feature.name()).put("L_h", hidden.name())
                    .put(Columns.N_F, n).put(Columns.K, xi.count())
                    .put(Columns.PATTERNS, fixed != null ? "fixed" : "binary")
                    .put("start corruption", startCorruption).put("duration", duration).put("sample interval", sampleEvery)
                    .put("stop", p.stop().name().toLowerCase(Locale.ROOT) + (eff.stopReason() != p.stop() ? " (effective: "
                            + eff.stopReason().name().toLowerCase(Locale.ROOT) + ")" : ""))
                    .put(Columns.SEED, seed).end();
            progress.point(String.format(Locale.ROOT, "timescales tau_h/tau_f=%s (%d/%d): distance %s [%.1f s]",
                    Numbers.format(p.ratio(), 4), ++i, points.size(), Numbers.format(p.max(), 4), p.seconds()));
        }
        progress.done();
        return new TableResult(rows.table(), OptionalLong.of(seed));
    }

    private Simulation simulation(EnergyModel model) {
        return Simulation.of(model).duration(duration).sampleEvery(sampleEvery).tolerance(tolerance)
                .step(Math.min(0.05, sampleEvery));
    }
}
