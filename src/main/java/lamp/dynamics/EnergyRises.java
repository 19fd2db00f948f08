package lamp.dynamics;

import java.util.ArrayList;
import java.util.List;
import lamp.lagrangian.Convexity;
import lamp.lagrangian.GradientCheck;
import lamp.lagrangian.Layer;
import lamp.lagrangian.Population;
import tech.tablesaw.columns.Column;

/**
 * The observer every {@link Simulation} installs: between consecutive samples it looks for a rise of
 * E by more than tolerance·(1 + |E|) and explains each one from the model's Lagrangians at both
 * ends of the interval (see {@link EnergyRise.Cause}, checked in that order: an activation that is
 * not its Lagrangian's gradient along the flow, a Hessian that is not PSD, else the integrator step).
 */
final class EnergyRises implements Observer {
    private final double tolerance;

    EnergyRises(double tolerance) {
        this.tolerance = tolerance;
    }

    @Override
    public Found start(EnergyModel model, double[] y0) {
        return new Found(model, y0.length);
    }

    /** The rises of one run; no columns. */
    final class Found implements Observer.Recorder {
        private final EnergyModel model;
        private final List<EnergyRise> rises = new ArrayList<>();
        private final double[] previousState, previousDerivative;
        private double previousTime, previousEnergy;
        private boolean started;

        Found(EnergyModel model, int dimension) {
            this.model = model;
            this.previousState = new double[dimension];
            this.previousDerivative = new double[dimension];
        }

        @Override public List<Column<?>> columns() { return List.of(); }

        @Override
        public void sample(Sample s) {
            if (started && s.energy() - previousEnergy > tolerance * (1 + Math.abs(previousEnergy))) {
                rises.add(explain(model, previousTime, previousEnergy, previousState, previousDerivative,
                        s.time(), s.energy(), s.state(), s.derivative()));
            }
            started = true;
            previousTime = s.time();
            previousEnergy = s.energy();
            System.arraycopy(s.state(), 0, previousState, 0, previousState.length);
            System.arraycopy(s.derivative(), 0, previousDerivative, 0, previousDerivative.length);
        }

        List<EnergyRise> rises() { return rises; }
    }

    /** The cause of a rise of E from (t0, y0) to (t1, y1), read from the model's Lagrangians at both ends. */
    static EnergyRise explain(EnergyModel model, double t0, double e0, double[] y0, double[] d0,
                              double t1, double e1, double[] y1, double[] d1) {
        List<Layer> end = model.layers(y1);
        if (end.isEmpty()) {
            return new EnergyRise(t0, t1, e0, e1, EnergyRise.Cause.UNKNOWN,
                    "the model names no Lagrangians (EnergyModel.layers), so the cause of the rise is unknown");
        }
        for (double[][] at : new double[][][] {{y1, d1}, {y0, d0}}) {
            GradientCheck bad = gradientAlongFlow(model, at[0], at[1]);
            if (bad != null) {
                return new EnergyRise(t0, t1, e0, e1, EnergyRise.Cause.ACTIVATION_NOT_GRADIENT,
                        bad + "; the energy law (M4) needs each activation to be its Lagrangian's gradient (M1)");
            }
        }
        Convexity after = Convexity.of(end), before = Convexity.of(model.layers(y0));
        if (!after.isPsd()) return new EnergyRise(t0, t1, e0, e1, EnergyRise.Cause.NOT_PSD, after.toString());
        if (!before.isPsd()) return new EnergyRise(t0, t1, e0, e1, EnergyRise.Cause.NOT_PSD, before.toString());
        return new EnergyRise(t0, t1, e0, e1, EnergyRise.Cause.STEP_TOO_LARGE,
                "the Hessians are PSD and each activation is its Lagrangian's gradient at both ends, so the integrator step"
                        + " is too large for this flow (" + after + ")");
    }

    /**
     * The first layer whose activation disagrees with the rate of change of its Lagrangian along the
     * flow at y (direction ẋ of each layer's state from central differences of the layers at y ± εẏ),
     * or null.
     */
    static GradientCheck gradientAlongFlow(EnergyModel model, double[] y, double[] yDot) {
        double speed = Simulation.maxAbs(yDot);
        if (speed == 0) return null;
        double eps = 1e-6 * Math.max(1, Simulation.maxAbs(y)) / speed;
        double[] plus = y.clone(), minus = y.clone();
        for (int i = 0; i < y.length; i++) {
            plus[i] += eps * yDot[i];
            minus[i] -= eps * yDot[i];
        }
        List<Layer> at = model.layers(y), ahead = model.layers(plus), behind = model.layers(minus);
        for (int l = 0; l < at.size(); l++) {
            Layer layer = at.get(l);
            double[] x = layer.state(), a = ahead.get(l).state(), b = behind.get(l).state();
            double[] velocity = new double[x.length];
            for (int i = 0; i < x.length; i++) velocity[i] = (a[i] - b[i]) / (2 * eps);
            GradientCheck c = GradientCheck.along(layer.lagrangian(), x, velocity);
            if (!c.isGradient()) {
                String rate = layer.population() == Population.FEATURE ? "g·v̇" : "f·ḣ";
                return new GradientCheck(layer.label(), c.where(), rate, c.activation(), c.difference(), c.allowance());
            }
        }
        return null;
    }
}
