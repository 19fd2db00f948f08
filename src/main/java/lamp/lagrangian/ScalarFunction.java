package lamp.lagrangian;

import java.util.function.DoubleUnaryOperator;
import lamp.linalg.Checks;

/**
 * A scalar function F with its first two derivatives: the building block of additive Lagrangians
 * L = Σ F(x_i) and the interaction function F of Dense Associative Memory (MATH.md §3, M8–M9).
 */
public final class ScalarFunction {
    private final String name;
    private final DoubleUnaryOperator value, first, second;
    private final boolean convex;
    private final boolean exponential;

    private ScalarFunction(String name, DoubleUnaryOperator value, DoubleUnaryOperator first,
                           DoubleUnaryOperator second, boolean convex, boolean exponential) {
        this.name = name;
        this.value = value;
        this.first = first;
        this.second = second;
        this.convex = convex;
        this.exponential = exponential;
    }

    /**
     * A user-defined F; {@code convex} declares whether F'' ≥ 0 everywhere (used for reports, and
     * checked numerically by {@link Lagrangian#minHessianEigenvalue}).
     */
    public static ScalarFunction of(String name, DoubleUnaryOperator value, DoubleUnaryOperator first,
                                    DoubleUnaryOperator second, boolean convex) {
        return new ScalarFunction(name, value, first, second, convex, false);
    }

    /** F(x) = x²/2: the classical Hopfield network (MATH.md §3, Model A). */
    public static ScalarFunction quadratic() {
        return new ScalarFunction("x²/2", x -> 0.5 * x * x, x -> x, x -> 1, true, false);
    }

    /** F(x) = xⁿ, integer n ≥ 1: polynomial DAM (not convex for odd n on x &lt; 0). */
    public static ScalarFunction power(int n) {
        Checks.count("power n", n, 1);
        return new ScalarFunction("x^" + n,
                x -> ipow(x, n),
                x -> n * ipow(x, n - 1),
                x -> n == 1 ? 0 : n * (n - 1) * ipow(x, n - 2),
                n % 2 == 0 || n == 1, false);
    }

    /**
     * F(x) = (x)₊ⁿ, real n ≥ 1: rectified polynomial DAM. Zero, with zero derivatives, for x ≤ 0
     * (no 0⁰ = 1 at the kink).
     */
    public static ScalarFunction rectifiedPower(double n) {
        Checks.atLeast("power n", n, 1);
        return new ScalarFunction("(x)₊^" + fmt(n),
                x -> x > 0 ? rpow(x, n) : 0,
                x -> x > 0 ? n * rpow(x, n - 1) : 0,
                x -> x > 0 && n != 1 ? n * (n - 1) * rpow(x, n - 2) : 0,
                true, false);
    }

    /** F(x) = e^{βx}: exponential DAM (Demircigil et al.), β &gt; 0. */
    public static ScalarFunction exponential(double beta) {
        Checks.positive("β", beta);
        return new ScalarFunction("exp(" + fmt(beta) + "x)",
                x -> Math.exp(beta * x), x -> beta * Math.exp(beta * x), x -> beta * beta * Math.exp(beta * x),
                true, true);
    }

    /** The name, e.g. {@code "x^3"}. */
    public String name() { return name; }

    /** F(x). */
    public double value(double x) { return value.applyAsDouble(x); }

    /** F'(x). */
    public double derivative(double x) { return first.applyAsDouble(x); }

    /** F''(x). */
    public double secondDerivative(double x) { return second.applyAsDouble(x); }

    /** Whether F'' ≥ 0 everywhere, as declared. */
    public boolean isConvex() { return convex; }

    /**
     * True for F = e^{βx}, whose sums the binary DAM compares in the log domain so that overlaps
     * of hundreds do not overflow.
     */
    public boolean isExponential() { return exponential; }

    /** The exponent's scale β when {@link #isExponential()} (F = e^{βx}); NaN otherwise. */
    public double exponentialRate() { return exponential ? derivative(0) : Double.NaN; }

    @Override
    public String toString() { return "F(x) = " + name; }

    static double ipow(double x, int n) {
        double r = 1;
        for (int k = 0; k < n; k++) r *= x;
        return r;
    }

    private static double rpow(double x, double n) {
        return n == Math.rint(n) && n >= 0 && n < 16 ? ipow(x, (int) n) : Math.pow(x, n);
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
