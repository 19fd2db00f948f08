package lamp.experiment;

import lamp.base.Checks;

/**
 * Straight-line fits of measured curves: the slope of a power law y ∝ x^s on log–log axes, e.g.
 * the micro-versus-effective distance against τ_h/τ_f (THEORY.md §5 check 5: slope ≈ 1) or the
 * capacity K_max against N_f (DAM 2016: slope n − 1 for F = xⁿ).
 */
public final class Fits {
    private Fits() {}

    /**
     * The least-squares slope of log y on log x ({@link LogLogFit}); at least two points with distinct
     * x, every value finite and &gt; 0.
     */
    public static double logLogSlope(double[] x, double[] y) {
        return LogLogFit.of(x, y).slope();
    }

    /**
     * The least-squares slope of y on x ({@link LineFit}): e.g. ln K* against N_f for Model B, whose
     * capacity is exponential in N_f (THEORY.md §6). At least two points, every value finite.
     */
    public static double slope(double[] x, double[] y) {
        return LineFit.of(x, y).slope();
    }

    /**
     * Where a measured curve first crosses {@code level}: the x between the first pair of neighbouring
     * points (x sorted ascending) with y on opposite sides of the level (y = level counts as the
     * upper side), by linear interpolation in x; with {@code logX}, by linear interpolation in ln x
     * (for a geometric grid such as the numbers of memories K). E.g. the β at which the exact-retrieval
     * fraction passes ½, or the K at which it falls through ½. A curve that never crosses is an error
     * naming the level and the range of y.
     */
    public static double crossing(double[] x, double[] y, double level, boolean logX) {
        if (x == null || y == null) throw new IllegalArgumentException("x or y is null");
        if (x.length != y.length) throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        Checks.count("points of a crossing", x.length, 2);
        Checks.finite("x", x);
        Checks.finite("y", y);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (i > 0 && !(x[i] > x[i - 1])) throw new IllegalArgumentException("x must increase, but x[" + i + "] = " + x[i] + " follows " + x[i - 1]);
            if (logX) log("x", i, x[i]);
            lo = Math.min(lo, y[i]);
            hi = Math.max(hi, y[i]);
        }
        for (int i = 1; i < x.length; i++) {
            boolean before = y[i - 1] >= level, after = y[i] >= level;
            if (before == after) continue;
            double t = (level - y[i - 1]) / (y[i] - y[i - 1]);
            if (!logX) return x[i - 1] + t * (x[i] - x[i - 1]);
            return Math.exp(Math.log(x[i - 1]) + t * (Math.log(x[i]) - Math.log(x[i - 1])));
        }
        throw new IllegalArgumentException("the curve never crosses " + level + ": y stays in [" + lo + ", " + hi + "]");
    }

    private static double log(String name, int i, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + "[" + i + "] is " + v + ": a logarithmic x needs finite values > 0");
        }
        return Math.log(v);
    }
}
