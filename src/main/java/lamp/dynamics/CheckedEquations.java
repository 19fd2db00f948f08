package lamp.dynamics;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;

/**
 * The model as the commons-math3 integrator sees it. Every state it is asked about and every
 * derivative it returns is checked to be finite (else {@link NonFiniteValue} ends the run at once,
 * whatever the integrator), and the last evaluation is remembered: the fixed-point check at the end
 * of a step and the next step's first stage (or, for Dormand–Prince, the step's last stage and the
 * check) ask about the same state, and share one evaluation of the right-hand side. Allocates
 * nothing per call.
 */
final class CheckedEquations implements FirstOrderDifferentialEquations {
    private final EnergyModel model;
    private final int features;
    private final double[] lastState, lastDerivative;
    private boolean remembered;
    /** Evaluations of the model's right-hand side (remembered answers not counted). */
    long evaluations;

    CheckedEquations(EnergyModel model) {
        this.model = model;
        this.features = model.featureCount();
        this.lastState = new double[model.getDimension()];
        this.lastDerivative = new double[model.getDimension()];
    }

    @Override public int getDimension() { return lastState.length; }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        if (remembered && sameState(y)) {
            System.arraycopy(lastDerivative, 0, yDot, 0, yDot.length);
            return;
        }
        remembered = false;
        for (int i = 0; i < y.length; i++) {
            double v = y[i];
            if (!Double.isFinite(v)) throw new NonFiniteValue(t, name(i, false), v);
            lastState[i] = v;
        }
        model.computeDerivatives(t, y, yDot);
        evaluations++;
        for (int i = 0; i < yDot.length; i++) {
            double d = yDot[i];
            if (!Double.isFinite(d)) throw new NonFiniteValue(t, name(i, true), d);
            lastDerivative[i] = d;
        }
        remembered = true;
    }

    private boolean sameState(double[] y) {
        for (int i = 0; i < y.length; i++) if (y[i] != lastState[i]) return false;
        return true;
    }

    /** "v[2]", "dh/dt[0]": entry i of the state y = [v; h] or of its derivative. */
    String name(int i, boolean derivative) {
        boolean feature = i < features;
        String symbol = feature ? "v" : "h";
        return (derivative ? "d" + symbol + "/dt" : symbol) + "[" + (feature ? i : i - features) + "]";
    }
}
