package lamp.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claims of {@link VectorKernels}' Javadoc that the comparisons of {@link FusedTest} (to 10⁻¹²)
 * would not catch: that the pipelined step gives exactly the bits of its two parts, and that the
 * vectorised exponential is within 1 ulp of {@link StrictMath#exp} and has the same bits in every
 * lane as its scalar form (so a softmax does not depend on where a row's vector loop ends).
 */
class VectorKernelsTest {

    @BeforeEach
    void vectorApi() {
        // FusedTest.theTestJvmRunsTheVectorPath fails if the test JVM lacks the module; here, skip
        assumeTrue(Backends.vector(), Backends.vectorDescription());
    }

    private static double[] gaussian(int size, SplittableRandom r) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) x[i] = r.nextGaussian();
        return x;
    }

    @Test
    void dotsAndAddAndStreamDotsHaveTheBitsOfDotsThenAccumulate() {
        SplittableRandom r = new SplittableRandom(11);
        int step = VectorKernels.STEP;
        for (int n : new int[] {1, 5, 8, 13, 97, 784, 1001}) {
            int rows = 3 * step;
            double[] a = gaussian(rows * n, r), g = gaussian(n, r), w = gaussian(rows, r);
            w[3] = 0; // a row left out (weight 0) still leaves the sum's value as the skipping form has it
            double[] c0 = gaussian(n, r);
            double[] hFused = new double[step], cFused = c0.clone();
            VectorKernels.dotsAndAdd(n, a, g, 2 * step, hFused, 0, step, w, step, cFused, 0);
            double[] hPlain = new double[step], cPlain = c0.clone();
            VectorKernels.dots(n, a, g, 2 * step, 3 * step, hPlain, 0);
            VectorKernels.accumulate(n, a, w, step, 2 * step, cPlain, 0);
            for (int j = 0; j < step; j++) assertEquals(hPlain[j], hFused[j], 0.0, "n = " + n + ", h[" + j + "]");
            // eight rows per load of g (streamDots) or four (dots): the same bits, for any row count
            double[] hStream = new double[rows - 1], hFour = new double[rows - 1];
            VectorKernels.streamDots(n, a, g, 1, rows, hStream, 0);
            VectorKernels.dots(n, a, g, 1, rows, hFour, 0);
            for (int j = 0; j < rows - 1; j++) assertEquals(hFour[j], hStream[j], 0.0, "n = " + n + ", streamDots[" + j + "]");
            for (int i = 0; i < n; i++) assertEquals(cPlain[i], cFused[i], 0.0, "n = " + n + ", c[" + i + "]");
        }
    }

    @Test
    void expIsWithinOneUlpOfStrictMathAndEveryLaneHasTheScalarBits() {
        SplittableRandom r = new SplittableRandom(12);
        int count = 1 << 21;
        double[] x = new double[count];
        for (int i = 0; i < count; i++) {
            // the softmax's range (x ≤ 0, down to the subnormals), and the positive side up to overflow
            x[i] = i % 2 == 0 ? -746 * r.nextDouble() : 709.78 * r.nextDouble();
        }
        double[] y = x.clone();
        VectorKernels.expSum(1, 0, y, 3, count - 3); // an offset, so lanes and tail both cover each residue
        double worst = 0, at = 0;
        for (int i = 0; i < count; i++) {
            double scalar = VectorKernels.exp(x[i]);
            if (i >= 3) assertEquals(Double.doubleToRawLongBits(scalar), Double.doubleToRawLongBits(y[i]), "lane and scalar differ at x = " + x[i]);
            double exact = StrictMath.exp(x[i]);
            double ulps = Math.abs(scalar - exact) / Math.ulp(exact);
            if (ulps > worst) {
                worst = ulps;
                at = x[i];
            }
        }
        assertTrue(worst <= 1, "worst error " + worst + " ulp at x = " + at);
    }

    @Test
    void expAtItsEdges() {
        assertEquals(1.0, VectorKernels.exp(0), 0.0);
        assertEquals(1.0, VectorKernels.exp(-0.0), 0.0);
        assertEquals(0.0, VectorKernels.exp(Double.NEGATIVE_INFINITY), 0.0);
        assertEquals(0.0, VectorKernels.exp(-1e300), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, VectorKernels.exp(709.8), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, VectorKernels.exp(Double.POSITIVE_INFINITY), 0.0);
        assertTrue(Double.isNaN(VectorKernels.exp(Double.NaN)));
        assertEquals(StrictMath.exp(709.78), VectorKernels.exp(709.78), Math.ulp(StrictMath.exp(709.78)));
        // the smallest subnormal, and values where the result becomes subnormal
        assertEquals(Double.MIN_VALUE, VectorKernels.exp(-745.1), 0.0);
        for (double v = -708; v > -745; v -= 0.731) assertEquals(StrictMath.exp(v), VectorKernels.exp(v), Math.ulp(StrictMath.exp(v)), "at " + v);
        // lanes see the same edges (NaN stays NaN in its lane only)
        double[] m = {0, Double.NEGATIVE_INFINITY, Double.NaN, -745.1, 709.8, -1, 1, -0.0, 2, 3};
        VectorKernels.expSum(1, 0, m, 0, m.length);
        assertEquals(1.0, m[0], 0.0);
        assertEquals(0.0, m[1], 0.0);
        assertTrue(Double.isNaN(m[2]));
        assertEquals(Double.MIN_VALUE, m[3], 0.0);
        assertEquals(Double.POSITIVE_INFINITY, m[4], 0.0);
        assertEquals(VectorKernels.exp(-1), m[5], 0.0);
    }

    @Test
    void softmaxIsWithinTheRoundingBoundOfItsSum() {
        SplittableRandom r = new SplittableRandom(13);
        double u = Math.ulp(1.0) / 2;
        for (int len : new int[] {1, 7, 8, 9, 60000}) {
            for (double beta : new double[] {0.05, 1, 30}) {
                double[] x = gaussian(len, r);
                for (int i = 0; i < len; i++) x[i] *= 28;
                double max = Double.NEGATIVE_INFINITY;
                for (double v : x) max = Math.max(max, v);
                // reference: StrictMath.exp and a compensated (Neumaier) sum, accurate to about 1 ulp
                double[] e = new double[len];
                double s = 0, comp = 0;
                for (int i = 0; i < len; i++) {
                    double term = e[i] = StrictMath.exp(beta * (x[i] - max)), t = s + term;
                    comp += Math.abs(s) >= term ? (s - t) + term : (term - t) + s;
                    s = t;
                }
                s += comp;
                double[] p = x.clone();
                Dense.softmax(beta, p, p); // on VectorKernels.expSum (the test runs with the vector API)
                // the sum runs in W lanes of about len/W positive terms each, then W lane sums: relative
                // error below (len/W + W)·u; 1 ulp from each exp, 2 from the division and the scaling
                int w = VectorKernels.width();
                double tol = ((double) len / w + w + 4) * u;
                for (int i = 0; i < len; i++) {
                    double exact = e[i] / s;
                    assertEquals(exact, p[i], tol * exact, "len " + len + " β " + beta + " at " + i);
                }
            }
        }
    }
}
