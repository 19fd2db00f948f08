package lamp.lagrangian;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.DoubleUnaryOperator;
import lamp.base.Numbers;
import lamp.base.Checks;

/**
 * A scalar function F with its first two derivatives: the building block of additive Lagrangians
 * L = Σ F(x_i) and the interaction function F of Dense Associative Memory (THEORY.md §3, M8–M9).
 *
 * <p>A closed family of types: the catalogue functions {@link Quadratic} (x²/2), {@link Power}
 * (xⁿ), {@link RectifiedPower} ((x)₊ⁿ) and {@link Exponential} (e^{βx}) carry their parameters as
 * values, so code that can do better for one of them (the DAM sweep evaluates them inline and
 * compares their sums in scaled form) asks for the type, never for the name; any other F is a
 * {@link General} made from lambdas.
 */
public sealed interface ScalarFunction {

    /** The largest order n accepted for {@link Power} and {@link RectifiedPower}. */
    int MAX_ORDER = 10_000;

    /** A display name, e.g. {@code "x^3"}; never parsed back. */
    String name();

    /** F(x). */
    double value(double x);

    /** F'(x). */
    double derivative(double x);

    /** F''(x). */
    double secondDerivative(double x);

    /** Whether F'' ≥ 0 everywhere (declared for {@link General}). */
    boolean isConvex();

    /**
     * The degree n of homogeneity, F(cx) = cⁿF(x) for c &gt; 0: 2 for x²/2, n for xⁿ and (x)₊ⁿ;
     * empty for e^{βx} and user-defined F.
     */
    default OptionalDouble degree() {
        return OptionalDouble.empty();
    }

    /**
     * n when F is the polynomial c·xⁿ with a whole n ≥ 2 (x²/2: 2, xⁿ: n), the F of DAM 2016's capacity
     * formula N^{n−1}/(2(2n−3)!! ln N); empty otherwise (rectified, exponential, user-defined, x¹).
     */
    default OptionalInt polynomialDegree() {
        return OptionalInt.empty();
    }

