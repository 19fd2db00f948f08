package lamp.experiment;

import java.util.Locale;
import java.util.OptionalLong;
import lamp.dynamics.Simulation;
import lamp.dynamics.Trajectory;
import lamp.base.Checks;
import lamp.limit.EffectiveNetwork;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Metrics;
import lamp.network.Network;
import lamp.network.NetworkReports;

/**
 * Retrieval with the microscopic network itself (THEORY.md §1–2; KH2020 §2, (1)–(4), and (9): N_mem ≤
 * N_h): two-body synapses ξ only, both populations integrated (M2 = KH2020 (1)) to a fixed point from a corrupted memory, with the hidden neurons
 * starting at rest, h(0) = ξg(v(0)). Shows that the network holds N_mem = N_h memories, however
 * many more than N_f, without any many-body synapse.
 *
 * <pre>{@code
 * TableResult r = NetworkRetrieval.of(network).targets(10).corruption(0.1).seed(3).run();
 * }</pre>
 * One row per target memory μ: target, flipped entries, overlap before, overlap after (the cosine of
 * g(v) with ξ_μ, v the feature state), wrong signs after, exact (every sign of g(v) right), nearest
 * memory, winning hidden neuron (largest f_μ), its activation, time, stop, fixed-point residual
 * (largest residual of v = ξᵀf + I, h = ξg), then the effective model (M6) integrated from the same
 * v(0): effective exact, and distance to effective (‖v_micro − v_eff‖∞ at the two end points: 0 up to
 * the stop rule when both reach the same fixed point, which τ_h does not move), seed.
 */
public final class NetworkRetrieval {
    private final Network network;
    private int targets = 10;
    private double corruption = 0.1;
    private double duration = 200, fixedPointTolerance = 1e-8, sampleEvery = 0.5;
    private long seed = 0;

    private NetworkRetrieval(Network network) { this.network = network; }

    /** Retrieval experiments on {@code network}. */
    public static NetworkRetrieval of(Network network) {
        if (network == null) throw new IllegalArgumentException("network is null");
        return new NetworkRetrieval(network);
    }

    /** Retrieve memories 0 … n−1 (default 10; at most N_h). */
    public NetworkRetrieval targets(int n) {
        Checks.count("targets", n, 1);
        if (n > network.hiddenCount()) throw new IllegalArgumentException("targets " + n + " exceed the " + network.hiddenCount() + " memories");
        this.targets = n;
        return this;
    }

    /** Fraction of each target's entries flipped to make the start (default 0.1). */
    public NetworkRetrieval corruption(double fraction) { this.corruption = Checks.fraction("corruption", fraction); return this; }

    /** Longest integration time (default 200). */
    public NetworkRetrieval duration(double t) { this.duration = Checks.positive("duration", t); return this; }

    /** The run stops once ‖dy/dt‖∞ ≤ tolerance (default 1e-8). */
    public NetworkRetrieval fixedPointTolerance(double tol) { this.fixedPointTolerance = Checks.positive("fixed-point tolerance", tol); return this; }

    /** Seed of the corruptions (default 0). */
    public NetworkRetrieval seed(long seed) { this.seed = seed; return this; }

    /** Integrates the network from each corrupted target; one row per target. */
    public TableResult run() {
        Memories xi = network.memories();
        int n = network.featureCount();
        EffectiveNetwork effective = EffectiveNetwork.fastHiddenLimit(network);
        Rows rows = new Rows("retrieval by the microscopic network (N_f = " + n + ", N_h = " + network.hiddenCount() + ")");
        for (int mu = 0; mu < targets; mu++) {
            double[] pattern = xi.row(mu);
            double[] q = Corruption.flip(pattern, corruption, Seeds.derive(seed, mu));
            Trajectory tr = Simulation.of(network).duration(duration).sampleEvery(sampleEvery)
                    .stopAtFixedPoint(fixedPointTolerance).run(network.adiabaticState(q));
            double[] y = tr.finalState();
            double[] v = network.features(y);
            double[] f = network.f(network.hidden(y));
            int winner = 0;
            for (int k = 1; k < f.length; k++) if (f[k] > f[winner]) winner = k;
            double residual = NetworkReports.fixedPoint(network, y).doubleColumn("max |residual|").max();
            double[] g = network.g(v);
            double[] w = Simulation.of(effective).duration(duration).sampleEvery(sampleEvery)
                    .stopAtFixedPoint(fixedPointTolerance).run(q).finalState();
            double apart = 0;
            for (int i = 0; i < n; i++) apart = Math.max(apart, Math.abs(v[i] - w[i]));
            rows.put("target", mu).put("flipped", Metrics.hamming(q, pattern))
                    .put("overlap before", Metrics.overlap(network.g(q), pattern)).put("overlap after", Metrics.overlap(g, pattern))
                    .put("wrong signs after", Metrics.hamming(g, pattern)).put("exact", Metrics.exactMatch(g, pattern) ? "yes" : "no")
                    .put("nearest memory", Metrics.nearest(xi, g)).put("winning hidden neuron", winner).put("its activation f", f[winner])
                    .put("time", tr.finalTime()).put("stop", tr.stopReason().name().toLowerCase(Locale.ROOT))
                    .put("fixed-point residual", residual)
                    .put("effective exact", Metrics.exactMatch(effective.featureLagrangian().activation(w), pattern) ? "yes" : "no")
                    .put("distance to effective", apart).put(Columns.SEED, seed).end();
        }
        return new TableResult(rows.table(), OptionalLong.of(seed));
    }
}
