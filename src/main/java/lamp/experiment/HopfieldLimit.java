package lamp.experiment;

import java.util.List;
import java.util.OptionalLong;
import lamp.dynamics.Simulation;
import lamp.dynamics.Trajectory;
import lamp.limit.ContinuousHopfield;
import lamp.limit.EffectiveNetwork;
import lamp.base.Checks;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * KH2020 Appendix B, (24)–(28), along a trajectory (THEORY.md §3 (the continuous Hopfield network),
 * §5 check 13): Hopfield's 1984 network with graded neurons, written his way ({@link ContinuousHopfield},
 * weights T = ξᵀξ, energy (25) with ∫₀^V g⁻¹), beside the Model A it is a limit of
 * ({@link ContinuousHopfield#effectiveNetwork()}: L_v = Σ∫g, L_h = ½‖h‖², its (M5) = (28) and (M6)).
 * Both are integrated from the same v(0) with the same settings and sampled on the same grid t_k = kΔ.
 * At every sample of Hopfield's trajectory the table gives his energy (25), Model A's energy (28) at
 * the same state, their difference beyond the constant offset (0 for tanh) relative to max(1, |E|),
 * the largest difference of the two right-hand sides there relative to max(1, ‖v̇‖∞), and the distance
 * ‖v_1984(t_k) − v_A(t_k)‖∞ between the two integrated trajectories.
 * <pre>{@code
 * HopfieldLimit.Result r = HopfieldLimit.of(network).duration(10).sampleEvery(0.1).run(v0);
 * }</pre>
 */
public final class HopfieldLimit {
    public static final String HOPFIELD_ENERGY = "E (25) Hopfield 1984";
    public static final String MODEL_A_ENERGY = "E_eff (28) Model A";
    public static final String ENERGY_DIFFERENCE = "energy difference";
    public static final String VELOCITY_DIFFERENCE = "velocity difference";
    public static final String STATE_DISTANCE = "state distance";

    private final ContinuousHopfield hopfield;
    private double duration = 10, sampleEvery = 0.1;

    private HopfieldLimit(ContinuousHopfield hopfield) {
        this.hopfield = hopfield;
    }

    /** The comparison for Hopfield's network {@code hopfield} and its Model A; set the run with the setters, then {@link #run}. */
    public static HopfieldLimit of(ContinuousHopfield hopfield) {
        if (hopfield == null) throw new IllegalArgumentException("continuous Hopfield network is null");
        return new HopfieldLimit(hopfield);
    }

    /** How long both networks are integrated, in units of τ_f (default 10). */
    public HopfieldLimit duration(double duration) {
        this.duration = Checks.positive("duration", duration);
        return this;
    }

    /** The sampling interval Δ of the grid t_k = kΔ shared by both runs (default 0.1). */
    public HopfieldLimit sampleEvery(double interval) {
        this.sampleEvery = Checks.positive("sample interval", interval);
        return this;
    }

    /** Integrates both networks from {@code v0} and compares them at every sample. */
    public Result run(double[] v0) {
        Checks.vector("initial state v(0)", v0, hopfield.featureCount());
        EffectiveNetwork modelA = hopfield.effectiveNetwork();
        Trajectory a = Simulation.of(hopfield).duration(duration).sampleEvery(sampleEvery).run(v0);
        Trajectory b = Simulation.of(modelA).duration(duration).sampleEvery(sampleEvery).run(v0);
        if (a.sampleCount() != b.sampleCount()) {
            throw new IllegalStateException("the two runs recorded " + a.sampleCount() + " and " + b.sampleCount()
                    + " samples: " + a.stopReason() + " / " + b.stopReason());
        }
        double offset = hopfield.effectiveEnergyOffset();
        double[] times = a.times(), e84 = a.energies();
        List<double[]> sa = a.states(), sb = b.states();
        int n = times.length;
        double[] eA = new double[n], de = new double[n], dv = new double[n], dist = new double[n];
        for (int k = 0; k < n; k++) {
            double[] v = sa.get(k);
            eA[k] = modelA.energy(v);
            de[k] = Math.abs(eA[k] - e84[k] - offset) / Math.max(1, Math.abs(e84[k]));
            double[] x = hopfield.velocity(v), y = modelA.velocity(v);
            double scale = 1, diff = 0;
            for (int i = 0; i < x.length; i++) {
                scale = Math.max(scale, Math.abs(x[i]));
                diff = Math.max(diff, Math.abs(x[i] - y[i]));
            }
            dv[k] = diff / scale;
            double d = 0;
            double[] w = sb.get(k);
            for (int i = 0; i < v.length; i++) d = Math.max(d, Math.abs(v[i] - w[i]));
            dist[k] = d;
        }
        Table t = Table.create("Hopfield 1984 (24)–(25) against Model A with L_h = ½‖h‖² (28), g = " + hopfield.response().name(),
                DoubleColumn.create(Columns.TIME, times), DoubleColumn.create(HOPFIELD_ENERGY, e84),
                DoubleColumn.create(MODEL_A_ENERGY, eA), DoubleColumn.create(ENERGY_DIFFERENCE, de),
                DoubleColumn.create(VELOCITY_DIFFERENCE, dv), DoubleColumn.create(STATE_DISTANCE, dist));
        return new Result(t, a.isEnergyNonIncreasing(), offset);
    }

    @Override
    public String toString() {
        return "HopfieldLimit[g = " + hopfield.response().name() + ", duration " + duration + ", every " + sampleEvery + "]";
    }

    /**
     * What the comparison measured; the tables handed out are copies. It has no seed: both runs are
     * deterministic from the network and v(0), which the caller draws (and seeds).
     */
    public static final class Result implements ExperimentResult {
        private final Table table;
        private final boolean descends;
        private final double offset;

        private Result(Table table, boolean descends, double offset) {
            this.table = table;
            this.descends = descends;
            this.offset = offset;
        }

        /** Empty: both runs are deterministic from the network and v(0), which the caller draws (and seeds). */
        @Override
        public OptionalLong seed() { return OptionalLong.empty(); }

        /** One row per sample: time, E (25), E_eff (28), energy difference, velocity difference, state distance. */
        @Override
        public Table table() { return table.copy(); }

        /** The first and last {@code rows} samples (a long trajectory summarised). */
        public Table headAndTail(int rows) {
            Checks.count("rows", rows, 1);
            if (table.rowCount() <= 2 * rows) return table.copy();
            Table t = table.first(rows);
            t.append(table.last(rows));
            return t.setName(table.name() + " (first and last " + rows + " samples of " + table.rowCount() + ")");
        }

        /** The largest relative energy difference |E_eff − E − offset| / max(1, |E|) over the samples. */
        public double maxEnergyDifference() { return table.doubleColumn(ENERGY_DIFFERENCE).max(); }

        /** The largest relative difference of the right-hand sides (24) and (M6) over the samples. */
        public double maxVelocityDifference() { return table.doubleColumn(VELOCITY_DIFFERENCE).max(); }

        /** The largest ‖v_1984 − v_A‖∞ between the two integrated trajectories. */
        public double maxStateDistance() { return table.doubleColumn(STATE_DISTANCE).max(); }

        /** Hopfield's energy at the first and the last sample. */
        public double startEnergy() { return table.doubleColumn(HOPFIELD_ENERGY).getDouble(0); }

        /** Hopfield's energy at the last sample. */
        public double endEnergy() { return table.doubleColumn(HOPFIELD_ENERGY).getDouble(table.rowCount() - 1); }

        /** Whether Hopfield's energy (25) never rose between samples (the simulation's rise report). */
        public boolean energyNonIncreasing() { return descends; }

        /** E_eff − E per state, N_f·(−L(0) − ∫₀^{g(0)} g⁻¹): 0 for tanh. */
        public double offset() { return offset; }

        @Override
        public String toString() {
            return "HopfieldLimit.Result[" + table.rowCount() + " samples, max energy difference " + maxEnergyDifference()
                    + ", max state distance " + maxStateDistance() + "]";
        }
    }
}
