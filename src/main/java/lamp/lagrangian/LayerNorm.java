package lamp.lagrangian;

import lamp.base.Numbers;
import lamp.base.Checks;

/**
 * L(x) = γ√N ‖x − x̄‖ + δ Σx; activation γ√N (x − x̄)/‖x − x̄‖ + δ, i.e. layer normalisation;
 * Hessian (γ√N/‖c‖)(P − ĉĉᵀ) with c = x − x̄, ĉ = c/‖c‖ and P = I − 11ᵀ/N the centring projector,
 * PSD for γ ≥ 0 (THEORY.md §4).
 */
public final class LayerNorm implements Lagrangian {
    private final double gamma, delta;

    /** Layer norm with gain γ ≥ 0 and bias δ. */
    public LayerNorm(double gamma, double delta) {
        this.gamma = Checks.atLeast("γ", gamma, 0);
        this.delta = Checks.finite("δ", delta);
    }

    @Override
    public String name() { return "layerNorm(γ=" + Numbers.plain(gamma) + ", δ=" + Numbers.plain(delta) + ")"; }

    @Override
    public double value(double[] x) {
        double sum = 0;
        for (double xi : x) sum += xi;
        return gamma * Math.sqrt(x.length) * centredNorm(x, sum / x.length) + delta * sum;
    }

    @Override
    public void activation(double[] x, double[] out) {
        Checks.layer(this, x, null, out);
        double mean = mean(x), r = centredNorm(x, mean);
        double scale = gamma * Math.sqrt(x.length) / r;
        for (int i = 0; i < x.length; i++) out[i] = scale * (x[i] - mean) + delta;
    }

    @Override
    public void hessianTimes(double[] x, double[] u, double[] out) {
        Checks.layer(this, x, Checks.present(this, "the direction u", u), out);
        int n = x.length;
        double mean = mean(x), r = centredNorm(x, mean);
        double umean = mean(u);
        double cu = 0;
        for (int i = 0; i < n; i++) cu += (x[i] - mean) * u[i];
        double scale = gamma * Math.sqrt(n) / r;
        for (int i = 0; i < n; i++) out[i] = scale * ((u[i] - umean) - (x[i] - mean) * cu / (r * r));
    }

    private static double mean(double[] x) {
        if (x.length == 0) throw new IllegalArgumentException("layer norm of an empty layer");
        double s = 0;
        for (double xi : x) s += xi;
        return s / x.length;
    }

    private static double centredNorm(double[] x, double mean) {
        double s = 0;
        for (double xi : x) s += (xi - mean) * (xi - mean);
        if (s == 0) throw new IllegalArgumentException("layer norm has no gradient where all entries are equal");
        return Math.sqrt(s);
    }

    /** (γ√N/‖c‖)(P − ĉĉᵀ) is PSD for γ ≥ 0 with the constant vector in its kernel: smallest eigenvalue 0. */
    @Override
    public double minHessianEigenvalue(double[] x) {
        centredNorm(x, mean(x));
        return 0;
    }

    @Override public String toString() { return name(); }
}
