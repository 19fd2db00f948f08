package lamp.dynamics;

/** Why a {@link Simulation} ended. */
public enum StopReason {
    /** The requested duration was reached. */
    DURATION,
    /** The speed ‖dy/dt‖∞ fell below the fixed-point tolerance. */
    FIXED_POINT,
    /** ‖y‖∞ exceeded the blow-up bound: the energy is unbounded below for these Lagrangians. */
    BLOW_UP,
    /** The integrator failed (a non-finite state or a step size underflow); see the message. */
    FAILED
}
