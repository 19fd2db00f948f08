package lamp.verify;

import java.util.List;
import java.util.Random;
import lamp.dynamics.EnergyModel;
import lamp.lagrangian.Lagrangian;
import lamp.base.Checks;
import lamp.network.Network;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Central finite differences that check the analytic formulas: activations against the gradient
 * of their Lagrangian (M1 = KH2020 (3); THEORY.md §4), Hessians against the Jacobian of the activation,
 * and the energy rate (M4 = KH2020 (4)) against the derivative of the energy (M3 = KH2020 (2)) along
 * the flow (THEORY.md §5 check 1).
 */
public final class FiniteDifferences {
    private FiniteDifferences() {}

    /** Central difference of E along the flow: (E(y + εẏ) − E(y − εẏ)) / 2ε. */
    public static double energyRate(EnergyModel model, double[] y, double step) {
        Checks.present("model", model);
        Checks.vector("state", y, model.getDimension());
        resolvable(step, y);
        double[] d = new double[y.length];
        model.computeDerivatives(0, y, d);
        double[] plus = y.clone(), minus = y.clone();
        for (int i = 0; i < y.length; i++) {
            plus[i] += step * d[i];
            minus[i] -= step * d[i];
        }
        return representable("the central difference of E", (model.energy(plus) - model.energy(minus)) / (2 * step));
    }

    /**
     * Requires a finite step &gt; 0 that moves every entry of x: a step below the resolution of x
     * (x + step == x) divides a zero difference by a tiny number, and a step of 0 gives 0/0.
     */
    private static double resolvable(double step, double[] x) {
        Checks.positive("finite-difference step", step);
        for (int i = 0; i < x.length; i++) {
            if (x[i] + step == x[i]) {
                throw new IllegalArgumentException("finite-difference step " + step + " is below the resolution of entry " + i
                        + " = " + x[i] + " (x + step == x); take a step of at least " + Math.ulp(x[i]));
            }
        }
        return step;
    }

