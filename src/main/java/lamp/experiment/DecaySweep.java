package lamp.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import lamp.dynamics.Observers;
import lamp.dynamics.Simulation;
import lamp.dynamics.Trajectory;
import lamp.limit.SphericalMemory;
import lamp.base.Checks;
import lamp.linalg.Dense;
import tech.tablesaw.api.Table;

/**
 * Model C's free decay coefficient (KH2020 (19), (22); THEORY.md §3 Model C, §5 check 15): the flow
 * τ_f dv/dt = ξᵀf(ξv/‖v‖) − αv + I integrated from one start for several α (0 allowed), each
 * trajectory compared with the reference α's <em>at equal energies</em>. Since E depends on v only
 * through u = v/‖v‖ and strictly decreases along the flow, it labels the points of the path; the
 * reference's direction at an energy is found by cubic Hermite interpolation in E between its samples
 * (slopes du/dE = (du/dt)/(dE/dt) from the model), so the compared distance is set by the integrator,
 * not by the sampling. The speed differs by ‖v‖ alone: at equal energies ‖v‖·dE/dt is the same for
 * every α (dE/dt = −‖(I − uuᵀ)(ξᵀf + I)‖²/(τ_f‖v‖)).
 * <pre>{@code
 * DecaySweep.Result r = DecaySweep.of(new SphericalMemory(xi, Lagrangians.rectifiedPower(3)))
 *     .decays(1, 0.5, 0).from(v0).duration(20).sampleEvery(0.02).run();
 * }</pre>
 * One row per α: alpha, reference alpha, samples, compared samples (those whose energy lies in the
 * compared window of the reference's descent), direction distance (largest ‖u_α(E) − u_ref(E)‖ over
 * them), equal-time distance (largest ‖u_α(t) − u_ref(t)‖ over the common samples, for contrast), speed-law deviation (largest relative difference of ‖v‖·dE/dt from the reference's at the same
 * energy), energy rises, largest dE/dt, initial norm, final norm, final norm rate (d‖v‖/dt over the last
 * sample interval), final energy, descent time (time to make 90% of the reference's energy descent;
 * NaN if never), approach time (time to come within the energy window of the reference's final
 * energy; NaN if not within the duration), final time, stop, N_f, K, L_h, duration,
 * sample interval, tolerance, energy window.
 */
public final class DecaySweep {
    private final SphericalMemory model;
    private double[] decays = {1, 0.5, 0};
    private double[] start;
    private double duration = 20, sampleEvery = 0.02, tolerance = 1e-11;
    private double window = 1e-3;

    private DecaySweep(SphericalMemory model) {
        if (model == null) throw new IllegalArgumentException("model is null");
        this.model = model;
    }

    /** A sweep over the decay coefficient of {@code model} (its own α is ignored); defaults α = 1, 0.5, 0. */
    public static DecaySweep of(SphericalMemory model) {
        return new DecaySweep(model);
    }

    /** The decay coefficients α (each finite and ≥ 0, no repeats); the first is the reference. */
    public DecaySweep decays(double... alphas) {
        if (alphas == null || alphas.length == 0) throw new IllegalArgumentException("decay list α is empty");
        for (int i = 0; i < alphas.length; i++) {
            Checks.atLeast("decay coefficient α", alphas[i], 0);
            for (int j = 0; j < i; j++) {
                if (alphas[j] == alphas[i]) throw new IllegalArgumentException("decay coefficient α = " + alphas[i] + " is listed twice");
            }
        }
        this.decays = alphas.clone();
        return this;
    }

    /** The start v(0) (finite, non-zero, length N_f). */
    public DecaySweep from(double[] v0) {
        Checks.vector("start v(0)", v0, model.featureCount());
        if (Dense.norm(v0) == 0) throw new IllegalArgumentException("start v(0) is zero: Model C needs a direction v/‖v‖");
        this.start = v0.clone();
        return this;
    }

    /** Integration time of every run (default 20, in units of τ_f). */
    public DecaySweep duration(double t) {
        this.duration = Checks.positive("duration", t);
        return this;
    }

