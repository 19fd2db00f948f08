package lamp.dynamics;

import lamp.linalg.Checks;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.events.EventHandler;
import org.apache.commons.math3.ode.sampling.StepNormalizer;
import org.apache.commons.math3.ode.sampling.StepNormalizerBounds;
import org.apache.commons.math3.ode.sampling.StepNormalizerMode;

/**
 * Integrates an {@link EnergyModel} (the network of M2 or an effective model of M6) with a
 * commons-math3 integrator and records a {@link Trajectory}: time, energy, analytic dE/dt (M4),
 * speeds and overlaps with the memories at regular sample times. Stops at a fixed point, on
 * blow-up, or after the given duration.
 *
 * <pre>
 *   Trajectory t = Simulation.of(network).duration(20).sampleEvery(0.1).run(network.state(v0, h0));
 * </pre>
 */
public final class Simulation {
    private final EnergyModel model;
    private Integrator integrator = Integrator.DORMAND_PRINCE;
    private double step = 0.05;
    private double absoluteTolerance = 1e-10, relativeTolerance = 1e-10;
    private double duration = 10;
    private double sampleEvery = 0.1;
    private double fixedPointTolerance = 0;
    private double blowUpBound = 1e8;
    private double energyTolerance = 1e-9;
    private int overlapColumns = 5;

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

    /** The interval between recorded samples (default 0.1). */
    public Simulation sampleEvery(double interval) {
        this.sampleEvery = Checks.positive("sample interval", interval);
        return this;
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

    /** How many memories get an overlap column of their own (default 5; the table always has the best overlap). */
    public Simulation overlapColumns(int count) {
        this.overlapColumns = Checks.count("overlap columns", count, 0);
        return this;
    }

    /** Integrates from y0 and returns the recorded trajectory; y0 is not modified. */
    public Trajectory run(double[] y0) {
        Checks.vector("initial state", y0, model.getDimension());
        Trajectory.Recorder recorder = new Trajectory.Recorder(model, Math.min(overlapColumns, model.memories().count()), energyTolerance);
        double[] y = y0.clone();
        double[] yDot = new double[y.length];
        model.computeDerivatives(0, y, yDot);
        if (fixedPointTolerance > 0 && maxAbs(yDot) <= fixedPointTolerance) {
            recorder.record(0, y, yDot);
            return recorder.finish(0, y, StopReason.FIXED_POINT, "the initial state is already a fixed point");
        }
        FirstOrderIntegrator ode = integrator.create(Math.min(step, duration), absoluteTolerance, relativeTolerance);
        ode.addStepHandler(new StepNormalizer(sampleEvery, recorder, StepNormalizerMode.MULTIPLES, StepNormalizerBounds.BOTH));
        final StopReason[] reason = {StopReason.DURATION};
        if (fixedPointTolerance > 0) {
            ode.addEventHandler(new Stop(StopReason.FIXED_POINT, reason) {
                @Override public double g(double t, double[] state) {
                    double[] d = new double[state.length];
                    model.computeDerivatives(t, state, d);
                    return maxAbs(d) - fixedPointTolerance;
                }
            }, Math.max(sampleEvery, step), 1e-9, 1000);
        }
        ode.addEventHandler(new Stop(StopReason.BLOW_UP, reason) {
            @Override public double g(double t, double[] state) {
                return blowUpBound - maxAbs(state);
            }
        }, Math.min(sampleEvery, step), 1e-12, 1000);
        double end;
        try {
            end = ode.integrate(model, 0, y0.clone(), duration, y);
        } catch (MathIllegalStateException | IllegalArgumentException e) {
            double[] last = recorder.lastState();
            return recorder.finish(recorder.lastTime(), last == null ? y0.clone() : last, StopReason.FAILED,
                    "integration failed: " + e.getMessage());
        }
        String message;
        switch (reason[0]) {
            case FIXED_POINT: message = "reached a fixed point (‖dy/dt‖∞ ≤ " + fixedPointTolerance + ")"; break;
            case BLOW_UP: message = "blew up: ‖y‖∞ passed " + blowUpBound + " at t = " + end
                    + " (the energy is unbounded below for these Lagrangians)"; break;
            default: message = "integrated to t = " + end;
        }
        return recorder.finish(end, y, reason[0], message);
    }

    static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) m = Math.max(m, Math.abs(v));
        return m;
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
