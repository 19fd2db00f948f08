package lamp.limit;

import static lamp.network.TestFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.linalg.Dense;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;

/**
 * §5 check 11 (briefly; the catalogue itself is tested in depth elsewhere): the log-sum-exp Hessian
 * of Model B is β(diag p − ppᵀ) with rows summing to 0, and the spherical Hessian of Model C
 * annihilates v. Plus the catalogue's exact values from §5.
 */
class HessianTest {

    /** §5 check 11: log-sum-exp Hessian = β(diag p − ppᵀ), rows sum to 0, PSD. */
    @Test
    void check11_logSumExpHessian() {
        Random rng = new Random(1101);
        for (double beta : new double[] {0.3, 1, 10}) {
            Lagrangian lse = Lagrangians.logSumExp(beta);
            for (int s = 0; s < 5; s++) {
                double[] x = TestFixtures.gaussian(rng, 7, 2);
                double max = Double.NEGATIVE_INFINITY, z = 0;
                for (double xi : x) max = Math.max(max, xi);
                double[] p = new double[7];
                for (int i = 0; i < 7; i++) z += p[i] = Math.exp(beta * (x[i] - max));
                for (int i = 0; i < 7; i++) p[i] /= z;
                double[][] h = lse.hessian(x);
                double[] u = TestFixtures.gaussian(rng, 7, 1), hu = lse.hessianTimes(x, u);
                for (int i = 0; i < 7; i++) {
                    double row = 0, hui = 0;
                    for (int j = 0; j < 7; j++) {
                        double expected = beta * ((i == j ? p[i] : 0) - p[i] * p[j]);
                        assertEquals(expected, h[i][j], 1e-12 * beta, "β=" + beta + " H[" + i + "][" + j + "]");
                        row += h[i][j];
                        hui += expected * u[j];
                    }
                    assertEquals(0, row, 1e-12 * beta, "row " + i + " sums to 0");
                    assertEquals(hui, hu[i], 1e-12 * beta * (1 + Math.abs(hui)), "Hessian–vector product");
                }
                assertTrue(lse.minHessianEigenvalue(x) >= -1e-10, "PSD");
            }
        }
    }

    /** §5 check 11: spherical Hessian (I − uuᵀ)/‖v‖ annihilates v, is PSD. */
    @Test
    void check11_sphericalHessianAnnihilatesV() {
        Random rng = new Random(1102);
        Lagrangian sph = Lagrangians.spherical();
        for (int s = 0; s < 10; s++) {
            double[] v = TestFixtures.gaussian(rng, 6, 3);
            double r = Math.sqrt(Dense.dot(v, v));
            double[] hv = sph.hessianTimes(v, v);
            for (double x : hv) assertEquals(0, x, 1e-14 * r);
            double[][] h = sph.hessian(v);
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 6; j++) {
                    double expected = ((i == j ? 1 : 0) - v[i] * v[j] / (r * r)) / r;
                    assertEquals(expected, h[i][j], 1e-12 / r, "H[" + i + "][" + j + "]");
                }
            }
            assertTrue(sph.minHessianEigenvalue(v) >= -1e-10, "PSD");
        }
    }

    /**
     * Exact values: log-sum-exp at x = (0, ln 2, ln 3), β = 1: L = ln 6, activation (1/6, 1/3, 1/2),
     * 36·Hessian = [[5,−2,−3],[−2,8,−6],[−3,−6,9]].
     */
    @Test
    void exactValues_logSumExp() {
        Lagrangian lse = Lagrangians.logSumExp(1);
        double[] x = {0, Math.log(2), Math.log(3)};
        assertRelative(1.791759469228055, lse.value(x), 1e-9, "L = ln 6");
        double[] a = lse.activation(x);
        double[] expected = {1.0 / 6, 1.0 / 3, 1.0 / 2};
        for (int i = 0; i < 3; i++) assertRelative(expected[i], a[i], 1e-9, "activation[" + i + "]");
        double[][] h36 = {{5, -2, -3}, {-2, 8, -6}, {-3, -6, 9}};
        double[][] h = lse.hessian(x);
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) assertRelative(h36[i][j], 36 * h[i][j], 1e-9, "36·H[" + i + "][" + j + "]");
    }

    /** Exact values: layer norm (γ = 1, δ = 0) at x = (1,2,3,4): L = 2√5, activation (−3,−1,1,3)/√5. */
    @Test
    void exactValues_layerNorm() {
        Lagrangian ln = Lagrangians.layerNorm(1, 0);
        double[] x = {1, 2, 3, 4};
        assertRelative(4.47213595499958, ln.value(x), 1e-9, "L = 2√5");
        double[] a = ln.activation(x);
        double[] expected = {-3, -1, 1, 3};
        for (int i = 0; i < 4; i++) assertRelative(expected[i] / Math.sqrt(5), a[i], 1e-9, "activation[" + i + "]");
    }
}
