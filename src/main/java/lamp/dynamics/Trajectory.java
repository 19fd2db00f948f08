package lamp.dynamics;

import lamp.base.Numbers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A recorded run of a {@link Simulation}, immutable: the samples as a table (time, energy E, analytic
 * dE/dt (M4), feature speed ‖v̇‖, hidden speed ‖ḣ‖ for the network, then each observer's columns),
 * the state at each sample, why and where the run stopped, and every interval where the energy rose
 * with its cause. Samples lie at t_k = k·Δ; the last one may instead be where the run stopped.
 */
public final class Trajectory {
    /** Column: the sample time t. */
    public static final String TIME = "time";
    /** Column: the energy E at the sample (M3, or the model's own energy). */
    public static final String ENERGY = "energy";
    /** Column: the analytic dE/dt at the sample (M4). */
    public static final String ENERGY_RATE = "dE/dt";
    /** Column: the feature speed ‖v̇‖. */
    public static final String SPEED_V = "speed v";
    /** Column: the hidden speed ‖ḣ‖ (models with hidden neurons only). */
    public static final String SPEED_H = "speed h";

    private final List<Column<?>> columns;
    /** Built on first use: loading Tablesaw's Table scans the class path (docs/PERFORMANCE.md), a cost a run whose table is never read should not pay. */
    private volatile Table table;
    private final List<double[]> states;
    private final double[] finalState;
    private final double finalTime;
    private final StopReason stopReason;
    private final String message;
    private final List<EnergyRise> rises;

    Trajectory(List<Column<?>> columns, List<double[]> states, double[] finalState, double finalTime,
               StopReason stopReason, String message, List<EnergyRise> rises) {
        this.columns = List.copyOf(columns);
        this.states = Collections.unmodifiableList(new ArrayList<>(states));
        this.finalState = finalState;
        this.finalTime = finalTime;
        this.stopReason = stopReason;
        this.message = message;
        this.rises = List.copyOf(rises);
    }

    /** The samples as a table (a copy): time, energy, dE/dt, speed v, [speed h], then the observers' columns. */
    public Table table() { return samples().copy(); }

    private Table samples() {
        Table t = table;
        if (t == null) {
            t = Table.create("trajectory");
            for (Column<?> c : columns) t.addColumns(c);
            table = t;
        }
        return t;
    }

    private tech.tablesaw.api.DoubleColumn column(String name) {
        for (Column<?> c : columns) {
            if (c.name().equals(name)) return (tech.tablesaw.api.DoubleColumn) c;
        }
        throw new IllegalArgumentException("this trajectory has no column " + name);
    }

    /** The number of samples (0 only when the initial state itself gives a non-finite value). */
    public int sampleCount() { return states.size(); }

    /** Sample times. */
    public double[] times() { return column(TIME).asDoubleArray(); }

    /** Energies at the sample times. */
    public double[] energies() { return column(ENERGY).asDoubleArray(); }

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

    /** Every interval between samples where E rose by more than the tolerance, with its cause (empty when E never rose). */
    public List<EnergyRise> energyRises() { return rises; }

    /** True when E never rose between samples (beyond the simulation's energy tolerance). */
    public boolean isEnergyNonIncreasing() { return rises.isEmpty(); }

    /** The largest analytic dE/dt over the samples (≤ 0 for convex Lagrangians, M4); NaN without samples. */
    public double maxEnergyRate() {
        return states.isEmpty() ? Double.NaN : column(ENERGY_RATE).max();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append("Trajectory: ").append(states.size()).append(" samples, t = 0 … ").append(Numbers.format(finalTime)).append(", ").append(message);
        if (states.isEmpty()) return s.toString();
        double[] e = energies();
        s.append(String.format(Locale.ROOT, "%n  energy %.10g → %.10g, max dE/dt = %.3g%n", e[0], e[e.length - 1], maxEnergyRate()));
        if (rises.isEmpty()) {
            s.append("  energy never rose");
        } else {
            s.append("  WARNING: energy rose in ").append(rises.size()).append(" interval(s); first: ").append(rises.get(0));
        }
        return s.toString();
    }
}