    /**
     * Σ_j F(x_j) in overflow-safe form: {log c, S} with the sum = c·S and no term of S beyond the
     * double range where F's own values would be: for e^{βx}, c = e^{β max x} (the largest argument
     * shifted out, as log-sum-exp does); for x²/2, xⁿ and (x)₊ⁿ, c = Mⁿ with M = max |x_j| (F(x) =
     * Mⁿ F(x/M)); for any other F, c = 1 (log c = 0) and S the plain sum. An empty or all-zero input
     * of a homogeneous F gives {−∞, 0}.
     */
    default double[] scaledSum(double[] x) {
        if (x == null) throw new IllegalArgumentException("arguments of F are null");
        if (this instanceof Exponential e) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : x) max = Math.max(max, e.beta() * v);
            if (max == Double.NEGATIVE_INFINITY) return new double[] {max, 0};
            double sum = 0;
            for (double v : x) sum += Math.exp(e.beta() * v - max);
            return new double[] {max, sum};
        }
        OptionalDouble n = degree();
        if (n.isPresent()) {
            double max = 0;
            for (double v : x) max = Math.max(max, Math.abs(v));
            if (max == 0) return new double[] {Double.NEGATIVE_INFINITY, 0};
            double sum = 0;
            for (double v : x) sum += value(v / max);
            return new double[] {n.getAsDouble() * Math.log(max), sum};
        }
        double sum = 0;
        for (double v : x) sum += value(v);
        return new double[] {0, sum};
    }

    /** F(x) = x²/2: the classical Hopfield network (THEORY.md §3, Model A). */
    static ScalarFunction quadratic() {
        return new Quadratic();
    }

    /** F(x) = xⁿ, integer 1 ≤ n ≤ {@value #MAX_ORDER}: polynomial DAM (not convex for odd n ≥ 3). */
    static ScalarFunction power(int n) {
        return new Power(n);
    }

    /** F(x) = (x)₊ⁿ, real 1 ≤ n ≤ {@value #MAX_ORDER}: rectified polynomial DAM. */
    static ScalarFunction rectifiedPower(double n) {
        return new RectifiedPower(n);
    }

    /** F(x) = e^{βx}, β &gt; 0: exponential DAM (Demircigil et al.). */
    static ScalarFunction exponential(double beta) {
        return new Exponential(beta);
    }

    /**
     * A user-defined F; {@code convex} declares whether F'' ≥ 0 everywhere (used for reports, and
     * checked numerically by {@link Lagrangian#minHessianEigenvalue}).
     */
    static ScalarFunction of(String name, DoubleUnaryOperator value, DoubleUnaryOperator first,
                             DoubleUnaryOperator second, boolean convex) {
        return new General(name, value, first, second, convex);
    }

    /** F(x) = x²/2. */
    record Quadratic() implements ScalarFunction {
        @Override public String name() { return "x²/2"; }
        @Override public OptionalDouble degree() { return OptionalDouble.of(2); }
        @Override public OptionalInt polynomialDegree() { return OptionalInt.of(2); }
        @Override public double value(double x) { return 0.5 * x * x; }
        @Override public double derivative(double x) { return x; }
        @Override public double secondDerivative(double x) { return 1; }
        @Override public boolean isConvex() { return true; }
        @Override public String toString() { return "F(x) = " + name(); }
    }

    /** F(x) = xⁿ for an integer order 1 ≤ n ≤ {@value #MAX_ORDER}. */
    record Power(int n) implements ScalarFunction {
        /** Checks the order. */
        public Power {
            if (n < 1 || n > MAX_ORDER) {
                throw new IllegalArgumentException("power n must be a whole number from 1 to " + MAX_ORDER + ", got " + n);
            }
        }

        @Override public String name() { return "x^" + n; }
        @Override public OptionalDouble degree() { return OptionalDouble.of(n); }
        @Override public OptionalInt polynomialDegree() { return n >= 2 ? OptionalInt.of(n) : OptionalInt.empty(); }
        @Override public double value(double x) { return pow(x, n); }
        @Override public double derivative(double x) { return n * pow(x, n - 1); }
        @Override public double secondDerivative(double x) { return n == 1 ? 0 : (double) n * (n - 1) * pow(x, n - 2); }
        /** x is linear and even powers are convex; odd n ≥ 3 bend down on x &lt; 0. */
        @Override public boolean isConvex() { return n % 2 == 0 || n == 1; }
        @Override public String toString() { return "F(x) = " + name(); }

        /**
         * xⁿ for integer n ≥ 0: repeated multiplication up to n = 64 (exact for the integer overlaps
         * of ±1 patterns while they fit in 53 bits), {@link Math#pow} beyond.
         */
        public static double pow(double x, int n) {
            if (n > 64) return Math.pow(x, n);
            double r = 1;
            for (int k = 0; k < n; k++) r *= x;
            return r;
        }
    }

    /**
     * F(x) = (x)₊ⁿ for a real order 1 ≤ n ≤ {@value #MAX_ORDER}: zero, with zero derivatives, for
     * x ≤ 0 (no 0⁰ = 1 at the kink).
     */
    record RectifiedPower(double n) implements ScalarFunction {
        /** Checks the order. */
        public RectifiedPower {
            Checks.atLeast("power n", n, 1);
            if (n > MAX_ORDER) throw new IllegalArgumentException("power n must lie in [1, " + MAX_ORDER + "], got " + n);
        }

        @Override public String name() { return "(x)₊^" + Numbers.plain(n); }
        @Override public OptionalDouble degree() { return OptionalDouble.of(n); }
        @Override public double value(double x) { return x > 0 ? rpow(x, n) : 0; }
        @Override public double derivative(double x) { return x > 0 ? n * rpow(x, n - 1) : 0; }
        @Override public double secondDerivative(double x) { return x > 0 && n != 1 ? n * (n - 1) * rpow(x, n - 2) : 0; }
        @Override public boolean isConvex() { return true; }
        @Override public String toString() { return "F(x) = " + name(); }

        /** xⁿ for x &gt; 0: {@link Power#pow} for a whole n below 16, {@link Math#pow} otherwise. */
        public static double rpow(double x, double n) {
            if (x < 0) throw new IllegalArgumentException("rpow(x, n) is xⁿ for x ≥ 0 (the rectified side), got x = " + x);
            return n == Math.rint(n) && n >= 0 && n < 16 ? Power.pow(x, (int) n) : Math.pow(x, n);
        }
    }

    /** F(x) = e^{βx} with a finite β &gt; 0. */
    record Exponential(double beta) implements ScalarFunction {
        /** Checks β. */
        public Exponential {
            Checks.positive("β", beta);
        }

        @Override public String name() { return "exp(" + Numbers.plain(beta) + "x)"; }
        @Override public double value(double x) { return Math.exp(beta * x); }
        @Override public double derivative(double x) { return beta * Math.exp(beta * x); }
        @Override public double secondDerivative(double x) { return beta * beta * Math.exp(beta * x); }
        @Override public boolean isConvex() { return true; }
        @Override public String toString() { return "F(x) = " + name(); }
    }

    /** Any other F, given as lambdas for F, F' and F''; {@code convex} as declared by its author. */
    record General(String name, DoubleUnaryOperator function, DoubleUnaryOperator firstDerivative,
                   DoubleUnaryOperator secondDerivativeFunction, boolean convex) implements ScalarFunction {
        /** Checks that every part is there. */
        public General {
            if (name == null) throw new IllegalArgumentException("the name of F is null");
            if (function == null || firstDerivative == null || secondDerivativeFunction == null) {
                throw new IllegalArgumentException("F '" + name + "' needs F, F' and F'' (one of them is null)");
            }
        }

        @Override public double value(double x) { return function.applyAsDouble(x); }
        @Override public double derivative(double x) { return firstDerivative.applyAsDouble(x); }
        @Override public double secondDerivative(double x) { return secondDerivativeFunction.applyAsDouble(x); }
        @Override public boolean isConvex() { return convex; }
        @Override public String toString() { return "F(x) = " + name; }
    }
}