    /** {@code value} when finite, else an ArithmeticException saying what overflowed. */
    private static double representable(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException(what + " is " + value + ": the values near this point are not representable as doubles");
        }
        return value;
    }

    /**
     * A table comparing the analytic dE/dt (M4) with the central difference of E along the flow at
     * each state: columns state, analytic, finite difference, relative error.
     */
    public static Table energyRateTable(EnergyModel model, List<double[]> states, double step) {
        Checks.present("model", model);
        if (states == null || states.isEmpty()) throw new IllegalArgumentException("no states given");
        Checks.positive("finite-difference step", step);
        int n = states.size();
        double[] a = new double[n], fd = new double[n], err = new double[n];
        int[] index = new int[n];
        for (int s = 0; s < n; s++) {
            index[s] = s;
            a[s] = model.energyRate(states.get(s));
            fd[s] = energyRate(model, states.get(s), step);
            err[s] = Math.abs(a[s] - fd[s]) / Math.max(Math.abs(a[s]), 1e-300);
        }
        return Table.create("dE/dt: analytic (M4) vs finite difference (step " + step + ")",
                IntColumn.create("state", index), DoubleColumn.create("analytic dE/dt", a),
                DoubleColumn.create("finite difference", fd), DoubleColumn.create("relative error", err));
    }

    /**
     * The dynamics (M2 = KH2020 (1)) as the flow of the energy (M3 = (2)): differentiating (M3) with
     * the activations of (M1 = (3)) gives ∂E/∂v = H_v(v − I − ξᵀf) = −τ_f H_v v̇ and
     * ∂E/∂h = H_h(h − ξg) = −τ_h H_h ḣ. At each state y = [v; h] this compares the central difference
     * of E in every coordinate (step {@code step}) with −τ_f H_v v̇ and −τ_h H_h ḣ from the velocities of
     * (M2): columns state, max |∂E/∂v| and max |∂E/∂h| (analytic), the largest error in each
     * population, and the relative error (largest error over the largest analytic entry).
     */
    public static Table energyGradientTable(Network net, List<double[]> states, double step) {
        if (net == null) throw new IllegalArgumentException("network is null");
        if (states == null || states.isEmpty()) throw new IllegalArgumentException("no states given");
        Checks.positive("step", step);
        int n = states.size(), nf = net.featureCount();
        int[] index = new int[n];
        double[] gv = new double[n], gh = new double[n], ev = new double[n], eh = new double[n], rel = new double[n];
        for (int s = 0; s < n; s++) {
            double[] y = Checks.vector("state " + s, states.get(s), net.getDimension());
            double[] v = net.features(y), h = net.hidden(y);
            double[] av = net.featureLagrangian().hessianTimes(v, net.featureVelocity(v, h));
            double[] ah = net.hiddenLagrangian().hessianTimes(h, net.hiddenVelocity(v, h));
            for (int i = 0; i < av.length; i++) av[i] *= -net.tauFeature();
            for (int mu = 0; mu < ah.length; mu++) ah[mu] *= -net.tauHidden();
            double maxV = 0, maxH = 0, errV = 0, errH = 0;
            for (int k = 0; k < y.length; k++) {
                double delta = step * Math.max(1, Math.abs(y[k]));
                double[] plus = y.clone(), minus = y.clone();
                plus[k] += delta;
                minus[k] -= delta;
                double fd = (net.energy(plus) - net.energy(minus)) / (2 * delta);
                if (k < nf) {
                    maxV = Math.max(maxV, Math.abs(av[k]));
                    errV = Math.max(errV, Math.abs(fd - av[k]));
                } else {
                    maxH = Math.max(maxH, Math.abs(ah[k - nf]));
                    errH = Math.max(errH, Math.abs(fd - ah[k - nf]));
                }
            }
            index[s] = s;
            gv[s] = maxV;
            gh[s] = maxH;
            ev[s] = errV;
            eh[s] = errH;
            rel[s] = Math.max(errV, errH) / Math.max(Math.max(maxV, maxH), 1e-300);
        }
        return Table.create("∂E/∂v = −τ_f H_v v̇ and ∂E/∂h = −τ_h H_h ḣ: (M3) differentiated against (M2) (step " + step + ")",
                IntColumn.create("state", index), DoubleColumn.create("max |∂E/∂v|", gv), DoubleColumn.create("max |∂E/∂h|", gh),
                DoubleColumn.create("error in v", ev), DoubleColumn.create("error in h", eh),
                DoubleColumn.create("relative error", rel));
    }

    /** max_i |activation_i − ∂L/∂x_i (central difference)| / max(1, |activation_i|) at x. */
    public static double activationError(Lagrangian l, double[] x, double step) {
        Checks.present("Lagrangian", l);
        Checks.finite("point x", x);
        resolvable(step, x);
        double[] g = l.activation(x);
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            double[] p = x.clone(), m = x.clone();
            p[i] += step;
            m[i] -= step;
            double fd = (l.value(p) - l.value(m)) / (2 * step);
            worst = Math.max(worst, Math.abs(g[i] - fd) / Math.max(1, Math.abs(g[i])));
        }
        return representable("the activation error of " + l.name(), worst);
    }

    /** max_{ij} |H_ij − ∂g_i/∂x_j (central difference)| / max(1, |H_ij|) at x. */
    public static double hessianError(Lagrangian l, double[] x, double step) {
        Checks.present("Lagrangian", l);
        Checks.finite("point x", x);
        resolvable(step, x);
        double[][] h = l.hessian(x);
        double worst = 0;
        for (int j = 0; j < x.length; j++) {
            double[] p = x.clone(), m = x.clone();
            p[j] += step;
            m[j] -= step;
            double[] gp = l.activation(p), gm = l.activation(m);
            for (int i = 0; i < x.length; i++) {
                double fd = (gp[i] - gm[i]) / (2 * step);
                worst = Math.max(worst, Math.abs(h[i][j] - fd) / Math.max(1, Math.abs(h[i][j])));
            }
        }
        return representable("the Hessian error of " + l.name(), worst);
    }

    /**
     * For each Lagrangian, at {@code points} random points of dimension {@code dimension} (entries
     * uniform in [−2, 2], seeded): the worst activation error, the worst Hessian error, the smallest
     * Hessian eigenvalue found, and whether the Lagrangian is declared convex.
     */
    public static Table lagrangianTable(List<Lagrangian> lagrangians, int dimension, int points, long seed) {
        Checks.count("dimension", dimension, 1);
        Checks.count("points", points, 1);
        if (lagrangians == null || lagrangians.isEmpty()) throw new IllegalArgumentException("no Lagrangians given");
        for (int k = 0; k < lagrangians.size(); k++) Checks.present("Lagrangian " + k, lagrangians.get(k));
        int n = lagrangians.size();
        StringColumn name = StringColumn.create("Lagrangian");
        DoubleColumn act = DoubleColumn.create("activation error"), hes = DoubleColumn.create("Hessian error"),
                eig = DoubleColumn.create("min Hessian eigenvalue");
        StringColumn convex = StringColumn.create("convex");
        for (int k = 0; k < n; k++) {
            Lagrangian l = lagrangians.get(k);
            Random r = new Random(seed + k);
            double a = 0, h = 0, e = Double.POSITIVE_INFINITY;
            for (int p = 0; p < points; p++) {
                double[] x = new double[dimension];
                for (int i = 0; i < dimension; i++) x[i] = awayFromKinks(-2 + 4 * r.nextDouble());
                a = Math.max(a, activationError(l, x, 1e-6));
                h = Math.max(h, hessianError(l, x, 1e-6));
                e = Math.min(e, l.minHessianEigenvalue(x));
            }
            name.append(l.name());
            act.append(a);
            hes.append(h);
            eig.append(e);
            convex.append(l.isConvex() ? "yes" : "NO");
        }
        Table t = Table.create("Lagrangian checks (" + points + " random points in dimension " + dimension + ", seed " + seed + ")");
        t.addColumns(name, act, hes, eig, convex);
        return t;
    }

    /** Keeps sample points at least 1e-3 from 0, where sign and rectified powers have their kink. */
    private static double awayFromKinks(double x) {
        return Math.abs(x) < 1e-3 ? 1e-3 * Math.signum(x == 0 ? 1 : x) + x : x;
    }
}
