package lamp.network;

import java.util.Locale;

/**
 * The smallest Hessian eigenvalue of each Lagrangian at a state: the energy cannot rise (M4)
 * where both are ≥ 0. A non-convex Lagrangian is allowed, for demonstrations, but this report
 * always says so.
 */
public record Convexity(String featureLagrangian, double featureMinEigenvalue,
                        String hiddenLagrangian, double hiddenMinEigenvalue) {

    /** Rounding allowance for "≥ 0". */
    public static final double TOLERANCE = 1e-10;

    /** Whether both Hessians are PSD at this state (to {@link #TOLERANCE}). */
    public boolean isPsd() {
        return featureMinEigenvalue >= -TOLERANCE && hiddenMinEigenvalue >= -TOLERANCE;
    }

    @Override
    public String toString() {
        if (isPsd()) {
            return String.format(Locale.ROOT, "both Hessians PSD (min eigenvalues: L_v %s %.3g, L_h %s %.3g)",
                    featureLagrangian, featureMinEigenvalue, hiddenLagrangian, hiddenMinEigenvalue);
        }
        StringBuilder s = new StringBuilder("NOT PSD:");
        if (featureMinEigenvalue < -TOLERANCE) s.append(String.format(Locale.ROOT, " L_v %s has Hessian eigenvalue %.3g < 0;", featureLagrangian, featureMinEigenvalue));
        if (hiddenMinEigenvalue < -TOLERANCE) s.append(String.format(Locale.ROOT, " L_h %s has Hessian eigenvalue %.3g < 0;", hiddenLagrangian, hiddenMinEigenvalue));
        s.append(" the energy may rise (M4)");
        return s.toString();
    }
}
