package lamp.dynamics;

import java.util.Locale;

/**
 * An interval of a trajectory over which the energy went up, with the reason found at its end:
 * a Lagrangian whose Hessian is not PSD there (M4), or, if both are PSD, an integrator step too
 * large for the flow.
 */
public record EnergyRise(double fromTime, double toTime, double fromEnergy, double toEnergy, String cause) {
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "energy rose by %.3g between t=%.4g and t=%.4g: %s",
                toEnergy - fromEnergy, fromTime, toTime, cause);
    }
}
