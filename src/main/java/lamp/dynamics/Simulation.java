package lamp.dynamics;

import lamp.base.Numbers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lamp.base.Checks;
import lamp.base.Interrupts;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.events.EventHandler;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/**
 * Integrates an {@link EnergyModel} (the network of M2 or an effective model of M6) with a
 * commons-math3 integrator and records a {@link Trajectory}: at the sample times t_k = k·Δ, time,
 * energy, analytic dE/dt (M4) and the speeds, plus the columns of any {@link Observer}s; every rise
 * of the energy is found and explained. Stops at a fixed point, on blow-up, when a value stops
 * being finite, or after the given duration.
 *
 * <pre>
 *   Trajectory t = Simulation.of(network).duration(20).sampleEvery(0.1)
 *           .observe(Observers.overlaps(xi, 3)).run(network.state(v0, h0));
 * </pre>
 *
 * The settings are inert: {@link #run} may be called any number of times, from any thread, each
 * call recording its own trajectory.
 *
 * <p>A run that cannot end in reasonable time is refused before it starts, with its cost: more
 * samples than {@link #maxSamples}, or more integrator steps than {@link #stepBudget} (a duration of
 * 1e9 in steps of 0.05; a network whose τ_h ≪ τ_f forces an explicit integrator's steps down to
 * τ_h, see {@link #estimatedSteps()}). A run that is started stops at its next evaluation of the
 * right-hand side once its thread is interrupted, with a
 * {@link lamp.base.Interrupts.RunInterruptedException} naming the time reached.
 */
public final class Simulation {
    /** At most this many samples unless {@link #maxSamples} says otherwise. */
    static final int DEFAULT_MAX_SAMPLES = 1_000_000;
    /** ...and at most this many stored state entries (1 GiB of doubles). */
    static final long DEFAULT_STATE_BUDGET = 1L << 27;
    /**
     * At most this many integrator steps unless {@link #stepBudget} says otherwise: minutes of a small
     * model, not hours (timings in docs/PERFORMANCE.md).
     */
    static final long DEFAULT_STEP_BUDGET = 100_000_000L;

    private final EnergyModel model;
    private Integrator integrator = Integrator.DORMAND_PRINCE;
    private double step = 0.05;
    private double absoluteTolerance = 1e-10, relativeTolerance = 1e-10;
    private double duration = 10;
    private double sampleEvery = 0.1;
    private double fixedPointTolerance = 0;
    private double blowUpBound = 1e8;
    private double energyTolerance = 1e-9;
    private int maxSamples = 0;
    private long stepBudget = DEFAULT_STEP_BUDGET;
    private final List<Observer> observers = new ArrayList<>();

    private Simulation(EnergyModel model) {
        if (model == null) throw new IllegalArgumentException("model is null");
        this.model = model;
    }

    /** A simulation of {@code model} with defaults: adaptive Dormand–Prince 5(4), tolerances 1e-10, duration 10, samples every 0.1. */
    public static Simulation of(EnergyModel model) {
        return new Simulation(model);
    }

    /** The integrator (default {@link Integrator#DORMAND_PRINCE}). */
    public Simulation integrator(Integrator integrator) {
        if (integrator == null) throw new IllegalArgumentException("integrator is null");
        this.integrator = integrator;
        return this;
    }

    /** The fixed step of Euler and Runge–Kutta, and the largest step of the adaptive integrators (default 0.05). */
    public Simulation step(double step) {
        this.step = Checks.positive("step", step);
        return this;
    }

    /** Absolute and relative tolerance of the adaptive integrators (default 1e-10 each). */
    public Simulation tolerance(double tolerance) {
        this.absoluteTolerance = Checks.positive("tolerance", tolerance);
        this.relativeTolerance = tolerance;
        return this;
    }

    /** How long to integrate (default 10, in the units of τ). */
    public Simulation duration(double duration) {
        this.duration = Checks.positive("duration", duration);
        return this;
    }

