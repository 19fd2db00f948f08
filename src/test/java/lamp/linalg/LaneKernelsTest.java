package lamp.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import lamp.memory.Memories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link LaneKernels}' claim: each loop gives exactly the bits of its {@link VectorKernels} namesake, for
 * every length (tails of every size), row range, offset and special value; so a result does not depend on
 * which of the two {@link Kernels} ran. Compared as raw bits (a −0.0 against a 0.0, or one NaN payload
 * against another, would fail).
 */
class LaneKernelsTest {
    private static final int[] LENGTHS = {1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 64, 97, 203, 784, 1001};

    @BeforeEach
    void vectorApi() {
        assumeTrue(Backends.vector(), Backends.vectorDescription());
    }

    /** Gaussian entries, with zeros, negative zeros, huge and tiny values mixed in. */
    private static double[] data(int size, SplittableRandom r) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            int kind = r.nextInt(40);
            x[i] = kind == 0 ? 0.0 : kind == 1 ? -0.0 : kind == 2 ? 1e300 * r.nextGaussian() : kind == 3 ? 1e-310 * r.nextGaussian()
                    : r.nextGaussian();
        }
        return x;
    }

    private static void assertBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    what + " [" + i + "]: " + expected[i] + " against " + actual[i]);
        }
    }

    @Test
    void dotsAndStreamDotsHaveTheVectorBits() {
        SplittableRandom r = new SplittableRandom(21);
        for (int n : LENGTHS) {
            int rows = 23;
            double[] a = data(rows * n, r), g = data(n, r);
            for (int from : new int[] {0, 1, 5}) {
                for (int to : new int[] {from, from + 1, from + 4, from + 9, rows}) {
                    double[] hv = new double[to - from + 2], hl = hv.clone(), hs = hv.clone();
                    VectorKernels.dots(n, a, g, from, to, hv, 2);
                    LaneKernels.dots(n, a, g, from, to, hl, 2);
                    VectorKernels.streamDots(n, a, g, from, to, hs, 2);
                    assertBits(hv, hl, "dots n=" + n + " rows " + from + "…" + to);
                    assertBits(hs, hl, "streamDots n=" + n + " rows " + from + "…" + to);
                }
            }
        }
    }

    @Test
    void accumulationsHaveTheVectorBits() {
        SplittableRandom r = new SplittableRandom(22);
        for (int n : LENGTHS) {
            int rows = 23;
            double[] a = data(rows * n, r), f = data(rows, r), c0 = data(n + 3, r);
            int[] list = {7, 2, 2, 19, 0, 11, 5, 22, 3};
            for (int count = 0; count <= list.length; count++) {
                double[] cv = c0.clone(), cl = c0.clone();
                VectorKernels.accumulate(n, a, list, f, count, cv, 3);
                LaneKernels.accumulate(n, a, list, f, count, cl, 3);
                assertBits(cv, cl, "accumulate listed n=" + n + " count " + count);
            }
            for (int to : new int[] {1, 2, 5, 8, 13, rows}) {
                double[] cv = c0.clone(), cl = c0.clone();
                VectorKernels.accumulate(n, a, f, 1, to, cv, 3);
                LaneKernels.accumulate(n, a, f, 1, to, cl, 3);
                assertBits(cv, cl, "accumulate rows n=" + n + " to " + to);
            }
        }
    }

    @Test
    void thePipelinedStepAndThePairHaveTheVectorBits() {
        SplittableRandom r = new SplittableRandom(23);
        int step = VectorKernels.STEP;
        for (int n : LENGTHS) {
            int rows = 3 * step + 5;
            double[] a = data(rows * n, r), g = data(n, r), w = data(rows, r), c0 = data(n + 2, r);
            double[] hv = new double[step + 1], hl = hv.clone(), cv = c0.clone(), cl = c0.clone();
            VectorKernels.dotsAndAdd(n, a, g, 2 * step, hv, 1, step - 3, w, 4, cv, 2);
            LaneKernels.dotsAndAdd(n, a, g, 2 * step, hl, 1, step - 3, w, 4, cl, 2);
            assertBits(hv, hl, "dotsAndAdd h n=" + n);
            assertBits(cv, cl, "dotsAndAdd c n=" + n);
            for (int to : new int[] {3, 4, 7, rows}) {
                double[] pv = new double[rows], pl = new double[rows], qv = c0.clone(), ql = c0.clone();
                VectorKernels.pair(n, a, g, w, 2, to, pv, qv, 1);
                LaneKernels.pair(n, a, g, w, 2, to, pl, ql, 1);
                assertBits(pv, pl, "pair h n=" + n + " to " + to);
                assertBits(qv, ql, "pair c n=" + n + " to " + to);
            }
        }
    }

    @Test
    void theExponentialsAndTheirSumHaveTheVectorBits() {
        SplittableRandom r = new SplittableRandom(24);
        for (int n : LENGTHS) {
            double[] x = new double[n + 5];
            for (int i = 0; i < x.length; i++) x[i] = 30 * r.nextGaussian();
            if (n > 4) {
                x[3] = Double.NEGATIVE_INFINITY;
                x[4] = -800;
            }
            for (double beta : new double[] {0.05, 1, 20}) {
                double[] mv = x.clone(), ml = x.clone();
                double sv = VectorKernels.expSum(beta, 40, mv, 2, n), sl = LaneKernels.expSum(beta, 40, ml, 2, n);
                assertEquals(Double.doubleToRawLongBits(sv), Double.doubleToRawLongBits(sl), "expSum sum n=" + n + " β " + beta);
                assertBits(mv, ml, "expSum entries n=" + n + " β " + beta);
            }
        }
    }

    @Test
    void theLanesAreNotAPlainSum() {
        // the twins must keep lane sums: a plain left-to-right sum differs in the last bits (else the
        // tests above could not tell a twin that ignored the lanes from one that keeps them)
        SplittableRandom r = new SplittableRandom(25);
        int n = 784, differ = 0;
        for (int t = 0; t < 20; t++) {
            double[] a = data(n, r), g = data(n, r);
            double plain = 0;
            for (int i = 0; i < n; i++) plain = Math.fma(a[i], g[i], plain);
            double[] h = new double[1];
            LaneKernels.dots(n, a, g, 0, 1, h, 0);
            if (plain != h[0]) differ++;
        }
        assertNotEquals(0, differ);
    }

    @Test
    void trainingChangesALoopOverOnceItsVectorFormIsCompiled() {
        Kernels.reset();
        try {
            SplittableRandom r = new SplittableRandom(28);
            int k = 64, n = 784;
            double[] a = data(k * n, r), g = data(n, r), f = data(k, r), h = new double[k], c = new double[n];
            assertFalse(Kernels.compiled(Kernels.Loop.PAIR));
            assertTrue(Kernels.calledLoopsCompiled(), "no loop called yet");
            long start = System.nanoTime();
            while (!Kernels.compiled(Kernels.Loop.PAIR) && System.nanoTime() - start < 60_000_000_000L) {
                Kernels.pair(n, a, g, f, 0, k, h, c, 0);
            }
            assertTrue(Kernels.compiled(Kernels.Loop.PAIR), "pair still on its twin after 60 s of calls: " + Kernels.state());
            assertTrue(Kernels.calledLoopsCompiled());
            assertFalse(Kernels.compiled(Kernels.Loop.EXP_SUM), "a loop never called is never trained");
        } finally {
            Kernels.reset();
        }
    }

    @Test
    void bothFormsGiveTheSameDrivesThroughThePublicEntryPoints() {
        // the warm-up may change a loop over in the middle of a call: the whole drive must not notice
        SplittableRandom r = new SplittableRandom(26);
        int k = 1100, n = 790;   // above the single-pass size, so the drives run the single-pass loops
        double[] data = new double[k * n];
        for (int i = 0; i < data.length; i++) data[i] = r.nextBoolean() ? 1 : -1;
        Memories xi = Memories.of(k, n, data);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) g[i] = r.nextGaussian() / 28;
        double[][] out = new double[2][];
        try {
            for (int form = 0; form < 2; form++) {
                Kernels.force(form == 0);
                double[] h = new double[k], f = new double[k], o = new double[n], p = new double[n], s = new double[k];
                xi.drive(g, lamp.lagrangian.Lagrangians.rectifiedPower(3), h, f, o);
                xi.drive(g, lamp.lagrangian.Lagrangians.logSumExp(2), h, f, p);
                SplittableRandom scores = new SplittableRandom(27);   // the same softmax input for both forms
                for (int i = 0; i < k; i++) s[i] = 3 * scores.nextGaussian();
                Dense.softmax(1.5, s, s);
                double[] all = new double[2 * n + k];
                System.arraycopy(o, 0, all, 0, n);
                System.arraycopy(p, 0, all, n, n);
                System.arraycopy(s, 0, all, 2 * n, k);
                out[form] = all;
            }
        } finally {
            Kernels.reset();
        }
        assertArrayEquals(out[0], out[1], 0.0);
        assertBits(out[0], out[1], "vector against lanes");
    }
}
