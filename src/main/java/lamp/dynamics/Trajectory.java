package lamp.dynamics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import lamp.linalg.Dense;
import lamp.memory.Memories;
import org.apache.commons.math3.ode.sampling.FixedStepHandler;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A recorded run of a {@link Simulation}: samples of time, energy E, analytic dE/dt (M4), feature
 * and hidden speeds and overlaps (cosine of g with each memory), the state at each sample, why the
 * run stopped, and every interval where the energy rose.
 */
public final class Trajectory {
    private final Table table;
    private final List<double[]> states;
    private final double[] finalState;
    private final double finalTime;
    private final StopReason stopReason;
    private final String message;
    private final List<EnergyRise> rises;

    private Trajectory(Table table, List<double[]> states, double[] finalState, double finalTime,
                       StopReason stopReason, String message, List<EnergyRise> rises) {
        this.table = table;
        this.states = states;
        this.finalState = finalState;
        this.finalTime = finalTime;
        this.stopReason = stopReason;
        this.message = message;
        this.rises = rises;
    }

    /** The samples as a table: time, energy, dE/dt, speed v, [speed h], overlap μ…, best overlap, nearest memory. */
    public Table table() { return table; }

    /** Sample times. */
    public double[] times() { return table.doubleColumn("time").asDoubleArray(); }

    /** Energies at the sample times. */
    public double[] energies() { return table.doubleColumn("energy").asDoubleArray(); }

    /** The full state y at each sample time (copies). */
    public List<double[]> states() {
        List<double[]> copy = new ArrayList<>(states.size());
        for (double[] s : states) copy.add(s.clone());
        return copy;
    }

    /** The state where the run ended. */
    public double[] finalState() { return finalState.clone(); }

    /** The time where the run ended. */
    public double finalTime() { return finalTime; }

    /** Why the run ended. */
    public StopReason stopReason() { return stopReason; }

    /** A sentence on how the run ended. */
    public String message() { return message; }

    /** Every interval between samples where E rose by more than the tolerance (empty when E never rose). */
    public List<EnergyRise> energyRises() { return rises; }

    /** True when E never rose between samples (beyond the simulation's energy tolerance). */
    public boolean isEnergyNonIncreasing() { return rises.isEmpty(); }

    /** The largest analytic dE/dt over the samples (≤ 0 for convex Lagrangians, M4). */
    public double maxEnergyRate() { return table.doubleColumn("dE/dt").max(); }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        double[] e = energies();
        s.append(String.format(Locale.ROOT, "Trajectory: %d samples, t = 0 … %.4g, %s%n", e.length, finalTime, message));
        s.append(String.format(Locale.ROOT, "  energy %.10g → %.10g, max dE/dt = %.3g%n", e[0], e[e.length - 1], maxEnergyRate()));
        if (rises.isEmpty()) {
            s.append("  energy never rose");
        } else {
            s.append("  WARNING: energy rose in ").append(rises.size()).append(" interval(s); first: ").append(rises.get(0));
        }
        return s.toString();
    }

    /** Records samples from a {@link org.apache.commons.math3.ode.sampling.StepNormalizer}. */
    static final class Recorder implements FixedStepHandler {
        private final EnergyModel model;
        private final int overlapColumns;
        private final double energyTolerance;
        private final int n;
        private final Memories xi;
        private final double[] memoryNorms;
        private final List<double[]> rows = new ArrayList<>();
        private final List<double[]> states = new ArrayList<>();
        private final List<EnergyRise> rises = new ArrayList<>();

        Recorder(EnergyModel model, int overlapColumns, double energyTolerance) {
            this.model = model;
            this.overlapColumns = overlapColumns;
            this.energyTolerance = energyTolerance;
            this.n = model.featureCount();
            this.xi = model.memories();
            this.memoryNorms = new double[xi.count()];
            for (int mu = 0; mu < xi.count(); mu++) memoryNorms[mu] = Dense.norm(xi.row(mu));
        }

        @Override public void init(double t0, double[] y0, double t) { }

        @Override
        public void handleStep(double t, double[] y, double[] yDot, boolean isLast) {
            if (!rows.isEmpty() && t <= rows.get(rows.size() - 1)[0]) return; // duplicate end sample
            record(t, y, yDot);
        }

        void record(double t, double[] y, double[] yDot) {
            double energy = model.energy(y);
            double rate = model.energyRate(y);
            double sv = 0, sh = 0;
            for (int i = 0; i < n; i++) sv += yDot[i] * yDot[i];
            for (int i = n; i < y.length; i++) sh += yDot[i] * yDot[i];
            double[] g = model.featureActivation(y);
            double gn = Dense.norm(g);
            double[] m = xi.multiply(g);
            int best = 0;
            for (int mu = 0; mu < m.length; mu++) {
                m[mu] = gn == 0 || memoryNorms[mu] == 0 ? 0 : m[mu] / (gn * memoryNorms[mu]);
                if (m[mu] > m[best]) best = mu;
            }
            double[] row = new double[6 + overlapColumns];
            row[0] = t;
            row[1] = energy;
            row[2] = rate;
            row[3] = Math.sqrt(sv);
            row[4] = Math.sqrt(sh);
            for (int mu = 0; mu < overlapColumns; mu++) row[5 + mu] = m[mu];
            row[5 + overlapColumns] = m[best];
            if (!rows.isEmpty()) {
                double[] prev = rows.get(rows.size() - 1);
                if (energy - prev[1] > energyTolerance * (1 + Math.abs(prev[1]))) {
                    rises.add(new EnergyRise(prev[0], t, prev[1], energy, cause(y)));
                }
            }
            rows.add(row);
            bestMemory.add(best);
            states.add(y.clone());
        }

        private final List<Integer> bestMemory = new ArrayList<>();

        private String cause(double[] y) {
            String convexity = model.convexityAt(y);
            return convexity.startsWith("NOT PSD") ? convexity
                    : "both Hessians are PSD here, so the integrator step is too large for this flow (" + convexity + ")";
        }

        double lastTime() { return rows.isEmpty() ? 0 : rows.get(rows.size() - 1)[0]; }

        double[] lastState() { return states.isEmpty() ? null : states.get(states.size() - 1); }

        Trajectory finish(double time, double[] y, StopReason reason, String message) {
            if (rows.isEmpty() || rows.get(rows.size() - 1)[0] < time) {
                double[] yDot = new double[y.length];
                model.computeDerivatives(time, y, yDot);
                record(time, y, yDot);
            }
            Table t = Table.create("trajectory");
            t.addColumns(column("time", 0), column("energy", 1), column("dE/dt", 2), column("speed v", 3));
            if (model.getDimension() > n) t.addColumns(column("speed h", 4));
            for (int mu = 0; mu < overlapColumns; mu++) t.addColumns(column("overlap " + mu, 5 + mu));
            t.addColumns(column("best overlap", 5 + overlapColumns));
            t.addColumns(IntColumn.create("nearest memory", bestMemory.stream().mapToInt(Integer::intValue).toArray()));
            return new Trajectory(t, Collections.unmodifiableList(states), y.clone(), time, reason, message,
                    Collections.unmodifiableList(rises));
        }

        private DoubleColumn column(String name, int index) {
            double[] c = new double[rows.size()];
            for (int r = 0; r < c.length; r++) c[r] = rows.get(r)[index];
            return DoubleColumn.create(name, c);
        }
    }
}
