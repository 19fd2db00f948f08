package lamp.lagrangian;

import lamp.linalg.Dense;
import lamp.linalg.Checks;

/**
 * L(x) = (1/β) log Σ_μ e^{βx_μ}; activation softmax(βx); Hessian β(diag p − ppᵀ), which is PSD and
 * has rows summing to zero (MATH.md §3 Model B, §4). The largest entry is shifted out before
 * exponentiating, so no input overflows.
 */
public final class LogSumExp implements Lagrangian {
    private final double beta;

    /** Log-sum-exp with inverse temperature β &gt; 0. */
    public LogSumExp(double beta) {
        this.beta = Checks.positive("β", beta);
    }

    /** The inverse temperature β. */
    public double beta() { return beta; }

    @Override public String name() { return "logSumExp(β=" + ScalarFunction.fmt(beta) + ")"; }

    @Override
    public double value(double[] x) {
        double max = max(x);
        double s = 0;
        for (double xi : x) s += Math.exp(beta * (xi - max));
        return max + Math.log(s) / beta;
    }

    @Override
    public void activation(double[] x, double[] out) {
        softmax(beta, x, out);
    }

    /** p = softmax(βx), max-shifted; {@code out} may be {@code x}. */
    public static void softmax(double beta, double[] x, double[] out) {
        double max = max(x);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.exp(beta * (x[i] - max));
            s += out[i];
        }
        double inv = 1 / s;
        for (int i = 0; i < x.length; i++) out[i] *= inv;
    }

    @Override
    public void hessianTimes(double[] x, double[] u, double[] out) {
        double[] p = activation(x);
        double pu = Dense.dot(p, u);
        for (int i = 0; i < x.length; i++) out[i] = beta * p[i] * (u[i] - pu);
    }

    @Override
    public double[][] hessian(double[] x) {
        double[] p = activation(x);
        int n = x.length;
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) h[i][j] = beta * ((i == j ? p[i] : 0) - p[i] * p[j]);
        }
        return h;
    }

    private static double max(double[] x) {
        if (x.length == 0) throw new IllegalArgumentException("log-sum-exp of an empty layer");
        double m = Double.NEGATIVE_INFINITY;
        for (double xi : x) m = Math.max(m, xi);
        return m;
    }

    /** β(diag p − ppᵀ) is PSD with the constant vector in its kernel, so its smallest eigenvalue is 0. */
    @Override
    public double minHessianEigenvalue(double[] x) {
        max(x);
        return 0;
    }

    @Override public String toString() { return name(); }
}
