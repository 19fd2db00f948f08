package lamp.experiment;

import java.util.List;
import java.util.Locale;
import lamp.lagrangian.ScalarFunction;
import lamp.limit.AssociativeMemory;
import lamp.limit.DenseAssociativeMemory;
import lamp.base.Checks;
import org.apache.commons.math3.special.Gamma;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The capacity estimates for random ±1 patterns (THEORY.md §3; KH2020 (9) gives the scaling
 * N_mem ~ min(N_f^{n−1}, N_h), the constants come from the related papers), and the capacity read off
 * a measured {@link Capacity} run, to set the two side by side.
 *
 * <pre>
 *   classical Hopfield (F = x²/2):   K_max ≈ 0.138 N                        (small error rate; Hopfield 1982)
 *   polynomial DAM, F of degree n:    K_max ≈ N^{n−1} / (2 (2n−3)!! ln N)     (error-free recall, DAM 2016)
 * </pre>
 *
 * For n = 2 the second formula is N / (2 ln N), the classical error-free capacity. The degree n of a
 * model travels in its {@link Capacity.Curve} as a number: nothing is read back from a model's name or a table.
 */
public final class CapacityTheory {
    private CapacityTheory() {}

    /** The classical Hopfield capacity 0.138·N (recall with a small fraction of wrong bits). */
    public static double classical(int n) {
        return 0.138 * Checks.count("features N", n, 1);
    }

    /**
     * k!! = k(k−2)(k−4)…, with (−1)!! = 0!! = 1; an ArithmeticException past the double range
     * (k ≥ 301), where {@link #logDoubleFactorial} stays finite.
     */
    public static double doubleFactorial(int k) {
        if (k < -1) throw new IllegalArgumentException("double factorial needs k ≥ −1, got " + k);
        double p = k > 400 ? Double.POSITIVE_INFINITY : product(k);                // 301!! already exceeds the double range
        if (Double.isInfinite(p)) {
            throw new ArithmeticException(k + "!! = e^" + logDoubleFactorial(k) + " exceeds the double range; use logDoubleFactorial");
        }
        return p;
    }

    private static double product(int k) {
        double p = 1;
        for (int j = k; j > 1; j -= 2) p *= j;
        return p;
    }

    /** ln k!! = Σ ln j over j = k, k−2, …, &gt; 1: finite for every k ≥ −1. */
    public static double logDoubleFactorial(int k) {
        if (k < -1) throw new IllegalArgumentException("double factorial needs k ≥ −1, got " + k);
        if (k > 10_000) {                                   // through the Gamma function: k!! = 2^(k/2) Γ(k/2 + 1) (even k), k! / (k−1)!! (odd k)
            double half = Math.floor(k / 2.0);
            if (k % 2 == 0) return half * Math.log(2) + Gamma.logGamma(half + 1);
            return Gamma.logGamma(k + 1.0) - (half * Math.log(2) + Gamma.logGamma(half + 1));
        }
        double s = 0;
        for (int j = k; j > 1; j -= 2) s += Math.log(j);
        return s;
    }

    /**
     * The error-free capacity of a polynomial DAM of degree n ≥ 2: N^{n−1} / (2 (2n−3)!! ln N), N ≥ 2,
     * computed from {@link #logPolynomial} so that large n and N do not give ∞/∞; an
     * ArithmeticException when the capacity itself exceeds the double range.
     */
    public static double polynomial(int degree, int n) {
        double log = logPolynomial(degree, n);
        double direct = Math.pow(n, degree - 1) / (2 * product(2 * degree - 3) * Math.log(n));
        if (Double.isFinite(direct) && direct > 0) return direct;                      // the closed form as written, where it is representable
        double k = Math.exp(log);
        if (Double.isInfinite(k)) {
            throw new ArithmeticException("the capacity N^(n−1)/(2(2n−3)!! ln N) for n = " + degree + ", N = " + n + " is e^" + log
                    + ", beyond the double range; use logPolynomial");
        }
        return k;
    }

    /** ln of {@link #polynomial}: (n − 1) ln N − ln 2 − ln (2n−3)!! − ln ln N, finite for every n ≥ 2, N ≥ 2. */
    public static double logPolynomial(int degree, int n) {
        Checks.count("degree n", degree, 2);
        Checks.count("features N", n, 2);
        if (degree > (Integer.MAX_VALUE + 3L) / 2) throw new IllegalArgumentException("degree n = " + degree + " is too large: 2n − 3 overflows an int");
        return (degree - 1) * Math.log(n) - Math.log(2) - logDoubleFactorial(2 * degree - 3) - Math.log(Math.log(n));
    }

