package lamp.experiment;

import lamp.limit.AssociativeMemory;
import lamp.linalg.Checks;
import lamp.memory.Metrics;
import tech.tablesaw.api.Table;

/**
 * The energy along a limit model's discrete updates (the discrete counterpart of
 * {@link lamp.dynamics.Trajectory}) (M7, M9, M11), for energy-versus-step plots
 * (MATH.md §6; check 12: the update never raises E for convex Lagrangians).
 * <pre>{@code
 * Table t = Descent.of(model).from(query).steps(20).run();   // step, energy, dE, change, overlap
 * }</pre>
 * Row 0 is the query; row s the state after s updates. dE is E(s) − E(s−1) (0 in row 0), change the
 * max-norm distance between successive states, overlap ξ_μ·v/N_f with the {@link #target} memory μ
 * (default: the memory nearest the query).
 */
public final class Descent {
    private final AssociativeMemory model;
    private double[] query;
    private int steps = 20;
    private int target = -1;
    private boolean untilConverged = false;

    private Descent(AssociativeMemory model) { this.model = model; }

    /** A trajectory of {@code model}. */
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
    public Table run() {
        if (query == null) throw new IllegalArgumentException("no initial state: call from(query)");
        int mu = target >= 0 ? target : Metrics.nearest(model.memories(), query);
        double[] pattern = model.memories().row(mu);
        Rows rows = new Rows("descent " + model.name());
        double[] v = query;
        double e = model.energy(v);
        row(rows, 0, e, 0, 0, v, pattern);
        for (int s = 1; s <= steps; s++) {
            double[] next = model.update(v);
            double change = 0;
            for (int i = 0; i < v.length; i++) change = Math.max(change, Math.abs(next[i] - v[i]));
            double en = model.energy(next);
            row(rows, s, en, en - e, change, next, pattern);
            v = next;
            e = en;
            if (untilConverged && change == 0) break;
        }
        return rows.table();
    }

    private void row(Rows rows, int step, double e, double de, double change, double[] v, double[] pattern) {
        rows.put(Columns.MODEL, model.name()).put(Columns.STEP, step).put(Columns.ENERGY, e)
                .put(Columns.ENERGY_CHANGE, de).put(Columns.CHANGE, change).put(Columns.OVERLAP_TARGET, Metrics.overlap(v, pattern)).end();
    }
}
