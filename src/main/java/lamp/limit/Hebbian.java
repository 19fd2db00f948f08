package lamp.limit;

import lamp.base.Checks;
import lamp.memory.Memories;

/**
 * The classical Hopfield network written the 1982 way, with an explicit weight matrix, as an
 * independent reference for Model A with F = x²/2 (THEORY.md §3, §5 check 7):
 *
 * <pre>
 *   T = ξᵀξ   (T_ij = Σ_μ ξ_μi ξ_μj, Hebbian weights)
 *   E(σ) = −½ σᵀTσ − I·σ                    = (M8) with F = x²/2
 *   σ_i ← sign( Σ_{j≠i} T_ij σ_j + I_i )    = (M9) with F = x²/2
 * </pre>
 *
 * With F = x²/2, F(m₀ + ξ_μi) − F(m₀ − ξ_μi) = 2ξ_μi m₀, where m₀ = ξ_μ·σ − ξ_μi σ_i leaves unit i
 * out; summing over μ gives 2Σ_{j≠i} T_ij σ_j, so the DAM rule (M9) is Hopfield's rule with the
 * self-coupling T_ii dropped. The diagonal only adds the constant −½ Σ_i T_ii = −½ K N_f to E
 * (for ±1 memories). Costs O(N_f²) memory: meant for checks and small N_f.
 */
public final class Hebbian {
    private Hebbian() {}

    /** The Hebbian weights T = ξᵀξ (N_f × N_f, symmetric, diagonal included). */
    public static double[][] weights(Memories xi) {
        if (xi == null) throw new IllegalArgumentException("memories ξ are null");
        int n = xi.dimension(), k = xi.count();
        double[] a = xi.toRowMajor();
        double[][] t = new double[n][n];
        for (int mu = 0; mu < k; mu++) {
            int o = mu * n;
            for (int i = 0; i < n; i++) {
                double x = a[o + i];
                if (x == 0) continue;
                double[] row = t[i];
                for (int j = 0; j < n; j++) row[j] += x * a[o + j];
            }
        }
        return t;
    }

    /** E(σ) = −½ σᵀTσ for a square weight matrix T (σ is used as given, not binarised). */
    public static double energy(double[][] t, double[] sigma) {
        return energy(t, sigma, null);
    }

    /** E(σ) = −½ σᵀTσ − I·σ (I may be null for zero input). */
    public static double energy(double[][] t, double[] sigma, double[] input) {
        int n = checkSquare(t);
        Checks.vector("state σ", sigma, n);
        if (input != null) Checks.vector("input current I", input, n);
        double e = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) row += t[i][j] * sigma[j];
            e -= 0.5 * sigma[i] * row;
            if (input != null) e -= input[i] * sigma[i];
        }
        return e;
    }

    /**
     * One asynchronous sweep over units 0 … N_f − 1 in order: σ_i ← sign(Σ_{j≠i} T_ij σ_j + I_i), a
     * tie keeping the current sign; σ = sign(state) with 0 counted as +1. Returns the new σ.
     */
    public static double[] sweep(double[][] t, double[] state, double[] input) {
        int n = checkSquare(t);
        Checks.vector("state σ", state, n);
        if (input != null) Checks.vector("input current I", input, n);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) s[i] = state[i] >= 0 ? 1 : -1;
        for (int i = 0; i < n; i++) {
            double field = input == null ? 0 : input[i];
            for (int j = 0; j < n; j++) if (j != i) field += t[i][j] * s[j];
            if (field > 0) s[i] = 1;
            else if (field < 0) s[i] = -1;
        }
        return s;
    }

    /** {@link #sweep(double[][], double[], double[])} with no input current. */
    public static double[] sweep(double[][] t, double[] state) {
        return sweep(t, state, null);
    }

    private static int checkSquare(double[][] t) {
        if (t == null || t.length == 0) throw new IllegalArgumentException("weight matrix T is empty");
        for (int i = 0; i < t.length; i++) {
            if (t[i] == null || t[i].length != t.length) {
                throw new IllegalArgumentException("weight matrix T must be square: row " + i + " has "
                        + (t[i] == null ? "no" : t[i].length) + " entries, expected " + t.length);
            }
        }
        return t.length;
    }
}
