package lamp.experiment;

import java.util.OptionalLong;
import lamp.limit.AssociativeMemory;
import lamp.limit.UpdateObserver;
import lamp.base.Checks;
import lamp.memory.Metrics;
import tech.tablesaw.api.Table;

/**
 * The energy along a limit model's discrete updates (M7, M9, M11; KH2020 (8) for Model A's energy,
 * (13) and (16) for Model B's energy and update; the discrete counterpart of an integrated trajectory), for
 * energy-versus-step plots (THEORY.md §6) and THEORY.md §5 check 12: for convex Lagrangians no update
 * raises E.
 * <pre>{@code
 * Descent.Result r = Descent.of(model).from(query).steps(20).run();
 * r.table();                  // model, step, energy, dE, relative dE, change, overlap
 * r.largestRelativeRise();    // ≤ RISE_TOLERANCE when the update descends
 * }</pre>
 * Row 0 is the query; row s the state after s updates. dE is E(s) − E(s−1) (0 in row 0), relative dE
 * is {@link #relativeChange}, change the max-norm distance between successive states, overlap
 * ξ_μ·v/N_f with the {@link #target} memory μ (default: the memory nearest the query).
 *
 * <p>This class is the one home, in the experiment layer, of two things: the loop that iterates a
 * model's update ({@link #iterate}, used by {@link DescentSurvey} too) and the definition of a rise
 * ({@link #isRise}).
 */
public final class Descent {
    /** Relative energy change above which an update counts as a rise (a rounding allowance). */
    public static final double RISE_TOLERANCE = 1e-12;

    private final AssociativeMemory model;
    private double[] query;
    private int steps = 20;
    private int target = -1;
    private boolean untilConverged = false;

    private Descent(AssociativeMemory model) { this.model = model; }

    /** The change E(after) − E(before) relative to the energy's scale: (after − before) / max(1, |before|). */
    public static double relativeChange(double before, double after) {
        return (after - before) / Math.max(1, Math.abs(before));
    }

    /**
     * Whether an update from energy {@code before} to {@code after} is a rise: its
     * {@link #relativeChange} exceeds {@link #RISE_TOLERANCE}, or the energy after it is not finite.
     */
    public static boolean isRise(double before, double after) {
        return !Double.isFinite(after) || relativeChange(before, after) > RISE_TOLERANCE;
    }

    /** What {@link #iterate} reports after each update. */
    @FunctionalInterface
    interface Step {
        /** Update {@code step} (1, 2, …) moved the state by {@code change} (max norm) to {@code state} with {@code energy}. */
        void accept(int step, double[] state, double energy, double change);
    }

    /**
     * Iterates {@code model}'s update up to {@code steps} times from {@code start} through the model's
     * own retrieval loop ({@link AssociativeMemory#retrieve(double[], int, double, UpdateObserver)}, the
     * one home of the loop), reporting each update to {@code observer}. An update that leaves the state
     * exactly unchanged ends the loop; unless {@code untilConverged}, the remaining steps are then
     * reported as that same fixed point (a deterministic update repeats it exactly). An update that lands
     * exactly on the origin, where Model C's energy is undefined (M12: g = v/‖v‖), ends the loop and is
     * not reported. Returns the last reported state.
     */
    static double[] iterate(AssociativeMemory model, double[] start, int steps, boolean untilConverged, Step observer) {
        double[][] last = {start};
        int[] reported = {0};
        boolean[] origin = {false};
        model.retrieve(start, steps, 0, (step, before, after, change) -> {
            if (isOrigin(after)) {
                origin[0] = true;
                return false;
            }
            observer.accept(step, after, model.energy(after), change);
            last[0] = after;
            reported[0] = step;
            return true;
        });
        if (!untilConverged && !origin[0] && reported[0] < steps) {
            double energy = model.energy(last[0]);
            for (int s = reported[0] + 1; s <= steps; s++) observer.accept(s, last[0], energy, 0);
        }
        return last[0];
    }

