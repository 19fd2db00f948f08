package lamp.dynamics;

import java.util.Locale;

/**
 * An interval between two samples of a trajectory over which the energy went up, with its cause
 * and a sentence explaining it.
 *
 * @param fromTime    the sample before the rise
 * @param toTime      the sample after it
 * @param fromEnergy  E at {@code fromTime}
 * @param toEnergy    E at {@code toTime}
 * @param cause       why E could rise there
 * @param explanation the evidence: the non-PSD Hessian, the activation that disagrees with its Lagrangian, …
 */
public record EnergyRise(double fromTime, double toTime, double fromEnergy, double toEnergy, Cause cause, String explanation) {

    /** Why the energy of a flow that should descend (M4) rose. */
    public enum Cause {
        /**
         * An activation is not the gradient of its Lagrangian (M1) along the flow, so (M4) does not
         * hold at all: a user's Lagrangian with a wrong activation.
         */
        ACTIVATION_NOT_GRADIENT,
        /** A Lagrangian's Hessian is not PSD at one end of the interval, so (M4) can be positive. */
        NOT_PSD,
        /**
         * Every Hessian is PSD and every activation is its gradient at both ends, so the exact flow
         * cannot raise E: the integrator's step (or tolerance) is too large for this flow.
         */
        STEP_TOO_LARGE,
        /** The model names no Lagrangians ({@link EnergyModel#layers}), so the cause cannot be found. */
        UNKNOWN
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "energy rose by %.3g between t=%.4g and t=%.4g: %s",
                toEnergy - fromEnergy, fromTime, toTime, explanation);
    }
}
