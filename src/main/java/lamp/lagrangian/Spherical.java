package lamp.lagrangian;

import lamp.linalg.Dense;
import lamp.base.Checks;

/**
 * L(x) = ‖x‖; activation x/‖x‖; Hessian (I − uuᵀ)/‖x‖ with u = x/‖x‖, PSD and annihilating x
 * (THEORY.md §3 Model C, §4). Undefined at x = 0, where it throws.
 */
public final class Spherical implements Lagrangian {

    @Override public String name() { return "spherical"; }

    @Override
    public double value(double[] x) {
        return norm(x);
    }

    @Override
    public void activation(double[] x, double[] out) {
        Checks.layer(this, x, null, out);
        double r = norm(x);
        for (int i = 0; i < x.length; i++) out[i] = x[i] / r;
    }

    @Override
    public void hessianTimes(double[] x, double[] u, double[] out) {
        Checks.layer(this, x, Checks.present(this, "the direction u", u), out);
        double r = norm(x);
        double c = Dense.dot(x, u) / (r * r);
        for (int i = 0; i < x.length; i++) out[i] = (u[i] - c * x[i]) / r;
    }

    private static double norm(double[] x) {
        Checks.present("the spherical Lagrangian ‖x‖: the layer x", x);
        if (x.length == 0) throw new IllegalArgumentException("the spherical Lagrangian ‖x‖ of an empty layer: it needs at least one neuron");
        double s = Dense.dot(x, x);
        if (s == 0) throw new IllegalArgumentException("the spherical Lagrangian ‖x‖ has no gradient at x = 0");
        return Math.sqrt(s);
    }

    /** (I − uuᵀ)/‖x‖ is PSD with x in its kernel, so its smallest eigenvalue is 0 (x ≠ 0). */
    @Override
    public double minHessianEigenvalue(double[] x) {
        norm(x);
        return 0;
    }

    @Override public String toString() { return name(); }
}