    /**
     * The interval Δ between recorded samples (default 0.1): samples lie exactly at t_k = k·Δ
     * whatever the integrator's steps, so runs with the same Δ can be compared sample by sample.
     * Only the end of a run that stops between two of them (fixed point, blow-up, a duration that is
     * not a multiple of Δ) adds one last sample off the grid.
     */
    public Simulation sampleEvery(double interval) {
        this.sampleEvery = Checks.positive("sample interval", interval);
        return this;
    }

    /**
     * The most samples a run may record (default: 1,000,000, fewer for a model so large that the
     * stored states would pass 1 GiB). A run that would record more is refused before it starts.
     */
    public Simulation maxSamples(int count) {
        this.maxSamples = Checks.count("maxSamples", count, 1);
        return this;
    }

    /**
     * The most integrator steps a run may need by {@link #estimatedSteps()} (default 1e8); a run
     * estimated to need more is refused before it starts. Raise it to run a long or stiff
     * integration deliberately (it can still be stopped by an interrupt).
     */
    public Simulation stepBudget(long steps) {
        if (steps < 1) throw new IllegalArgumentException("step budget must be at least 1, got " + steps);
        this.stepBudget = steps;
        return this;
    }

    /**
     * The integrator steps this run takes: duration / step for Euler and Runge–Kutta; for the
     * adaptive integrators about duration / min(step, s·τ_min), where τ_min is the model's smallest
     * time constant ({@link EnergyModel#timeConstants()}) and s·τ_min the step at which an explicit
     * integrator stops being stable on the fastest relaxation, where its step control holds a stiff
     * run (s = 3.3 for Dormand–Prince 5(4), the length of its stability interval on the negative real
     * axis; s = 5 for 8(5,3); both measured within 25 % on stiff networks). A fixed-point stop may
     * end a run sooner; it is not counted on.
     */
    public double estimatedSteps() {
        return duration / Math.min(Math.min(step, duration), stableStep());
    }

    /** s·τ_min for the adaptive integrators (+∞ for the fixed-step ones or an unknown τ). */
    private double stableStep() {
        double reach;
        switch (integrator) {
            case DORMAND_PRINCE: reach = 3.3; break;
            case DORMAND_PRINCE_853: reach = 5; break;
            default: return Double.POSITIVE_INFINITY;
        }
        return reach * fastestTime();
    }

    private double fastestTime() {
        double fastest = Double.POSITIVE_INFINITY;
        for (double tau : model.timeConstants()) if (tau > 0 && Double.isFinite(tau)) fastest = Math.min(fastest, tau);
        return fastest;
    }

    /** Refuses a run whose {@link #estimatedSteps()} pass the step budget, saying why and what to do. */
    private void checkCost() {
        double steps = estimatedSteps();
        if (steps <= stepBudget) return;
        int stages = integrator == Integrator.DORMAND_PRINCE ? 6 : integrator == Integrator.DORMAND_PRINCE_853 ? 12
                : integrator == Integrator.RUNGE_KUTTA ? 4 : 1;
        String cost = "duration " + Numbers.format(duration) + " needs about " + Numbers.format(steps)
                + " integrator steps (" + stages + " evaluations of the right-hand side each), more than the step budget ("
                + Numbers.format(stepBudget) + ")";
        double[] taus = model.timeConstants();
        double fastest = fastestTime(), slowest = 0;
        for (double tau : taus) if (tau > 0 && Double.isFinite(tau)) slowest = Math.max(slowest, tau);
        if (stableStep() < Math.min(step, duration)) {
            StringBuilder list = new StringBuilder();
            for (double tau : taus) list.append(list.length() == 0 ? "" : ", ").append(Numbers.format(tau));
            String ratio = slowest > fastest ? " (fastest/slowest = " + Numbers.format(fastest / slowest) + ")" : "";
            throw new IllegalArgumentException("refused: the model's time constants [" + list + "] make the flow stiff" + ratio
                    + ": an explicit step stays below about " + Numbers.format(stableStep()) + ", so " + cost
                    + ". For a network with τ_h ≪ τ_f integrate its fast-hidden limit, EffectiveNetwork.fastHiddenLimit(network) (M6), the"
                    + " τ_h → 0 limit of the same flow; or raise τ_h, shorten the duration, or raise stepBudget(...) to run it anyway");
        }
        throw new IllegalArgumentException("refused: " + cost + " in steps of at most " + Numbers.format(Math.min(step, duration))
                + ": shorten the duration, raise step, or raise stepBudget(...) to run it anyway");
    }

