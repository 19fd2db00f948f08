package lamp.lagrangian;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;
import lamp.base.Numbers;
import lamp.linalg.BlockActivation;
import lamp.base.Checks;

/**
 * An additive Lagrangian L(x) = Σ_i F(x_i): each neuron has its own activation F'(x_i) and the
 * Hessian is diagonal, diag F''(x_i) (THEORY.md §4). Model A's hidden layer is of this kind (§3).
 *
 * <p>Built from a user's F (the public constructor, {@link Lagrangians#additive}), F' is checked
 * against the central difference of F and F'' against that of F' at a few points, so a
 * Lagrangian whose activation is not its gradient (M1) is refused when it is built.
 */
public final class Additive implements Lagrangian {
    /** Where a user's F is checked: spread over [−2, 2], clear of 0 and ±1 where functions often have kinks. */
    static final double[] CHECK_POINTS = {-1.7, -0.9, -0.35, 0.3, 0.8, 1.3, 1.9};

    private final String name;
    private final ScalarFunction f;
    private final BlockActivation block;

    /**
     * L = Σ F(x_i), named {@code name}; F' and F'' are checked against central differences of F and
     * F' (an IllegalArgumentException names the first disagreement).
     */
    public Additive(String name, ScalarFunction f) {
        this(name, f, true);
    }

    private Additive(String name, ScalarFunction f, boolean check) {
        if (name == null) throw new IllegalArgumentException("Lagrangian name is null");
        if (f == null) throw new IllegalArgumentException("Lagrangian '" + name + "': the function F is null");
        this.name = name;
        this.f = f;
        this.block = (h, out, from, to) -> {
            for (int i = from; i < to; i++) out[i] = f.derivative(h[i]);
        };
        if (check) check(name, f);
    }

    /** A catalogue entry, whose derivatives are verified by the test suite rather than at every construction. */
    static Additive catalogue(String name, ScalarFunction f) {
        return new Additive(name, f, false);
    }

    /** The per-neuron function F. */
    public ScalarFunction function() { return f; }

    @Override public String name() { return name; }

    @Override
    public double value(double[] x) {
        Checks.present(this, "the layer x", x);
        double s = 0;
        for (double xi : x) s += f.value(xi);
        return s;
    }

    @Override
    public void activation(double[] x, double[] out) {
        Checks.layer(this, x, null, out);
        for (int i = 0; i < x.length; i++) out[i] = f.derivative(x[i]);
    }

    /**
     * The activation F′ applied to a block, f[μ] = F′(h[μ]) for μ in [from, to): the form the
     * single-pass kernels call (stateless, safe on disjoint ranges from several threads).
     */
    public BlockActivation blockActivation() {
        return block;
    }

    @Override
    public void hessianTimes(double[] x, double[] u, double[] out) {
        Checks.layer(this, x, Checks.present(this, "the direction u", u), out);
        for (int i = 0; i < x.length; i++) out[i] = f.secondDerivative(x[i]) * u[i];
    }

    @Override
    public double hessianQuadraticForm(double[] x, double[] u) {
        Checks.layer(this, x, null, Checks.present(this, "the direction u", u));
        double s = 0;
        for (int i = 0; i < x.length; i++) s += f.secondDerivative(x[i]) * u[i] * u[i];
        return s;
    }

    /** The Hessian is diagonal, so its smallest eigenvalue is min_i F''(x_i). */
    @Override
    public double minHessianEigenvalue(double[] x) {
        Checks.present(this, "the layer x", x);
        if (x.length == 0) throw new IllegalArgumentException(name + ": the Hessian of an empty layer has no eigenvalues");
        double min = Double.POSITIVE_INFINITY;
        for (double xi : x) min = Math.min(min, f.secondDerivative(xi));
        return min;
    }

    @Override public boolean isConvex() { return f.isConvex(); }

    @Override public String toString() { return name; }

    /** F' against the central difference of F, F'' against that of F', at {@link #CHECK_POINTS}. */
    private static void check(String name, ScalarFunction f) {
        int checked = 0;
        for (double x : CHECK_POINTS) {
            String first = disagreement(f::value, f::derivative, x, "F'(x)", "F");
            if (first != null) {
                throw new IllegalArgumentException("Lagrangian '" + name + "': activation is not the gradient of L: " + first);
            }
            String second = disagreement(f::derivative, f::secondDerivative, x, "F''(x)", "F'");
            if (second != null) {
                throw new IllegalArgumentException("Lagrangian '" + name + "': the Hessian is not the derivative of the activation: " + second);
            }
            if (Double.isFinite(f.value(x)) && Double.isFinite(f.derivative(x))) checked++;
        }
        if (checked == 0) {
            throw new IllegalArgumentException("Lagrangian '" + name + "': F or F' is not finite at any of the check points "
                    + Arrays.stream(CHECK_POINTS).mapToObj(Numbers::format).collect(Collectors.joining(", ", "[", "]"))
                    + ", so its activation cannot be checked");
        }
    }

    /** Null when d(x) agrees with the central difference of fn at x (or either is not finite there); else a sentence. */
    private static String disagreement(DoubleUnaryOperator fn, DoubleUnaryOperator d, double x, String dName, String fnName) {
        double delta = GradientCheck.STEP * Math.max(1, Math.abs(x));
        double plus = fn.applyAsDouble(x + delta), minus = fn.applyAsDouble(x - delta);
        GradientCheck c = new GradientCheck("", "", dName, d.applyAsDouble(x), (plus - minus) / (2 * delta),
                GradientCheck.roundingAllowance(plus, minus, delta));
        if (c.isGradient()) return null;
        return "at x = " + Numbers.format(x) + ", " + dName + " = " + Numbers.format(c.activation())
                + " but the central difference of " + fnName + " gives " + Numbers.format(c.difference());
    }
}