    /** Interval between samples (default 0.02). */
    public DecaySweep sampleEvery(double dt) {
        this.sampleEvery = Checks.positive("sample interval", dt);
        return this;
    }

    /** The integrator's absolute and relative tolerance (default 1e-11). */
    public DecaySweep tolerance(double tol) {
        this.tolerance = Checks.positive("tolerance", tol);
        return this;
    }

    /**
     * Directions are compared only at energies above E_end + window·(E_0 − E_end) of the reference run
     * (default 1e-3): at the end of the descent dE/dt → 0 and the energy no longer labels the path well.
     */
    public DecaySweep energyWindow(double fraction) {
        this.window = Checks.fraction("energy window", fraction);
        return this;
    }

    /** The table of the sweep and the trajectory of each α. */
    public static final class Result implements ExperimentResult {
        private final Table table;
        private final Map<Double, Trajectory> runs;

        private Result(Table table, Map<Double, Trajectory> runs) {
            this.table = table.copy();
            this.runs = Collections.unmodifiableMap(new LinkedHashMap<>(runs));
        }

        /** Empty: every flow is deterministic from the network and v(0), which the caller gives. */
        @Override
        public OptionalLong seed() { return OptionalLong.empty(); }

        @Override public Table table() { return table.copy(); }

        /**
         * The trajectory of each α, in the order given (columns: time, energy, …, "norm |v|" and the
         * nearest memory with its overlap, the cosine of v/‖v‖ with it).
         */
        public Map<Double, Trajectory> runs() { return runs; }

        /** The trajectories keyed "α = …", for charts of one column across the runs. */
        public Map<String, Trajectory> labelled() {
            Map<String, Trajectory> out = new LinkedHashMap<>();
            runs.forEach((a, t) -> out.put("α = " + (a == Math.rint(a) ? Long.toString((long) (double) a) : Double.toString(a)), t));
            return out;
        }

        @Override public String toString() { return table.print(); }
    }

    /** Integrates Model C once per α and compares each run with the first at equal energies. */
    public Result run() {
        if (start == null) throw new IllegalArgumentException("no start v(0): call from(...)");
        Map<Double, Trajectory> runs = new LinkedHashMap<>();
        Map<Double, SphericalMemory> models = new LinkedHashMap<>();
        for (double a : decays) {
            SphericalMemory m = model.withDecay(a);
            models.put(a, m);
            runs.put(a, Simulation.of(m).duration(duration).sampleEvery(sampleEvery).tolerance(tolerance)
                    .step(Math.min(0.05, sampleEvery)).blowUpBound(Double.MAX_VALUE)
                    .observe(Observers.quantity(NORM, Dense::norm), Observers.nearestMemory(model.memories())).run(start));
        }
        double ref = decays[0];
        Path reference = new Path(models.get(ref), runs.get(ref));
        double e0 = reference.energy[0], eEnd = reference.energy[reference.energy.length - 1];
        double eLow = eEnd + window * (e0 - eEnd);
        double eTarget = e0 - 0.9 * (e0 - eEnd);

        Rows rows = new Rows("Model C: the decay coefficient α");
        for (double a : decays) {
            Trajectory t = runs.get(a);
            Path p = new Path(models.get(a), t);
            int compared = 0;
            double direction = 0, speed = 0;
            for (int s = 0; s < p.energy.length; s++) {
                double e = p.energy[s];
                if (e < eLow || e > e0) continue;
                int k = reference.interval(e);
                if (k < 0) continue;
                double[] u = reference.directionAt(k, e);
                direction = Math.max(direction, distance(u, p.direction.get(s)));
                double q = reference.speedAt(k, e), qa = p.norm[s] * p.rate[s];
                speed = Math.max(speed, Math.abs(qa - q) / Math.max(Math.abs(q), Double.MIN_NORMAL));
                compared++;
            }
            double equalTimes = 0;
            for (int k = 0; k < Math.min(p.time.length, reference.time.length); k++) {
                equalTimes = Math.max(equalTimes, distance(p.direction.get(k), reference.direction.get(k)));
            }
            int last = p.norm.length - 1;
            double normRate = last == 0 ? Double.NaN : (p.norm[last] - p.norm[last - 1]) / (p.time[last] - p.time[last - 1]);
            double descent = Double.NaN, approach = Double.NaN;
            for (int s = 0; s < p.energy.length; s++) {
                if (Double.isNaN(descent) && p.energy[s] <= eTarget) descent = p.time[s];
                if (Double.isNaN(approach) && p.energy[s] <= eLow) approach = p.time[s];
            }
            rows.put("alpha", a).put("reference alpha", ref).put("samples", t.sampleCount()).put("compared samples", compared)
                    .put("direction distance", direction)
                    .put("equal-time distance", equalTimes).put("speed-law deviation", speed)
                    .put("energy rises", t.energyRises().size()).put("largest dE/dt", t.maxEnergyRate())
                    .put("initial norm", p.norm[0]).put("final norm", p.norm[last]).put("final norm rate", normRate)
                    .put("final energy", p.energy[p.energy.length - 1]).put("descent time", descent).put("approach time", approach)
                    .put("final time", t.finalTime()).put("stop", t.stopReason().name().toLowerCase(Locale.ROOT))
                    .put(Columns.N_F, model.featureCount()).put(Columns.K, model.memories().count())
                    .put("L_h", model.hiddenLagrangian().name()).put("duration", duration).put("sample interval", sampleEvery)
                    .put("tolerance", tolerance).put("energy window", window).end();
        }
        return new Result(rows.table(), runs);
    }

