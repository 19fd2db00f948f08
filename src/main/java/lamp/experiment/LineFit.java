package lamp.experiment;

import lamp.base.Checks;

/**
 * The least-squares straight line y ≈ intercept + slope·x through m points: slope = Σ(x − x̄)(y − ȳ) /
 * Σ(x − x̄)², intercept = ȳ − slope·x̄, and the slope's standard error √(Σr²/(m − 2) / Σ(x − x̄)²)
 * (NaN for two points: a line through two points has no residual to estimate it). lamp's one
 * least-squares fit: {@link LogLogFit} fits it to (ln x, ln y), {@link Fits#slope} and
 * {@link Fits#logLogSlope} read its slope.
 *
 * <p>The sums run on x and y divided by a power of two near their largest magnitude, so no product
 * leaves the double range; the division is exact, so inside that range the result has the bits of the
 * unscaled sums.
 */
public record LineFit(double slope, double intercept, double slopeError, int points) {

    /** Fits y = intercept + slope·x; at least two points, every value finite, not every x the same. */
    public static LineFit of(double[] x, double[] y) {
        if (x == null || y == null) throw new IllegalArgumentException("x or y is null");
        if (x.length != y.length) throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        int m = Checks.count("points of a linear fit", x.length, 2);
        Checks.finite("x", x);
        Checks.finite("y", y);
        double ax = scale(x), ay = scale(y);
        double mx = 0, my = 0;
        for (int i = 0; i < m; i++) {
            mx += x[i] / ax;
            my += y[i] / ay;
        }
        mx /= m;
        my /= m;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < m; i++) {
            double dx = x[i] / ax - mx;
            sxy += dx * (y[i] / ay - my);
            sxx += dx * dx;
        }
        if (sxx == 0) throw new IllegalArgumentException("every x is the same: the slope is undefined");
        double s = sxy / sxx, c = my - s * mx;       // in the scaled units
        double error = Double.NaN;
        if (m > 2) {
            double ssr = 0;
            for (int i = 0; i < m; i++) {
                double r = y[i] / ay - c - s * (x[i] / ax);
                ssr += r * r;
            }
            error = Math.sqrt(ssr / (m - 2) / sxx) * (ay / ax);
        }
        double slope = s * (ay / ax);
        if (!Double.isFinite(slope)) {
            throw new ArithmeticException("the slope of y on x is beyond the double range (y spans about " + ay + ", x about " + ax + ")");
        }
        return new LineFit(slope, c * ay, error, m);
    }

    /** The power of two at or below the largest |v| (1 for all zeros): dividing by it is exact. */
    private static double scale(double[] v) {
        double max = 0;
        for (double d : v) max = Math.max(max, Math.abs(d));
        return max == 0 ? 1 : Math.scalb(1.0, Math.getExponent(max));
    }
}
