package lamp.lagrangian;

import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lamp.base.Numbers;
import lamp.base.Checks;

/**
 * The catalogue of THEORY.md §4, each Lagrangian with its activation beside it. Every entry is convex
 * except {@link #negativeLogCosh}, kept to show why convexity matters (§5 check 3).
 */
public final class Lagrangians {
    private Lagrangians() {}

    /** L = ½Σx²; activation x (linear neurons). */
    public static Lagrangian identity() {
        return Additive.catalogue("identity", ScalarFunction.of("x²/2", x -> 0.5 * x * x, x -> x, x -> 1, true));
    }

    /** L = Σ(x)₊ⁿ/n; activation (x)₊ⁿ⁻¹ (n = 2: ReLU); n ≥ 1. */
    public static Lagrangian rectifiedPower(double n) {
        Checks.atLeast("power n", n, 1);
        ScalarFunction p = ScalarFunction.rectifiedPower(n);
        return Additive.catalogue("rectifiedPower(" + Numbers.plain(n) + ")", ScalarFunction.of(
                "(x)₊^" + Numbers.plain(n) + "/" + Numbers.plain(n),
                x -> p.value(x) / n, x -> p.derivative(x) / n, x -> p.secondDerivative(x) / n, true));
    }

    /** L = Σe^{βx}/β; activation e^{βx}. */
    public static Lagrangian exponential(double beta) {
        Checks.positive("β", beta);
        return Additive.catalogue("exponential(β=" + Numbers.plain(beta) + ")", ScalarFunction.of("e^{βx}/β",
                x -> Math.exp(beta * x) / beta, x -> Math.exp(beta * x), x -> beta * Math.exp(beta * x), true));
    }

    /** L = Σ log cosh(βx)/β; activation tanh(βx). */
    public static Lagrangian tanh(double beta) {
        Checks.positive("β", beta);
        return Additive.catalogue("tanh(β=" + Numbers.plain(beta) + ")", ScalarFunction.of("log cosh(βx)/β",
                x -> logCosh(beta * x) / beta, x -> Math.tanh(beta * x),
                x -> { double t = Math.tanh(beta * x); return beta * (1 - t * t); }, true));
    }

    /** L = Σ log(1 + e^{βx})/β; activation σ(βx), the logistic sigmoid. */
    public static Lagrangian sigmoid(double beta) {
        Checks.positive("β", beta);
        return Additive.catalogue("sigmoid(β=" + Numbers.plain(beta) + ")", ScalarFunction.of("log(1+e^{βx})/β",
                x -> softplus(beta * x) / beta, x -> logistic(beta * x),
                x -> { double s = logistic(beta * x); return beta * s * (1 - s); }, true));
    }

    /** L = Σ|x|; activation sign(x) (sharp, binary neurons); Hessian 0 away from 0. */
    public static Lagrangian sign() {
        return Additive.catalogue("sign", ScalarFunction.of("|x|", Math::abs, Math::signum, x -> 0, true));
    }

    /** L = (1/β) log Σ e^{βx}; activation softmax(βx). */
    public static Lagrangian logSumExp(double beta) {
        return new LogSumExp(beta);
    }

    /** L = ‖x‖; activation x/‖x‖. */
    public static Lagrangian spherical() {
        return new Spherical();
    }

    /** L = γ√N‖x − x̄‖ + δΣx; activation layer normalisation. */
    public static Lagrangian layerNorm(double gamma, double delta) {
        return new LayerNorm(gamma, delta);
    }

    /**
     * L = Σ F(x_i) for a user's scalar F. F' (the activation) is checked against the central
     * difference of F and F'' against that of F' at a few points in [−2, 2]: a disagreement is
     * refused with an IllegalArgumentException saying "activation is not the gradient of L" (or
     * "the Hessian is not the derivative of the activation") and where.
     */
    public static Lagrangian additive(String name, ScalarFunction f) {
        return new Additive(name, f);
    }

