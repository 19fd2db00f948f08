package lamp.experiment;

/**
 * The least-squares line through (ln x, ln y): y ≈ e^{intercept}·x^{slope}, the straight line of a
 * log–log plot (for {@link CapacityScaling}: ln K_max against ln N_f, slope n − 1 in DAM 2016's
 * scaling). The standard error of the slope is the usual one, √(Σr²/(m − 2) / Σ(ln x − mean)²) over
 * the m points, and NaN for two points (a line through two points has no residual to estimate it):
 * the {@link LineFit} through (ln x, ln y).
 */
public record LogLogFit(double slope, double intercept, double slopeError, int points) {

    /** Fits ln y = intercept + slope·ln x; needs at least two distinct x, every x and y finite and > 0. */
    public static LogLogFit of(double[] x, double[] y) {
        if (x == null || y == null) throw new IllegalArgumentException("log–log fit: x or y is null");
        if (x.length != y.length) throw new IllegalArgumentException("log–log fit: x has " + x.length + " points but y has " + y.length);
        int m = x.length;
        if (m < 2) throw new IllegalArgumentException("log–log fit needs at least 2 points, got " + m);
        double[] u = new double[m], v = new double[m];
        for (int j = 0; j < m; j++) {
            if (!(x[j] > 0) || !Double.isFinite(x[j]) || !(y[j] > 0) || !Double.isFinite(y[j])) {
                throw new IllegalArgumentException("log–log fit: point " + j + " is (" + x[j] + ", " + y[j] + "); both must be finite and > 0");
            }
            u[j] = Math.log(x[j]);
            v[j] = Math.log(y[j]);
        }
        boolean distinct = false;
        for (int j = 1; j < m; j++) distinct |= u[j] != u[0];
        if (!distinct) throw new IllegalArgumentException("log–log fit needs at least 2 distinct x, all are " + x[0]);
        LineFit line = LineFit.of(u, v);
        return new LogLogFit(line.slope(), line.intercept(), line.slopeError(), m);
    }
}
