package lamp.lagrangian;

import lamp.base.Checks;
import lamp.base.Numbers;

import lamp.linalg.Dense;

/**
 * Whether a Lagrangian's activation is its gradient (M1), checked against a central difference of
 * the Lagrangian itself. The energy law (M4) rests on it: d/dt L(x(t)) = g·ẋ. Along a direction u
 * the activation gives g(x)·u and the difference (L(x + δu) − L(x − δu))/2δ; they must agree to
 * {@link #TOLERANCE} relative, plus a rounding allowance for the difference of two values of L.
 *
 * @param lagrangian the Lagrangian's name
 * @param where      the point (and direction) checked, e.g. {@code "at x = [0.3, -0.8]"}
 * @param quantity   what the activation gave, e.g. {@code "g·u"} or {@code "entry 1 of the activation"}
 * @param activation that value
 * @param difference the central difference of L
 * @param allowance  the rounding allowance of the difference
 */
public record GradientCheck(String lagrangian, String where, String quantity, double activation, double difference,
                            double allowance) {

    /** Relative disagreement allowed between the activation and the central difference of L. */
    public static final double TOLERANCE = 1e-4;

    /** Relative step of the central differences (scaled by max(1, |x|)). */
    static final double STEP = 1e-5;

    /**
     * False when the activation and the central difference of L disagree beyond the tolerance.
     * A point where L or the activation is not finite cannot be checked and does not count against it.
     */
    public boolean isGradient() {
        if (!Double.isFinite(activation) || !Double.isFinite(difference)) return true;
        return Math.abs(activation - difference) <= TOLERANCE * Math.max(Math.abs(activation), Math.abs(difference)) + allowance;
    }

    /**
     * The directional check: g(x)·u against (L(x + δu) − L(x − δu))/2δ, with δ scaled so that no entry
     * of x moves by more than 1e-5·max(1, ‖x‖∞). Costs two values of L and one activation.
     */
    public static GradientCheck along(Lagrangian l, double[] x, double[] u) {
        Checks.present("Lagrangian", l);
        Checks.present("state x", x);
        Checks.present("direction u", u);
        if (x.length != u.length) throw new IllegalArgumentException("direction has length " + u.length + " but the state has " + x.length);
        double ux = maxAbs(u);
        String where = "along the flow at " + describe(x);
        if (ux == 0) return new GradientCheck(l.name(), where, "g·ẋ", 0, 0, 0);
        double delta = STEP * Math.max(1, maxAbs(x)) / ux;
        double[] plus = x.clone(), minus = x.clone();
        for (int i = 0; i < x.length; i++) {
            plus[i] += delta * u[i];
            minus[i] -= delta * u[i];
        }
        double lp = l.value(plus), lm = l.value(minus);
        return new GradientCheck(l.name(), where, "g·ẋ", Dense.dot(l.activation(x), u), (lp - lm) / (2 * delta),
                roundingAllowance(lp, lm, delta));
    }

    /** Every entry of the activation at x against the central difference of L in that coordinate; returns the worst. */
    public static GradientCheck at(Lagrangian l, double[] x) {
        Checks.present("Lagrangian", l);
        Checks.present("state x", x);
        double[] g = l.activation(x);
        GradientCheck worst = null;
        double worstRatio = -1;
        for (int i = 0; i < x.length; i++) {
            double delta = STEP * Math.max(1, Math.abs(x[i]));
            double[] p = x.clone(), m = x.clone();
            p[i] += delta;
            m[i] -= delta;
            double lp = l.value(p), lm = l.value(m);
            GradientCheck c = new GradientCheck(l.name(), "at x = " + describe(x), "entry " + i + " of the activation",
                    g[i], (lp - lm) / (2 * delta), roundingAllowance(lp, lm, delta));
            double ratio = c.excess();
            if (worst == null || ratio > worstRatio) {
                worst = c;
                worstRatio = ratio;
            }
        }
        if (worst == null) throw new IllegalArgumentException("cannot check the gradient of " + l.name() + " on an empty layer");
        return worst;
    }

    /** How far the disagreement exceeds what is allowed (≤ 1 passes); 0 where it cannot be checked. */
    double excess() {
        if (!Double.isFinite(activation) || !Double.isFinite(difference)) return 0;
        double allowed = TOLERANCE * Math.max(Math.abs(activation), Math.abs(difference)) + allowance;
        double d = Math.abs(activation - difference);
        return allowed == 0 ? (d == 0 ? 0 : Double.POSITIVE_INFINITY) : d / allowed;
    }

    /**
     * The rounding error of a central difference of two values of L (each carrying relative error of
     * order 1e-16 per term summed): 1e-12·(|L₊| + |L₋|)/δ.
     */
    static double roundingAllowance(double plus, double minus, double delta) {
        return 1e-12 * (Math.abs(plus) + Math.abs(minus)) / delta;
    }

    @Override
    public String toString() {
        if (isGradient()) {
            return "the activation of " + lagrangian + " is its gradient " + where + " (" + quantity + " = " + Numbers.format(activation)
                    + ", central difference of L " + Numbers.format(difference) + ")";
        }
        return "activation is not the gradient of L: " + lagrangian + " " + where + ": " + quantity + " = " + Numbers.format(activation)
                + " but the central difference of L gives " + Numbers.format(difference);
    }

    /** A point for a message: the entries when there are at most 6, otherwise its size and largest |entry|. */
    static String describe(double[] x) {
        if (x.length <= 6) {
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < x.length; i++) s.append(i == 0 ? "" : ", ").append(Numbers.format(x[i]));
            return s.append(']').toString();
        }
        return "a state of " + x.length + " entries with max |entry| " + Numbers.format(maxAbs(x));
    }

    static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) m = Math.max(m, Math.abs(v));
        return m;
    }
}
