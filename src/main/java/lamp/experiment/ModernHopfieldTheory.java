package lamp.experiment;

import lamp.base.Checks;

/**
 * Mean-field estimates for Model B (THEORY.md M10–M11, §6; KH2020 (11)–(16); the regimes are Ramsauer
 * et al. 2020's) with K random ±1 patterns in N_f dimensions. Both rest on one average: for a random
 * ±1 pattern ξ and a state q, E[e^{βξ·q}] = Π_i cosh(βq_i), which is cosh(β)^{N_f} for a ±1 state.
 *
 * <pre>
 *   one update, a fraction ρ of a stored pattern's signs flipped: the target's weight e^{βN_f(1−2ρ)}
 *   against the K others' total K·cosh(β)^{N_f} gives       ln K* ≈ N_f [β(1 − 2ρ) − ln cosh β]
 *   iterated to a fixed point v ≈ p·ξ_1 (p the target's softmax weight):
 *       p = 1 / (1 + (K − 1) · cosh(βp)^{N_f} · e^{−βN_f p})
 *   which has a solution p ≥ ½ only above a critical β: below it the state falls to the average of
 *   the patterns (the global fixed point), above it one pattern is retrieved.
 * </pre>
 *
 * The estimates are annealed (they average e^{βξ·q} over patterns); they hold to leading order in
 * N_f, when the sum over the K patterns is dominated by its mean (ln K ≳ N_f·I(tanh β), I the binary
 * rate function). Prefactors of order one are not predicted: compare slopes in N_f and transitions.
 */
public final class ModernHopfieldTheory {
    private ModernHopfieldTheory() {}

    private static final double LN2 = Math.log(2);

    /** ln cosh x without overflow. */
    static double lnCosh(double x) {
        double a = Math.abs(x);
        return a + Math.log1p(Math.exp(-2 * a)) - LN2;
    }

    /** The slope of ln K* in N_f: β(1 − 2ρ) − ln cosh β. */
    public static double capacitySlope(double beta, double flipped) {
        Checks.positive("β", beta);
        Checks.fraction("flipped fraction ρ", flipped);
        return beta * (1 - 2 * flipped) - lnCosh(beta);
    }

    /** ln K* ≈ N_f [β(1 − 2ρ) − ln cosh β]: one update retrieves up to about K* patterns. */
    public static double logCapacity(double beta, double flipped, int features) {
        return Checks.count("features N_f", features, 1) * capacitySlope(beta, flipped);
    }

    /**
     * K* = exp({@link #logCapacity}); an ArithmeticException when K* exceeds the double range (ln K* &gt; 709),
     * where {@link #logCapacity} is the finite answer.
     */
    public static double capacity(double beta, double flipped, int features) {
        double log = logCapacity(beta, flipped, features);
        double k = Math.exp(log);
        if (Double.isInfinite(k)) {
            throw new ArithmeticException("K* = e^" + log + " for β = " + beta + ", ρ = " + flipped + ", N_f = " + features
                    + " exceeds the double range; use logCapacity");
        }
        return k;
    }

    /** The right-hand side 1 / (1 + (K − 1) cosh(βp)^{N_f} e^{−βN_f p}) of the fixed-point equation. */
    static double weightMap(double p, double beta, int features, int count) {
        double exponent = Math.log(count - 1) + features * (lnCosh(beta * p) - beta * p);
        return exponent > 700 ? 0 : 1 / (1 + Math.exp(exponent));
    }

    private static final int GRID = 20000;

    /**
     * The target's softmax weight p at the retrieval fixed point: the largest p in [½, 1] with
     * p = 1/(1 + (K − 1) cosh(βp)^{N_f} e^{−βN_f p}), or NaN when there is none (β below
     * {@link #transitionBeta}). K ≥ 2.
     */
    public static double retrievalWeight(double beta, int features, int count) {
        check(beta, features, count);
        double prev = 1;                                                       // the map is below 1 at p = 1
        for (int j = GRID - 1; j >= 0; j--) {
            double p = 0.5 + 0.5 * j / GRID;
            double g = weightMap(p, beta, features, count) - p;
            if (g >= 0) {
                double lo = p, hi = prev;                                      // g(lo) ≥ 0 > g(hi)
                for (int it = 0; it < 100; it++) {
                    double mid = 0.5 * (lo + hi);
                    if (weightMap(mid, beta, features, count) - mid >= 0) lo = mid; else hi = mid;
                }
                return 0.5 * (lo + hi);
            }
            prev = p;
        }
        return Double.NaN;
    }

    /**
     * The critical β above which the retrieval fixed point exists ({@link #retrievalWeight} is not
     * NaN): the predicted transition from averaging to single-pattern retrieval, to 1e-9 relative.
     */
    public static double transitionBeta(int features, int count) {
        check(1, features, count);
        double hi = 1;
        while (Double.isNaN(retrievalWeight(hi, features, count))) {
            hi *= 2;
            if (hi > 1e6) throw new IllegalStateException("no retrieval fixed point up to β = 1e6 for N_f = " + features + ", K = " + count);
        }
        double lo = 0;
        while (hi - lo > 1e-9 * hi) {
            double mid = 0.5 * (lo + hi);
            if (Double.isNaN(retrievalWeight(mid, features, count))) lo = mid; else hi = mid;
        }
        return hi;
    }

    private static void check(double beta, int features, int count) {
        Checks.positive("β", beta);
        Checks.count("features N_f", features, 1);
        Checks.count("memory count K", count, 2);
    }
}
