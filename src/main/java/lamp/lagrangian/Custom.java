package lamp.lagrangian;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import lamp.base.Numbers;
import lamp.base.Checks;

/**
 * A user's Lagrangian of the whole layer, from its value and its activation (see
 * {@link Lagrangians#custom}); Hessian–vector products are central differences of the activation.
 */
final class Custom implements Lagrangian {
    /** Where the activation is checked when the Lagrangian is built: two layers of 3 and 4 neurons. */
    static final double[][] CHECK_POINTS = {{0.3, -0.8, 1.3}, {-1.7, 0.45, 0.9, -0.35}};

    private final String name;
    private final ToDoubleFunction<double[]> value;
    private final UnaryOperator<double[]> activation;
    private final boolean convex;

    Custom(String name, ToDoubleFunction<double[]> value, UnaryOperator<double[]> activation, boolean convex) {
        if (name == null) throw new IllegalArgumentException("Lagrangian name is null");
        if (value == null) throw new IllegalArgumentException("Lagrangian '" + name + "': the value function is null");
        if (activation == null) throw new IllegalArgumentException("Lagrangian '" + name + "': the activation is null");
        this.name = name;
        this.value = value;
        this.activation = activation;
        this.convex = convex;
        int checked = 0;
        for (double[] x : CHECK_POINTS) {
            if (!Double.isFinite(value(x)) || !Arrays.stream(activation(x)).allMatch(Double::isFinite)) continue;
            GradientCheck c = GradientCheck.at(this, x);
            if (!c.isGradient()) {
                throw new IllegalArgumentException("Lagrangian '" + name + "': activation is not the gradient of L at x = "
                        + GradientCheck.describe(x) + ": " + c.quantity() + " is " + Numbers.format(c.activation())
                        + " but the central difference of L gives " + Numbers.format(c.difference()));
            }
            checked++;
        }
        if (checked == 0) {
            throw new IllegalArgumentException("Lagrangian '" + name + "': L or its activation is not finite at any of the check points "
                    + GradientCheck.describe(CHECK_POINTS[0]) + " and " + GradientCheck.describe(CHECK_POINTS[1])
                    + ", so its activation cannot be checked");
        }
    }

    @Override public String name() { return name; }

    @Override public double value(double[] x) { return value.applyAsDouble(x); }

    @Override
    public void activation(double[] x, double[] out) {
        Checks.layer(this, x, null, out);
        double[] g = activation.apply(x);
        if (g == null || g.length != x.length) {
            throw new IllegalArgumentException("Lagrangian '" + name + "': the activation returned "
                    + (g == null ? "null" : g.length + " entries") + " for a layer of " + x.length);
        }
        System.arraycopy(g, 0, out, 0, x.length);
    }

    /** (∇²L) u ≈ (g(x + δu) − g(x − δu))/2δ, δ moving no entry of x by more than 1e-5·max(1, ‖x‖∞). */
    @Override
    public void hessianTimes(double[] x, double[] u, double[] out) {
        Checks.layer(this, x, Checks.present(this, "the direction u", u), out);
        double ux = GradientCheck.maxAbs(u);
        if (ux == 0) {
            Arrays.fill(out, 0, x.length, 0);
            return;
        }
        double delta = GradientCheck.STEP * Math.max(1, GradientCheck.maxAbs(x)) / ux;
        double[] plus = x.clone(), minus = x.clone();
        for (int i = 0; i < x.length; i++) {
            plus[i] += delta * u[i];
            minus[i] -= delta * u[i];
        }
        double[] gp = activation(plus), gm = activation(minus);
        for (int i = 0; i < x.length; i++) out[i] = (gp[i] - gm[i]) / (2 * delta);
    }

    @Override public boolean isConvex() { return convex; }

    @Override public String toString() { return name; }
}