    /** Stop once ‖dy/dt‖∞ ≤ tolerance (a fixed point of the flow); off by default. */
    public Simulation stopAtFixedPoint(double tolerance) {
        this.fixedPointTolerance = Checks.positive("fixed-point tolerance", tolerance);
        return this;
    }

    /** Stop and report a blow-up once ‖y‖∞ exceeds {@code bound} (default 1e8). */
    public Simulation blowUpBound(double bound) {
        this.blowUpBound = Checks.positive("blow-up bound", bound);
        return this;
    }

    /** An energy rise between samples larger than tolerance·(1 + |E|) is reported (default 1e-9). */
    public Simulation energyTolerance(double tolerance) {
        this.energyTolerance = Checks.positive("energy tolerance", tolerance);
        return this;
    }

    /** Adds observers, each recording its own columns at every sample (see {@link Observers}). */
    public Simulation observe(Observer... observers) {
        if (observers == null) throw new IllegalArgumentException("observers are null");
        for (Observer o : observers) {
            if (o == null) throw new IllegalArgumentException("an observer is null");
            this.observers.add(o);
        }
        return this;
    }

    /** Integrates from y0 and returns the recorded trajectory; y0 is not modified. */
    public Trajectory run(double[] y0) {
        Checks.vector("initial state", y0, model.getDimension());
        long grid = gridPoints();
        checkCost();
        return new Run(grid).execute(y0);
    }

    /** K, the last sample index on the grid (k·Δ ≤ duration); refuses a run that would record too many samples. */
    private long gridPoints() {
        double ratio = duration / sampleEvery;
        int dimension = model.getDimension();
        long limit = maxSamples > 0 ? maxSamples : Math.min(DEFAULT_MAX_SAMPLES, Math.max(1, DEFAULT_STATE_BUDGET / dimension));
        double samples = Math.floor(ratio * (1 + 1e-12)) + 1;
        if (samples > limit) {
            String which = maxSamples > 0 ? "maxSamples (" + limit + ")"
                    : limit < DEFAULT_MAX_SAMPLES ? "the default limit (" + limit + ", which keeps the stored states of this "
                            + dimension + "-dimensional model under 1 GiB)"
                    : "the default limit (" + limit + ")";
            throw new IllegalArgumentException("duration " + Numbers.format(duration) + " sampled every " + Numbers.format(sampleEvery)
                    + " would record " + Numbers.format(samples) + " samples, more than " + which
                    + ": raise sampleEvery or shorten the duration, or raise maxSamples");
        }
        return (long) samples - 1;
    }

