package lamp.dynamics;

/**
 * One sample of a run as an {@link Observer.Recorder} sees it: the time t_k = k·Δ (or the time the
 * run ended), the state, its derivative (the model's right-hand side there, not an interpolation),
 * the energy and its analytic rate. Like commons-math3's step interpolator it is valid only during
 * the call: the arrays belong to the simulation, so read them and copy what you keep.
 */
public interface Sample {
    /** The sample time. */
    double time();

    /** The state y (read only). */
    double[] state();

    /** dy/dt at the state (read only). */
    double[] derivative();

    /** E(y) (M3 or M5). */
    double energy();

    /** The analytic dE/dt (M4). */
    double energyRate();
}
