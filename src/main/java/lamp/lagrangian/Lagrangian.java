package lamp.lagrangian;

import lamp.base.Checks;
import lamp.linalg.Dense;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The Lagrangian of one layer of neurons: a scalar function L(x) of the whole layer whose gradient
 * is the layer's activation, g = ∂L/∂x (THEORY.md M1). Its Hessian decides whether the energy can only
 * decrease (M4): see {@link #minHessianEigenvalue(double[])}.
 *
 * <p>Implementations are stateless and work for a layer of any size; a new Lagrangian needs
 * {@link #value}, {@link #activation(double[], double[])} and {@link #hessianTimes}.
 */
public interface Lagrangian {

    /** A short name, e.g. {@code "logSumExp(β=1)"}. */
    String name();

    /** L(x). */
    double value(double[] x);

    /** The activation ∂L/∂x (M1), written into {@code out}. */
    void activation(double[] x, double[] out);

    /** The activation ∂L/∂x (M1). */
    default double[] activation(double[] x) {
        double[] out = new double[Checks.present(this, "the layer x", x).length];
        activation(x, out);
        return out;
    }

    /** The Hessian–vector product (∇²L(x)) u, written into {@code out}. */
    void hessianTimes(double[] x, double[] u, double[] out);

    /** The Hessian–vector product (∇²L(x)) u. */
    default double[] hessianTimes(double[] x, double[] u) {
        double[] out = new double[Checks.present(this, "the layer x", x).length];
        hessianTimes(x, u, out);
        return out;
    }

    /** The Hessian ∇²L(x) as a dense symmetric matrix. */
    default double[][] hessian(double[] x) {
        int n = Checks.present(this, "the layer x", x).length;
        double[][] h = new double[n][n];
        double[] e = new double[n], col = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = 1;
            hessianTimes(x, e, col);
            e[j] = 0;
            for (int i = 0; i < n; i++) h[i][j] = col[i];
        }
        return h;
    }

    /**
     * The layer's own energy in (M3) (KH2020 (2)): (x − I)·g − L(x) with g = ∂L/∂x, i.e. the Legendre
     * transform x·g − L of this Lagrangian less the input term I·g. It is the feature bracket
     * (v − I)·g − L_v of (M3) and (M5), and with no input ({@code input} null) the hidden bracket
     * h·f − L_h of (M3).
     */
    default double energyTerm(double[] x, double[] input) {
        Checks.present(this, "the layer x", x);
        if (input != null && input.length != x.length) {
            throw new IllegalArgumentException("input has length " + input.length + " but the layer has " + x.length);
        }
        double[] g = activation(x);
        double term = Dense.dot(x, g) - value(x);
        return input == null ? term : term - Dense.dot(input, g);
    }

    /**
     * The quadratic form uᵀ(∇²L(x))u, the integrand of dE/dt in (M4).
     */
    default double hessianQuadraticForm(double[] x, double[] u) {
        return Dense.dot(u, hessianTimes(x, u));
    }

    /**
     * The smallest eigenvalue of ∇²L(x); the Lagrangian is convex at x (and E cannot rise through
     * this layer, M4) when it is ≥ 0 up to rounding. The default diagonalises the dense Hessian.
     */
    default double minHessianEigenvalue(double[] x) {
        double[][] h = hessian(x);
        double[] eig = new EigenDecomposition(new Array2DRowRealMatrix(h, false)).getRealEigenvalues();
        double min = Double.POSITIVE_INFINITY;
        for (double v : eig) min = Math.min(min, v);
        return min;
    }

    /**
     * Whether this Lagrangian is convex everywhere by construction (every catalogue entry of
     * THEORY.md §4 is). Non-convex ones exist for demonstrations and are always reported.
     */
    default boolean isConvex() {
        return true;
    }
}
