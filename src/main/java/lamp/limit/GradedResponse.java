package lamp.limit;

import java.util.function.DoubleUnaryOperator;
import lamp.base.Numbers;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.ScalarFunction;
import lamp.base.Checks;

/**
 * A neuron with graded response, as in Hopfield's 1984 network: its output V = g(v) is a monotone
 * function of its internal state v, with an inverse g⁻¹ on the range of g. What the 1984 energy
 * (KH2020 Appendix B, its (25)) needs of it is the integral ∫₀^V g⁻¹(z) dz; what Model A needs is the
 * feature Lagrangian L_v = Σ_i ∫^{v_i} g(x) dx (its (26); THEORY.md §3, the continuous Hopfield
 * network).
 *
 * <p>The two meet through integration by parts: for every v,
 * v·g(v) − L(v) − ∫₀^{g(v)} g⁻¹(z) dz = −L(0) − ∫₀^{g(0)} g⁻¹(z) dz, a constant
 * ({@link #energyOffset()}), which is 0 for tanh and the logistic sigmoid with their catalogue
 * Lagrangians. This class computes the integral on its own (closed form, or quadrature of g⁻¹), never
 * through L, so that the identity is something a test can check.
 */
public final class GradedResponse {
    private final String name;
    private final DoubleUnaryOperator output, gain, inverse, inverseIntegral;
    private final double low, high;
    private final Lagrangian featureLagrangian;

    private GradedResponse(String name, DoubleUnaryOperator output, DoubleUnaryOperator gain, DoubleUnaryOperator inverse,
                           DoubleUnaryOperator inverseIntegral, double low, double high, Lagrangian featureLagrangian) {
        this.name = name;
        this.output = output;
        this.gain = gain;
        this.inverse = inverse;
        this.inverseIntegral = inverseIntegral;
        this.low = low;
        this.high = high;
        this.featureLagrangian = featureLagrangian;
    }

    /**
     * g(v) = tanh(βv), range (−1, 1): g⁻¹(V) = artanh(V)/β and
     * ∫₀^V g⁻¹ = [V artanh V + ½ ln(1 − V²)]/β (THEORY.md check 13); L_v = Σ log cosh(βv)/β
     * ({@link Lagrangians#tanh}).
     */
    public static GradedResponse tanh(double beta) {
        Checks.positive("β", beta);
        return new GradedResponse("tanh(β=" + Numbers.plain(beta) + ")",
                v -> Math.tanh(beta * v),
                v -> { double t = Math.tanh(beta * v); return beta * (1 - t * t); },
                z -> artanh(z) / beta,
                // V artanh V + ½ ln(1 − V²) = ½[(1 + V) ln(1 + V) + (1 − V) ln(1 − V)], finite (ln 2) at V = ±1
                z -> 0.5 * (xLogX(1 + z) + xLogX(1 - z)) / beta,
                -1, 1, Lagrangians.tanh(beta));
    }

    /**
     * g(v) = 1/(1 + e^{−βv}), range (0, 1): g⁻¹(V) = ln(V/(1 − V))/β and
     * ∫₀^V g⁻¹ = [V ln V + (1 − V) ln(1 − V)]/β; L_v = Σ log(1 + e^{βv})/β ({@link Lagrangians#sigmoid}).
     * g(0) = ½ ≠ 0, yet the offset is 0: −L(0) = −ln 2/β and −∫₀^{½} g⁻¹ = +ln 2/β.
     */
    public static GradedResponse sigmoid(double beta) {
        Checks.positive("β", beta);
        return new GradedResponse("sigmoid(β=" + Numbers.plain(beta) + ")",
                v -> logistic(beta * v),
                v -> { double s = logistic(beta * v); return beta * s * (1 - s); },
                z -> (Math.log(z) - Math.log1p(-z)) / beta,
                z -> (xLogX(z) + xLogX(1 - z)) / beta,
                0, 1, Lagrangians.sigmoid(beta));
    }

