package lamp.dynamics;

import lamp.base.Interrupts;
import lamp.base.Numbers;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;

/**
 * The model as the commons-math3 integrator sees it. Every state it is asked about and every
 * derivative it returns is checked to be finite (else {@link NonFiniteValue} ends the run at once,
 * whatever the integrator), and the last two evaluations are remembered: the fixed-point check at
 * the end of a step, a sample there, and the next step's first stage (or, for Dormand–Prince, the
 * step's last stage) all ask about the same state and share one evaluation of the right-hand side,
 * while a sample between step ends does not evict the step end. Allocates nothing per call.
 * Every call first looks at the thread's interrupt flag ({@link Interrupts}): an interrupted run
 * stops at its next evaluation, naming the time it had reached.
 */
final class CheckedEquations implements FirstOrderDifferentialEquations {
    private final EnergyModel model;
    private final int features;
    private final double[][] states, derivatives;
    private final boolean[] remembered = new boolean[2];
    /** The slot written last; the other one is overwritten next. */
    private int recent;
    /** The end of the run, for the message of an interrupt. */
    private final double duration;

    CheckedEquations(EnergyModel model, double duration) {
        this.model = model;
        this.duration = duration;
        this.features = model.featureCount();
        int n = model.getDimension();
        this.states = new double[2][n];
        this.derivatives = new double[2][n];
    }

    @Override public int getDimension() { return states[0].length; }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        if (Thread.currentThread().isInterrupted()) {
            Interrupts.check("in Simulation.run at t = " + Numbers.format(t) + " of " + Numbers.format(duration));
        }
        for (int k = 0; k < 2; k++) {
            int slot = k == 0 ? recent : 1 - recent;
            if (remembered[slot] && same(y, states[slot])) {
                System.arraycopy(derivatives[slot], 0, yDot, 0, yDot.length);
                return;
            }
        }
        int slot = 1 - recent;
        remembered[slot] = false;
        double[] state = states[slot], derivative = derivatives[slot];
        for (int i = 0; i < y.length; i++) {
            double v = y[i];
            if (!Double.isFinite(v)) throw new NonFiniteValue(t, name(i, false), v);
            state[i] = v;
        }
        model.computeDerivatives(t, y, yDot);
        for (int i = 0; i < yDot.length; i++) {
            double d = yDot[i];
            if (!Double.isFinite(d)) throw new NonFiniteValue(t, name(i, true), d);
            derivative[i] = d;
        }
        remembered[slot] = true;
        recent = slot;
    }

    private static boolean same(double[] y, double[] state) {
        for (int i = 0; i < y.length; i++) if (y[i] != state[i]) return false;
        return true;
    }

    /** "v[2]", "dh/dt[0]": entry i of the state y = [v; h] or of its derivative. */
    private String name(int i, boolean derivative) {
        boolean feature = i < features;
        String symbol = feature ? "v" : "h";
        return (derivative ? "d" + symbol + "/dt" : symbol) + "[" + (feature ? i : i - features) + "]";
    }
}
