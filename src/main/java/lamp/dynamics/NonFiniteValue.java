package lamp.dynamics;

import lamp.base.Numbers;

/** Thrown inside a run the moment a state, derivative, energy or rate is not finite; the run ends with {@link StopReason#NON_FINITE}. */
final class NonFiniteValue extends RuntimeException {
    final double time;

    /** {@code quantity} names what turned non-finite, e.g. "dh/dt[3]" or "the energy E". */
    NonFiniteValue(double time, String quantity, double value) {
        super("stopped at t = " + Numbers.format(time) + ": " + quantity + " is " + value + " (not finite)", null, false, false);
        this.time = time;
    }

    /** A model's own ArithmeticException (its energy or rate not representable at this state), kept as the cause. */
    NonFiniteValue(double time, ArithmeticException cause) {
        super("stopped at t = " + Numbers.format(time) + ": " + cause.getMessage(), cause, false, false);
        this.time = time;
    }
}