    /**
     * Any monotone increasing g, given by its Lagrangian L (value ∫g, derivative g, second derivative
     * g'), its inverse on the open range (low, high), and ∫₀^V g⁻¹(z) dz in closed form. 0 must lie in
     * [low, high] (the lower limit of Hopfield's integral).
     */
    public static GradedResponse of(String name, ScalarFunction lagrangian, DoubleUnaryOperator inverse,
                                    double low, double high, DoubleUnaryOperator inverseIntegral) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("graded response needs a name");
        if (lagrangian == null) throw new IllegalArgumentException("graded response '" + name + "': Lagrangian is null");
        if (inverse == null) throw new IllegalArgumentException("graded response '" + name + "': inverse g⁻¹ is null");
        if (inverseIntegral == null) {
            throw new IllegalArgumentException("graded response '" + name + "': ∫₀^V g⁻¹ is null (use the overload without it for quadrature)");
        }
        if (!(low < high) || Double.isNaN(low) || Double.isNaN(high)) {
            throw new IllegalArgumentException("graded response '" + name + "': range (" + low + ", " + high + ") is empty");
        }
        if (!(low <= 0 && 0 <= high)) {
            throw new IllegalArgumentException("graded response '" + name + "': range (" + low + ", " + high
                    + ") must contain 0 or have it as an end, the lower limit of ∫₀^V g⁻¹");
        }
        return new GradedResponse(name, lagrangian::derivative, lagrangian::secondDerivative, inverse, inverseIntegral,
                low, high, Lagrangians.additive(name, lagrangian));
    }

    /**
     * {@link #of(String, ScalarFunction, DoubleUnaryOperator, double, double, DoubleUnaryOperator)} with
     * ∫₀^V g⁻¹(z) dz by tanh–sinh quadrature of g⁻¹ (about 1e-13 relative; integrable end-point
     * singularities such as artanh's at ±1 are fine).
     */
    public static GradedResponse of(String name, ScalarFunction lagrangian, DoubleUnaryOperator inverse,
                                    double low, double high) {
        if (inverse == null) throw new IllegalArgumentException("graded response '" + name + "': inverse g⁻¹ is null");
        return of(name, lagrangian, inverse, low, high, z -> TanhSinh.integrate(inverse, 0, z));
    }

    /** The name, e.g. {@code "tanh(β=1)"}. */
    public String name() { return name; }

    /** V = g(v). */
    public double output(double v) { return output.applyAsDouble(v); }

    /** g'(v) ≥ 0 for a monotone response: the Hessian of L_v, diagonal. */
    public double gain(double v) { return gain.applyAsDouble(v); }

    /** g⁻¹(V), for V strictly inside the range of g. */
    public double inverse(double outputValue) {
        if (!(outputValue > low && outputValue < high)) {
            throw new IllegalArgumentException(name + ": g⁻¹ is defined on (" + Numbers.plain(low) + ", " + Numbers.plain(high) + "), got " + outputValue);
        }
        return inverse.applyAsDouble(outputValue);
    }

    /** ∫₀^V g⁻¹(z) dz, the neuron's term of Hopfield's 1984 energy; V in the closed range of g. */
    public double inverseIntegral(double outputValue) {
        if (!(outputValue >= low && outputValue <= high)) {
            throw new IllegalArgumentException(name + ": ∫₀^V g⁻¹ needs V in [" + Numbers.plain(low) + ", " + Numbers.plain(high) + "], got " + outputValue);
        }
        return inverseIntegral.applyAsDouble(outputValue);
    }

    /** Lower end of the range of g. */
    public double low() { return low; }

    /** Upper end of the range of g. */
    public double high() { return high; }

    /** L_v(v) = Σ_i ∫^{v_i} g(x) dx, the feature Lagrangian of Model A (KH2020 (26)). */
    public Lagrangian featureLagrangian() { return featureLagrangian; }

    /**
     * Per neuron, the constant v g(v) − L(v) − ∫₀^{g(v)} g⁻¹(z) dz = −L(0) − ∫₀^{g(0)} g⁻¹(z) dz:
     * what the effective energy (28) exceeds Hopfield's (25) by, per feature neuron.
     */
    public double energyOffset() {
        return -featureLagrangian.value(new double[] {0}) - inverseIntegral(output(0));
    }

    @Override public String toString() { return "g = " + name; }

    private static double artanh(double z) {
        return 0.5 * (Math.log1p(z) - Math.log1p(-z));
    }

    /** x ln x with 0 ln 0 = 0. */
    private static double xLogX(double x) {
        return x == 0 ? 0 : x * Math.log(x);
    }

    private static double logistic(double y) {
        if (y >= 0) return 1 / (1 + Math.exp(-y));
        double e = Math.exp(y);
        return e / (1 + e);
    }

    /**
     * Tanh–sinh (double-exponential) quadrature on [a, b]: x = c + d·tanh(½π sinh t). The nodes
     * crowd the ends doubly exponentially, so integrable end-point singularities (log-like) converge
     * as fast as smooth integrands. Halves the step until two levels agree to 1e-13 relative.
     */
    static final class TanhSinh {
        private static final double T_MAX = 4.0;
        private static final int MAX_LEVEL = 10;

        private TanhSinh() {}

        static double integrate(DoubleUnaryOperator f, double a, double b) {
            if (!Double.isFinite(a) || !Double.isFinite(b)) throw new IllegalArgumentException("quadrature bounds must be finite: [" + a + ", " + b + "]");
            if (a == b) return 0;
            double c = 0.5 * (a + b), d = 0.5 * (b - a);
            double h = 1.0;
            double sum = weighted(f, c, d, 0);                  // t = 0
            for (int k = 1; k * h <= T_MAX; k++) sum += pair(f, c, d, k * h);
            double estimate = sum * h;
            for (int level = 1; level <= MAX_LEVEL; level++) {
                h *= 0.5;
                for (int k = 1; k * h <= T_MAX; k += 2) sum += pair(f, c, d, k * h);   // the new odd nodes
                double next = sum * h;
                if (Math.abs(next - estimate) <= 1e-13 * Math.abs(next) + 1e-300) return next;
                estimate = next;
            }
            return estimate;
        }

        /** f at the nodes ±t, with their weights. */
        private static double pair(DoubleUnaryOperator f, double c, double d, double t) {
            return weighted(f, c, d, t) + weighted(f, c, d, -t);
        }

        private static double weighted(DoubleUnaryOperator f, double c, double d, double t) {
            double u = 0.5 * Math.PI * Math.sinh(t);
            double cosh = Math.cosh(u);
            double w = d * 0.5 * Math.PI * Math.cosh(t) / (cosh * cosh);
            if (w == 0) return 0;
            // the distance to the nearer end, 1 − tanh|u| = 2/(e^{2|u|} + 1), without cancellation
            double gap = 2 / (Math.exp(2 * Math.abs(u)) + 1);
            double x = u >= 0 ? c + d - d * gap : c - d + d * gap;
            if (x == c + d || x == c - d) return 0;             // the node rounds onto an end: its weight is negligible
            return w * f.applyAsDouble(x);
        }
    }
}