    /**
     * The degree n of a model's interaction function when it is a Model A (M8) with F(x) = c·xⁿ, n ≥ 2
     * (classical F = x²/2: 2; F = x³: 3), else 0 (exponential or rectified F, Models B and C: no
     * polynomial formula).
     */
    public static int degree(AssociativeMemory model) {
        if (model == null) throw new IllegalArgumentException("model is null");
        return model instanceof DenseAssociativeMemory dam ? degree(dam.interaction()) : 0;
    }

    /**
     * n when F is the power xⁿ with n ≥ 2 or the classical x²/2 (n = 2), else 0: read from F's type
     * (rectified, exponential and user-defined F have no polynomial formula).
     */
    public static int degree(ScalarFunction f) {
        if (f == null) throw new IllegalArgumentException("interaction function F is null");
        return f.polynomialDegree().orElse(0);
    }

    /**
     * The largest K of a {@link Capacity.Curve} such that the model's exact-retrieval fraction is at
     * least {@code threshold} at K and at every smaller K tested; 0 if it fails already at the smallest K.
     */
    public static int measured(Capacity.Curve curve, double threshold) {
        if (curve == null) throw new IllegalArgumentException("capacity curve is null");
        Checks.fraction("threshold", threshold);
        int best = 0;
        for (Capacity.Point p : curve.byK()) {
            if (p.exact() < threshold) break;
            best = p.k();
        }
        return best;
    }

    /**
     * The measured capacity of every curve of the given {@link Capacity} runs (e.g. one per N_f): one row
     * per (run, model) in order with model, degree n, N_f and the measured K at {@code threshold}, for
     * K_max against N_f on log–log axes (slope n − 1 for F = xⁿ, DAM 2016; {@link Fits#logLogSlope}).
     */
    public static Table scaling(List<Capacity.Result> runs, double threshold) {
        if (runs == null || runs.isEmpty()) throw new IllegalArgumentException("no capacity run given");
        Checks.fraction("threshold", threshold);
        StringColumn model = StringColumn.create(Columns.MODEL);
        IntColumn degree = IntColumn.create(Columns.DEGREE), features = IntColumn.create(Columns.N_F),
                measured = IntColumn.create(measuredColumn(threshold));
        for (Capacity.Result run : runs) {
            if (run == null) throw new IllegalArgumentException("a capacity run is null");
            for (Capacity.Curve c : run.curves()) {
                model.append(c.model());
                degree.append(c.degree());
                features.append(c.features());
                measured.append(measured(c, threshold));
            }
        }
        return Table.create("capacity against N_f", model, degree, features, measured);
    }

    /**
     * One row per model of a {@link Capacity} run, in the order given: model, degree n (0 when there is
     * no polynomial formula), N_f, the measured capacity K at {@code threshold} ({@link #measured}), the
     * largest K tested, the formula N^{n−1}/(2(2n−3)!! ln N) (missing without one) and measured / formula.
     */
    public static Table compare(Capacity.Result run, double threshold) {
        if (run == null) throw new IllegalArgumentException("capacity run is null");
        Checks.fraction("threshold", threshold);
        StringColumn model = StringColumn.create(Columns.MODEL);
        IntColumn degree = IntColumn.create(Columns.DEGREE), features = IntColumn.create(Columns.N_F),
                measured = IntColumn.create(measuredColumn(threshold)), tested = IntColumn.create("largest K tested");
        DoubleColumn formula = DoubleColumn.create("N^(n-1)/(2(2n-3)!! ln N)"), ratio = DoubleColumn.create("measured / formula");
        for (Capacity.Curve c : run.curves()) {
            int d = c.degree(), n = c.features(), k = measured(c, threshold);
            double f = d >= 2 ? polynomial(d, n) : Double.NaN;
            model.append(c.model());
            degree.append(d);
            features.append(n);
            measured.append(k);
            tested.append(c.largestK());
            formula.append(f);
            ratio.append(d >= 2 ? k / f : Double.NaN);
        }
        return Table.create("capacity: measured versus formula", model, degree, features, measured, tested, formula, ratio);
    }

    private static String measuredColumn(double threshold) {
        return String.format(Locale.ROOT, "measured K (exact ≥ %.2f)", threshold);
    }
}