    static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) m = Math.max(m, Math.abs(v));
        return m;
    }

    /** One run: the checked equations, the samples recorded so far, the observers' recorders. */
    private final class Run implements Sample, StepHandler {
        private final long lastIndex;
        private final CheckedEquations equations = new CheckedEquations(model, duration);
        private final int features = model.featureCount();
        private final boolean hidden = model.getDimension() > features;
        private final DoubleColumn time = DoubleColumn.create(Trajectory.TIME), energy = DoubleColumn.create(Trajectory.ENERGY),
                rate = DoubleColumn.create(Trajectory.ENERGY_RATE), speedV = DoubleColumn.create(Trajectory.SPEED_V),
                speedH = DoubleColumn.create(Trajectory.SPEED_H);
        private final List<double[]> states = new ArrayList<>();
        private final List<Observer.Recorder> recorders = new ArrayList<>();
        private EnergyRises.Found rises;
        private final double[] derivative = new double[model.getDimension()];
        private long next = 1;
        // the sample being recorded
        private double t, e, r;
        private double[] y;

        Run(long lastIndex) {
            this.lastIndex = lastIndex;
        }

        Trajectory execute(double[] y0) {
            Set<String> names = new HashSet<>(List.of(Trajectory.TIME, Trajectory.ENERGY, Trajectory.ENERGY_RATE, Trajectory.SPEED_V));
            if (hidden) names.add(Trajectory.SPEED_H);
            for (Observer o : observers) {
                Observer.Recorder rec = o.start(model, y0);
                if (rec == null) throw new IllegalArgumentException("an observer returned no recorder");
                for (Column<?> c : rec.columns()) {
                    if (!names.add(c.name())) throw new IllegalArgumentException("two columns of the trajectory are named '" + c.name() + "'");
                }
                recorders.add(rec);
            }
            rises = new EnergyRises(energyTolerance).start(model, y0);
            recorders.add(rises);
            double[] state = y0.clone();
            try {
                record(0, state);
            } catch (NonFiniteValue n) {
                return finish(StopReason.NON_FINITE, 0, state, n.getMessage() + "; no sample is finite");
            }
            if (maxAbs(state) > blowUpBound) {
                return finish(StopReason.BLOW_UP, 0, state, "the initial state already has ‖y‖∞ = " + Numbers.format(maxAbs(state))
                        + " above the blow-up bound " + Numbers.format(blowUpBound));
            }
            if (fixedPointTolerance > 0 && maxAbs(derivative) <= fixedPointTolerance) {
                return finish(StopReason.FIXED_POINT, 0, state, "the initial state is already a fixed point");
            }
            FirstOrderIntegrator ode = integrator.create(Math.min(step, duration), absoluteTolerance, relativeTolerance);
            ode.addStepHandler(this);
            StopReason[] reason = {StopReason.DURATION};
            if (fixedPointTolerance > 0) {
                double[] d = new double[state.length];
                ode.addEventHandler(new Stop(StopReason.FIXED_POINT, reason) {
                    @Override public double g(double time, double[] at) {
                        equations.computeDerivatives(time, at, d);
                        return maxAbs(d) - fixedPointTolerance;
                    }
                }, Math.max(sampleEvery, step), 1e-9, 1000);
            }
            ode.addEventHandler(new Stop(StopReason.BLOW_UP, reason) {
                @Override public double g(double time, double[] at) {
                    return blowUpBound - maxAbs(at);
                }
            }, Math.min(sampleEvery, step), 1e-12, 1000);
            double end;
            try {
                end = ode.integrate(equations, 0, state, duration, state);
            } catch (NonFiniteValue n) {
                return finishAtLastSample(StopReason.NON_FINITE, n.getMessage() + "; the trajectory ends at its last finite sample, t = ");
            } catch (MathIllegalStateException | IllegalArgumentException ex) {
                return finishAtLastSample(StopReason.FAILED, "integration failed: " + ex.getMessage() + "; the trajectory ends at its last sample, t = ");
            }
            if (lastTime() < end - 1e-12 * Math.max(1, Math.abs(end))) {
                try {
                    record(end, state);
                } catch (NonFiniteValue n) {
                    return finishAtLastSample(StopReason.NON_FINITE, n.getMessage() + "; the trajectory ends at its last finite sample, t = ");
                }
            }
            String message;
            switch (reason[0]) {
                case FIXED_POINT: message = "reached a fixed point (‖dy/dt‖∞ ≤ " + Numbers.format(fixedPointTolerance) + ") at t = " + Numbers.format(end); break;
                case BLOW_UP: message = "blew up: ‖y‖∞ passed " + Numbers.format(blowUpBound) + " at t = " + Numbers.format(end)
                        + " (the energy is unbounded below for these Lagrangians)"; break;
                default: message = "integrated to t = " + Numbers.format(end);
            }
            return finish(reason[0], end, state, message);
        }

        /**
         * Samples every grid time t_k = k·Δ inside the step just taken. A grid time within 1e-9·Δ of
         * the step's end (where fixed steps that add up to it land, give or take rounding) takes the
         * step's own end state rather than an interpolation a rounding error away from it.
         */
        @Override
        public void handleStep(StepInterpolator step, boolean isLast) {
            double end = step.getCurrentTime(), snap = 1e-9 * sampleEvery;
            while (next <= lastIndex && next * sampleEvery <= end + snap) {
                double at = next * sampleEvery;
                step.setInterpolatedTime(Math.abs(at - end) <= snap ? end : at);
                record(at, step.getInterpolatedState());
                next++;
            }
        }

        @Override public void init(double t0, double[] y0, double tEnd) { }

        /** Records the sample (time, y): the exact derivative, energy and rate, then every observer. */
        private void record(double time, double[] state) {
            equations.computeDerivatives(time, state, derivative);
            double energyValue, rateValue;
            try {
                energyValue = model.energy(state);
                rateValue = model.energyRate(state);
            } catch (ArithmeticException notRepresentable) {
                throw new NonFiniteValue(time, notRepresentable);
            }
            if (!Double.isFinite(energyValue)) throw new NonFiniteValue(time, "the energy E", energyValue);
            if (!Double.isFinite(rateValue)) throw new NonFiniteValue(time, Trajectory.ENERGY_RATE, rateValue);
            t = time;
            e = energyValue;
            r = rateValue;
            y = state;
            double sv = 0, sh = 0;
            for (int i = 0; i < features; i++) sv += derivative[i] * derivative[i];
            for (int i = features; i < derivative.length; i++) sh += derivative[i] * derivative[i];
            this.time.append(time);
            energy.append(energyValue);
            rate.append(rateValue);
            speedV.append(Math.sqrt(sv));
            if (hidden) speedH.append(Math.sqrt(sh));
            states.add(state.clone());
            for (Observer.Recorder rec : recorders) {
                try {
                    rec.sample(this);
                } catch (Interrupts.RunInterruptedException ex) {
                    throw ex;
                } catch (RuntimeException ex) {
                    throw new IllegalStateException("an observer failed at t = " + Numbers.format(time) + ": " + ex.getMessage(), ex);
                }
            }
        }

        private double lastTime() {
            return time.isEmpty() ? Double.NEGATIVE_INFINITY : time.getDouble(time.size() - 1);
        }

        private Trajectory finishAtLastSample(StopReason why, String message) {
            int last = states.size() - 1;
            return finish(why, time.getDouble(last), states.get(last), message + Numbers.format(time.getDouble(last)));
        }

        private Trajectory finish(StopReason why, double endTime, double[] endState, String message) {
            int rows = states.size();
            List<Column<?>> columns = new ArrayList<>(List.of(time, energy, rate, speedV));
            if (hidden) columns.add(speedH);
            for (Observer.Recorder rec : recorders) {
                for (Column<?> c : rec.columns()) {
                    if (c.size() != rows) {
                        throw new IllegalStateException("observer column '" + c.name() + "' has " + c.size() + " values for " + rows + " samples");
                    }
                    columns.add(c);
                }
            }
            return new Trajectory(columns, states, endState.clone(), endTime, why, message, rises.rises());
        }

        @Override public double time() { return t; }
        @Override public double[] state() { return y; }
        @Override public double[] derivative() { return derivative; }
        @Override public double energy() { return e; }
        @Override public double energyRate() { return r; }
    }

    /** An event that stops the integration and records why. */
    private abstract static class Stop implements EventHandler {
        private final StopReason why;
        private final StopReason[] reason;

        Stop(StopReason why, StopReason[] reason) {
            this.why = why;
            this.reason = reason;
        }

        @Override public void init(double t0, double[] y0, double t) { }

        @Override
        public Action eventOccurred(double t, double[] y, boolean increasing) {
            if (increasing) return Action.CONTINUE;
            reason[0] = why;
            return Action.STOP;
        }

        @Override public void resetState(double t, double[] y) { }
    }
}
