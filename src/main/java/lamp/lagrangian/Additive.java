package lamp.lagrangian;

/**
 * An additive Lagrangian L(x) = Σ_i F(x_i): each neuron has its own activation F'(x_i) and the
 * Hessian is diagonal, diag F''(x_i) (MATH.md §4). Model A's hidden layer is of this kind (§3).
 */
public final class Additive implements Lagrangian {
    private final String name;
    private final ScalarFunction f;

    /** L = Σ F(x_i), named {@code name}. */
    public Additive(String name, ScalarFunction f) {
        this.name = name;
        this.f = f;
    }

    /** The per-neuron function F. */
    public ScalarFunction function() { return f; }

    @Override public String name() { return name; }

    @Override
    public double value(double[] x) {
        double s = 0;
        for (double xi : x) s += f.value(xi);
        return s;
    }

    @Override
    public void activation(double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) out[i] = f.derivative(x[i]);
    }

    @Override
    public void hessianTimes(double[] x, double[] u, double[] out) {
        for (int i = 0; i < x.length; i++) out[i] = f.secondDerivative(x[i]) * u[i];
    }

    @Override
    public double hessianQuadraticForm(double[] x, double[] u) {
        double s = 0;
        for (int i = 0; i < x.length; i++) s += f.secondDerivative(x[i]) * u[i] * u[i];
        return s;
    }

    /** The Hessian is diagonal, so its smallest eigenvalue is min_i F''(x_i). */
    @Override
    public double minHessianEigenvalue(double[] x) {
        double min = Double.POSITIVE_INFINITY;
        for (double xi : x) min = Math.min(min, f.secondDerivative(xi));
        return min;
    }

    @Override public boolean isConvex() { return f.isConvex(); }

    @Override public String toString() { return name; }
}
