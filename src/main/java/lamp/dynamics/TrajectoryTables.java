package lamp.dynamics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables that compare several {@link Trajectory} runs: a one-line summary per run (energy at the
 * start and end, largest dE/dt, energy rises, why it stopped), one column of each run side by side
 * against time, the distance of each run's feature neurons from a reference run (the microscopic
 * network against its fast-hidden limit, THEORY.md §2), and chosen state entries against time.
 */
public final class TrajectoryTables {
    private TrajectoryTables() {}

    /**
     * One row per run: run, samples, end time, E at start, E at end, max dE/dt (M4), energy rises
     * (intervals where E rose beyond the simulation's tolerance), stop reason. A run without samples
     * (its initial state gave a non-finite value) has missing energies.
     */
    public static Table summary(Map<String, Trajectory> runs) {
        check(runs);
        StringColumn name = StringColumn.create("run"), stop = StringColumn.create("stop");
        IntColumn samples = IntColumn.create("samples"), rises = IntColumn.create("energy rises");
        DoubleColumn end = DoubleColumn.create("end time"), e0 = DoubleColumn.create("E start"),
                e1 = DoubleColumn.create("E end"), rate = DoubleColumn.create("max dE/dt");
        for (Map.Entry<String, Trajectory> r : runs.entrySet()) {
            Trajectory t = r.getValue();
            double[] e = t.energies();
            name.append(r.getKey());
            samples.append(e.length);
            end.append(t.finalTime());
            if (e.length == 0) {
                e0.appendMissing();
                e1.appendMissing();
                rate.appendMissing();
            } else {
                e0.append(e[0]);
                e1.append(e[e.length - 1]);
                rate.append(t.maxEnergyRate());
            }
            rises.append(t.energyRises().size());
            stop.append(t.stopReason().name().toLowerCase(Locale.ROOT));
        }
        return Table.create("trajectories", name, samples, end, e0, e1, rate, rises, stop);
    }

    /**
     * The column {@code column} of each run's table (e.g. "energy" or "overlap 0") side by side:
     * time, then one column per run named after it. Runs must share their sample times; the table
     * is as long as the shortest run.
     */
    public static Table column(Map<String, Trajectory> runs, String column) {
        check(runs);
        int n = shortest(runs);
        double[] times = commonTimes(runs, n);
        Table t = Table.create(column + " versus time", DoubleColumn.create(Trajectory.TIME, times));
        for (Map.Entry<String, Trajectory> r : runs.entrySet()) {
            Table src = r.getValue().table();
            if (!src.containsColumn(column)) {
                throw new IllegalArgumentException("run '" + r.getKey() + "' has no column '" + column + "'; it has " + src.columnNames());
            }
            double[] all = src.doubleColumn(column).asDoubleArray();
            t.addColumns(DoubleColumn.create(r.getKey(), Arrays.copyOf(all, n)));
        }
        return t;
    }

    /**
     * Each run's energy rescaled to run from 1 at the start to 0 at the end,
     * (E(t) − E_end)/(E_0 − E_end), so runs with very different energy scales share one chart: a
     * curve that never rises stays within [0, 1] and never goes up. Time, then one column per run;
     * a run whose energy did not change is all 0.
     */
    public static Table relativeEnergy(Map<String, Trajectory> runs) {
        Table t = column(runs, Trajectory.ENERGY);
        t.setName("relative energy (E(t) − E_end)/(E_0 − E_end)");
        for (String name : runs.keySet()) {
            double[] e = runs.get(name).energies();
            double e0 = e[0], end = e[e.length - 1], span = e0 - end;
            DoubleColumn c = t.doubleColumn(name);
            for (int r = 0; r < c.size(); r++) c.set(r, span == 0 ? 0 : (c.getDouble(r) - end) / span);
        }
        return t;
    }

    /**
     * ‖v_run(t) − v_reference(t)‖₂ over the first {@code featureCount} entries of the states (the
     * feature neurons), for each run: time, then one column per run. Runs and reference must share
     * their sample times; the table is as long as the shortest of them.
     */
    public static Table featureDistance(Trajectory reference, Map<String, Trajectory> runs, int featureCount) {
        if (reference == null) throw new IllegalArgumentException("reference trajectory is null");
        check(runs);
        int n = Math.min(shortest(runs), reference.times().length);
        double[] times = commonTimes(runs, n);
        double[] refTimes = reference.times();
        List<double[]> ref = reference.states();
        for (int s = 0; s < n; s++) sameTime("reference", refTimes[s], times[s]);
        Table t = Table.create("distance of the feature neurons from the reference run", DoubleColumn.create(Trajectory.TIME, times));
        for (Map.Entry<String, Trajectory> r : runs.entrySet()) {
            List<double[]> states = r.getValue().states();
            double[] d = new double[n];
            for (int s = 0; s < n; s++) {
                double[] a = states.get(s), b = ref.get(s);
                if (featureCount < 1 || featureCount > Math.min(a.length, b.length)) {
                    throw new IllegalArgumentException("feature count " + featureCount + " is outside 1.." + Math.min(a.length, b.length));
                }
                double sum = 0;
                for (int i = 0; i < featureCount; i++) sum += (a[i] - b[i]) * (a[i] - b[i]);
                d[s] = Math.sqrt(sum);
            }
            t.addColumns(DoubleColumn.create(r.getKey(), d));
        }
        return t;
    }

    /** Time and the state entries y_i for the given indices (columns "y_i", or "v_i" for i &lt; N_f). */
    public static Table entries(Trajectory run, int featureCount, int... indices) {
        if (run == null) throw new IllegalArgumentException("trajectory is null");
        if (indices == null || indices.length == 0) throw new IllegalArgumentException("no state indices given");
        List<double[]> states = run.states();
        Table t = Table.create("state entries versus time", DoubleColumn.create(Trajectory.TIME, run.times()));
        for (int i : indices) {
            if (i < 0 || i >= states.get(0).length) throw new IllegalArgumentException("state index " + i + " is outside 0.." + (states.get(0).length - 1));
            double[] c = new double[states.size()];
            for (int s = 0; s < c.length; s++) c[s] = states.get(s)[i];
            t.addColumns(DoubleColumn.create(i < featureCount ? "v_" + i : "h_" + (i - featureCount), c));
        }
        return t;
    }

    private static void check(Map<String, Trajectory> runs) {
        if (runs == null || runs.isEmpty()) throw new IllegalArgumentException("no runs given");
        for (Map.Entry<String, Trajectory> r : runs.entrySet()) {
            if (r.getValue() == null) throw new IllegalArgumentException("run '" + r.getKey() + "' is null");
        }
    }

    private static int shortest(Map<String, Trajectory> runs) {
        int n = Integer.MAX_VALUE;
        for (Trajectory t : runs.values()) n = Math.min(n, t.times().length);
        return n;
    }

    private static double[] commonTimes(Map<String, Trajectory> runs, int n) {
        double[] times = Arrays.copyOf(runs.values().iterator().next().times(), n);
        for (Map.Entry<String, Trajectory> r : runs.entrySet()) {
            double[] other = r.getValue().times();
            for (int s = 0; s < n; s++) sameTime(r.getKey(), other[s], times[s]);
        }
        return times;
    }

    private static void sameTime(String run, double a, double b) {
        if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))) {
            throw new IllegalArgumentException("run '" + run + "' has a sample at t = " + a + " where another has t = " + b
                    + ": use the same sampleEvery for every run");
        }
    }
}
