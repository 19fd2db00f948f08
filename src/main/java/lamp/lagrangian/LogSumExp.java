package lamp.lagrangian;

import lamp.base.Numbers;
import lamp.linalg.Dense;
import lamp.base.Checks;

/**
 * L(x) = (1/β) log Σ_μ e^{βx_μ}; activation softmax(βx); Hessian β(diag p − ppᵀ), which is PSD and
 * has rows summing to zero (THEORY.md §3 Model B, §4). The largest entry is shifted out before
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

    @Override public String name() { return "logSumExp(β=" + Numbers.plain(beta) + ")"; }

    @Override
    public double value(double[] x) {
        return Dense.logSumExp(beta, x);
    }

    @Override
    public void activation(double[] x, double[] out) {
        Checks.layer(this, x, null, out);
        Dense.softmax(beta, x, out);
    }

    @Override
    public void hessianTimes(double[] x, double[] u, double[] out) {
        Checks.layer(this, x, Checks.present(this, "the direction u", u), out);
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
