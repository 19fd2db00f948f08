package lamp.linalg;

/**
 * e^x for x ≤ 0 over a whole array, in plain arithmetic that C2 turns into vector instructions
 * (it leaves {@link Math#exp} scalar): by scaling and squaring, e^x = (e^{x/4096})^{4096}, with
 * e^y for y = x/4096 ∈ [−0.182, 0] from its Taylor polynomial of degree 8 (truncation below
 * 6·10⁻¹³ of e^y) and then twelve squarings, which multiply that relative error by 4096.
 *
 * <p>Error (tested against Math.exp): at most 4·10⁻⁹ relative for x ∈ [−708, 0] (measured 1.5·10⁻⁹),
 * far below float32's 6·10⁻⁸, which is what it serves ({@link Float32#softmaxRows}); below −708 the
 * result is under 10⁻³⁰⁷ in absolute value either way. Arguments below −745 (and −∞) are taken as −745,
 * whose e^x is the smallest subnormal double or zero, as e^x is for them. NaN stays NaN. Positive
 * arguments are not supported (the squarings would overflow early): the softmax calls it on
 * x − max(x) only.
 */
final class NegativeExp {
    private NegativeExp() {}

    private static final double SCALE = 1.0 / 4096;
    private static final double FLOOR = -745;
    private static final double C2 = 1.0 / 2, C3 = 1.0 / 6, C4 = 1.0 / 24, C5 = 1.0 / 120, C6 = 1.0 / 720, C7 = 1.0 / 5040, C8 = 1.0 / 40320;

    /** x[i] = e^{x[i]} for i in [0, len); every x[i] must be ≤ 0 (or NaN). */
    static void inPlace(double[] x, int len) {
        for (int i = 0; i < len; i++) {
            double y = Math.max(x[i], FLOOR) * SCALE;
            double p = 1 + y * (1 + y * (C2 + y * (C3 + y * (C4 + y * (C5 + y * (C6 + y * (C7 + y * C8)))))));
            p *= p; p *= p; p *= p; p *= p; p *= p; p *= p;
            p *= p; p *= p; p *= p; p *= p; p *= p; p *= p;
            x[i] = p;
        }
    }
}