    private static boolean isOrigin(double[] x) {
        for (double a : x) if (a != 0) return false;
        return true;
    }

    /** A descent of {@code model}. */
    public static Descent of(AssociativeMemory model) {
        if (model == null) throw new IllegalArgumentException("model is null");
        return new Descent(model);
    }

    /** The initial state. */
    public Descent from(double[] query) {
        this.query = Checks.vector("query", query, model.memories().dimension()).clone();
        return this;
    }

    /** Number of updates (default 20). */
    public Descent steps(int n) {
        this.steps = Checks.count("steps", n, 0);
        return this;
    }

    /** Stop early once an update leaves the state unchanged (the fixed point is the last row). */
    public Descent untilConverged(boolean on) {
        this.untilConverged = on;
        return this;
    }

    /** The memory whose overlap is recorded. */
    public Descent target(int mu) {
        if (mu < 0 || mu >= model.memories().count()) {
            throw new IllegalArgumentException("target memory " + mu + " is outside 0.." + (model.memories().count() - 1));
        }
        this.target = mu;
        return this;
    }

    /** Iterates the update and returns one row per state. */
    public Result run() {
        if (query == null) throw new IllegalArgumentException("no initial state: call from(query)");
        int mu = target >= 0 ? target : Metrics.nearest(model.memories(), query);
        double[] pattern = model.memories().row(mu);
        Rows rows = new Rows("descent " + model.name());
        double e0 = model.energy(query);
        row(rows, 0, e0, 0, 0, 0, query, pattern);
        double[] last = {e0};
        double[] worst = {Double.NEGATIVE_INFINITY};
        int[] rises = {0};
        double[] end = iterate(model, query, steps, untilConverged, (s, v, e, change) -> {
            double relative = relativeChange(last[0], e);
            if (isRise(last[0], e)) rises[0]++;
            worst[0] = Math.max(worst[0], Double.isNaN(relative) ? Double.POSITIVE_INFINITY : relative);
            row(rows, s, e, e - last[0], relative, change, v, pattern);
            last[0] = e;
        });
        return new Result(rows.table(), end, rises[0], worst[0]);
    }

    private void row(Rows rows, int step, double e, double de, double relative, double change, double[] v, double[] pattern) {
        rows.put(Columns.MODEL, model.name()).put(Columns.STEP, step).put(Columns.ENERGY, e)
                .put(Columns.ENERGY_CHANGE, de).put(Columns.RELATIVE_CHANGE, relative).put(Columns.CHANGE, change)
                .put(Columns.OVERLAP_TARGET, Metrics.overlap(v, pattern)).end();
    }

    /** The states' energies along the updates, and the rises among them. */
    public static final class Result implements ExperimentResult {
        private final Table table;
        private final double[] finalState;
        private final int rises;
        private final double largestRelativeRise;

        private Result(Table table, double[] finalState, int rises, double largestRelativeRise) {
            this.table = table;
            this.finalState = finalState.clone();
            this.rises = rises;
            this.largestRelativeRise = largestRelativeRise;
        }

        /** Empty: the updates are deterministic from the model and v(0), which the caller gives. */
        @Override
        public OptionalLong seed() { return OptionalLong.empty(); }

        /** One row per state: model, step, energy, dE, relative dE, change, overlap. */
        @Override
        public Table table() { return table.copy(); }

        /** The energies E(0), E(1), … */
        public double[] energies() { return table.doubleColumn(Columns.ENERGY).asDoubleArray(); }

        /** The number of updates made. */
        public int updates() { return table.rowCount() - 1; }

        /** The state after the last update. */
        public double[] finalState() { return finalState.clone(); }

        /** The updates that raised E ({@link #isRise}). */
        public int rises() { return rises; }

        /** The largest {@link #relativeChange} over the updates (−∞ without updates, +∞ for a NaN energy). */
        public double largestRelativeRise() { return largestRelativeRise; }

        @Override
        public String toString() { return table.print(); }
    }
}