    /**
     * A user's Lagrangian of the whole layer from its value L(x) and its activation ∂L/∂x (M1), for
     * layers of any size; {@code convex} declares whether L is convex (reported by
     * {@link Lagrangian#isConvex()}; wherever a simulation looks, the Hessian is checked numerically
     * anyway). The activation is checked against the central difference of L when it is built, on two
     * small layers; a disagreement is refused with an IllegalArgumentException saying "activation is
     * not the gradient of L" and where. Hessian–vector products are central differences of the
     * activation (relative accuracy about 1e-9 for a smooth L).
     */
    public static Lagrangian custom(String name, ToDoubleFunction<double[]> value, UnaryOperator<double[]> activation, boolean convex) {
        return new Custom(name, value, activation, convex);
    }

    /**
     * L = −Σ log cosh(βx)/β: NOT convex (Hessian −β(1 − tanh²) &lt; 0). For demonstrations that the
     * energy can rise (THEORY.md §5 check 3); {@link #isConvex()} reports false.
     */
    public static Lagrangian negativeLogCosh(double beta) {
        Checks.positive("β", beta);
        return Additive.catalogue("negativeLogCosh(β=" + Numbers.plain(beta) + ")", ScalarFunction.of("−log cosh(βx)/β",
                x -> -logCosh(beta * x) / beta, x -> -Math.tanh(beta * x),
                x -> { double t = Math.tanh(beta * x); return -beta * (1 - t * t); }, false));
    }

    /**
     * A catalogue entry by name, with parameters in parentheses: {@code identity}, {@code sign},
     * {@code spherical}, {@code rectifiedPower(3)}, {@code exponential(1)}, {@code tanh(2)},
     * {@code sigmoid(1)}, {@code logSumExp(10)}, {@code layerNorm(1, 0)}, {@code negativeLogCosh(1)}.
     * Every entry's {@link Lagrangian#name()} reads back (e.g. {@code tanh(β=2)}). Read by {@link ParameterizedName}.
     */
    public static Lagrangian byName(String name) {
        ParameterizedName s = ParameterizedName.parse(name, "Lagrangian", KNOWN);
        switch (s.key()) {
            case "identity": s.takes(0); return identity();
            case "sign": s.takes(0); return sign();
            case "spherical": s.takes(0); return spherical();
            case "rectifiedpower": return rectifiedPower(s.takes(1).arg(0));
            case "exponential": return exponential(s.takes(1).arg(0));
            case "tanh": return tanh(s.takes(1).arg(0));
            case "sigmoid": return sigmoid(s.takes(1).arg(0));
            case "logsumexp": return logSumExp(s.takes(1).arg(0));
            case "layernorm": return layerNorm(s.takes(2).arg(0), s.arg(1));
            case "negativelogcosh": return negativeLogCosh(s.takes(1).arg(0));
            default: throw s.unknown();
        }
    }

    /** The names {@link #byName} understands, for messages and menus. */
    public static final String KNOWN = "identity, sign, spherical, rectifiedPower(n), exponential(β), "
            + "tanh(β), sigmoid(β), logSumExp(β), layerNorm(γ, δ), negativeLogCosh(β)";

    /**
     * log cosh(y), without overflow (|y| + log1p(e^{−2|y|}) − ln 2 for |y| ≥ 1) and without
     * cancellation near 0 (log1p(2 sinh²(y/2)) for |y| &lt; 1).
     */
    static double logCosh(double y) {
        double a = Math.abs(y);
        if (a < 1) {
            double s = Math.sinh(a / 2);
            return Math.log1p(2 * s * s);
        }
        return a + Math.log1p(Math.exp(-2 * a)) - Math.log(2);
    }

    /** log(1 + e^y), without overflow. */
    static double softplus(double y) {
        return Math.max(y, 0) + Math.log1p(Math.exp(-Math.abs(y)));
    }

    /** 1/(1 + e^{−y}), without overflow. */
    static double logistic(double y) {
        if (y >= 0) return 1 / (1 + Math.exp(-y));
        double e = Math.exp(y);
        return e / (1 + e);
    }
}