    /** The column the sweep adds to each trajectory: ‖v‖ at every sample. */
    public static final String NORM = "norm |v|";

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.sqrt(s);
    }

    /** One run read as a path in energy: E, u, du/dE, ‖v‖ and dE/dt at each sample. */
    private static final class Path {
        final double[] time, energy, norm, rate;
        final List<double[]> direction = new ArrayList<>(), slope = new ArrayList<>();

        Path(SphericalMemory m, Trajectory t) {
            List<double[]> states = t.states();
            int n = states.size();
            time = t.times();
            energy = t.energies();
            norm = new double[n];
            rate = new double[n];
            for (int s = 0; s < n; s++) {
                double[] v = states.get(s);
                norm[s] = Dense.norm(v);
                rate[s] = m.energyRate(v);
                direction.add(m.featureLagrangian().activation(v));
                double[] du = m.directionVelocity(v);
                for (int i = 0; i < du.length; i++) du[i] = rate[s] == 0 ? 0 : du[i] / rate[s];
                slope.add(du);
            }
        }

        /** k with energy[k] ≥ e ≥ energy[k + 1] on a strictly falling stretch, or −1. */
        int interval(double e) {
            for (int k = 0; k + 1 < energy.length; k++) {
                if (energy[k] >= e && e >= energy[k + 1] && energy[k] > energy[k + 1]) return k;
            }
            return -1;
        }

        /** u at energy e in [energy[k + 1], energy[k]]: cubic Hermite in E. */
        double[] directionAt(int k, double e) {
            double x0 = energy[k], x1 = energy[k + 1], h = x1 - x0, s = (e - x0) / h;
            double h00 = (1 + 2 * s) * (1 - s) * (1 - s), h10 = s * (1 - s) * (1 - s), h01 = s * s * (3 - 2 * s), h11 = s * s * (s - 1);
            double[] a = direction.get(k), b = direction.get(k + 1), ma = slope.get(k), mb = slope.get(k + 1);
            double[] u = new double[a.length];
            for (int i = 0; i < u.length; i++) u[i] = h00 * a[i] + h10 * h * ma[i] + h01 * b[i] + h11 * h * mb[i];
            return u;
        }

        /** ‖v‖·dE/dt at energy e, linear in E between the samples. */
        double speedAt(int k, double e) {
            double s = (e - energy[k]) / (energy[k + 1] - energy[k]);
            return (1 - s) * norm[k] * rate[k] + s * norm[k + 1] * rate[k + 1];
        }
    }
}
