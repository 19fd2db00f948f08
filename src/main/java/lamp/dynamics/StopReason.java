package lamp.dynamics;

/** Why a {@link Simulation} ended. */
public enum StopReason {
    /** The requested duration was reached. */
    DURATION,
    /** The speed ‖dy/dt‖∞ fell below the fixed-point tolerance. */
    FIXED_POINT,
    /** ‖y‖∞ exceeded the blow-up bound: the energy is unbounded below for these Lagrangians. */
    BLOW_UP,
    /**
     * A derivative, the state, the energy or dE/dt stopped being finite (an overflow, or a
     * Lagrangian returning NaN); the message names the first such quantity and the time.
     */
    NON_FINITE,
    /** The integrator failed (e.g. its step size underflowed, or the model refused a state); see the message. */
    FAILED
}
