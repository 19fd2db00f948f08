package lamp.experiment;

import lamp.linalg.Checks;

/**
 * Straight-line fits of measured curves: the slope of a power law y ∝ x^s on log–log axes, e.g.
 * the micro-versus-effective distance against τ_h/τ_f (MATH.md §5 check 5: slope ≈ 1) or the
 * capacity K_max against N_f (DAM 2016: slope n − 1 for F = xⁿ).
 */
public final class Fits {
    private Fits() {}

    /** The least-squares slope of log y on log x; at least two points, every value finite and &gt; 0. */
    public static double logLogSlope(double[] x, double[] y) {
        if (x == null || y == null) throw new IllegalArgumentException("x or y is null");
        if (x.length != y.length) throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        Checks.count("points of a log-log fit", x.length, 2);
        double mx = 0, my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += log("x", i, x[i]);
            my += log("y", i, y[i]);
        }
        mx /= x.length;
        my /= x.length;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = Math.log(x[i]) - mx;
            sxy += dx * (Math.log(y[i]) - my);
            sxx += dx * dx;
        }
        if (sxx == 0) throw new IllegalArgumentException("every x is the same: the slope is undefined");
        return sxy / sxx;
    }

    private static double log(String name, int i, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + "[" + i + "] is " + v + ": a log-log fit needs finite values > 0");
        }
        return Math.log(v);
    }
}
