package lamp.linalg;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * The Java loops behind {@link Fused}: dot products of a block of rows with one vector, and the
 * accumulation c += Σ_j w_j ξ_{row_j} of selected rows, four rows per pass over c so that C2
 * turns the loop into vector instructions. Summation orders depend on the shapes and the data
 * only, never on threads.
 */
final class BlockKernels {
    private BlockKernels() {}

    /**
     * True when the JVM turns {@link Math#fma} into the processor's FMA instruction (C2 then
     * vectorises it too); without it Math.fma is a slow software routine and the plain form is used.
     */
    static final boolean FMA = hardwareFma();

    private static boolean hardwareFma() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotspot != null && Boolean.parseBoolean(hotspot.getVMOption("UseFMA").getValue());
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** h[hOff + μ − from] = Σ_i a[μn + i] g[i] for μ in [from, to): four rows share each load of g. */
    static void dots(int n, double[] a, double[] g, int from, int to, double[] h, int hOff) {
        int mu = from;
        for (; mu + 3 < to; mu += 4) {
            int b0 = mu * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
            int i = 0;
            for (; i + 1 < n; i += 2) {
                double x0 = g[i], x1 = g[i + 1];
                s0 += a[b0 + i] * x0;
                t0 += a[b0 + i + 1] * x1;
                s1 += a[b1 + i] * x0;
                t1 += a[b1 + i + 1] * x1;
                s2 += a[b2 + i] * x0;
                t2 += a[b2 + i + 1] * x1;
                s3 += a[b3 + i] * x0;
                t3 += a[b3 + i + 1] * x1;
            }
            if (i < n) {
                double x0 = g[i];
                s0 += a[b0 + i] * x0;
                s1 += a[b1 + i] * x0;
                s2 += a[b2 + i] * x0;
                s3 += a[b3 + i] * x0;
            }
            int o = hOff + mu - from;
            h[o] = s0 + t0;
            h[o + 1] = s1 + t1;
            h[o + 2] = s2 + t2;
            h[o + 3] = s3 + t3;
        }
        for (; mu < to; mu++) {
            int b0 = mu * n;
            double s0 = 0, t0 = 0;
            int i = 0;
            for (; i + 1 < n; i += 2) {
                s0 += a[b0 + i] * g[i];
                t0 += a[b0 + i + 1] * g[i + 1];
            }
            if (i < n) s0 += a[b0 + i] * g[i];
            h[hOff + mu - from] = s0 + t0;
        }
    }

    /**
     * c[cOff + i] += Σ_{j &lt; count} w[j] a[rows[j] n + i] for i in [0, n): rows added in the order
     * given, four per pass over c.
     */
    static void accumulate(int n, double[] a, int[] rows, double[] w, int count, double[] c, int cOff) {
        int j = 0;
        for (; j + 3 < count; j += 4) {
            double w0 = w[j], w1 = w[j + 1], w2 = w[j + 2], w3 = w[j + 3];
            int b0 = rows[j] * n, b1 = rows[j + 1] * n, b2 = rows[j + 2] * n, b3 = rows[j + 3] * n;
            if (FMA) {
                for (int i = 0; i < n; i++) {
                    c[cOff + i] = Math.fma(w3, a[b3 + i], Math.fma(w2, a[b2 + i], Math.fma(w1, a[b1 + i], Math.fma(w0, a[b0 + i], c[cOff + i]))));
                }
            } else {
                for (int i = 0; i < n; i++) {
                    c[cOff + i] = c[cOff + i] + w0 * a[b0 + i] + w1 * a[b1 + i] + w2 * a[b2 + i] + w3 * a[b3 + i];
                }
            }
        }
        for (; j < count; j++) {
            double w0 = w[j];
            int b0 = rows[j] * n;
            if (FMA) {
                for (int i = 0; i < n; i++) c[cOff + i] = Math.fma(w0, a[b0 + i], c[cOff + i]);
            } else {
                for (int i = 0; i < n; i++) c[cOff + i] = c[cOff + i] + w0 * a[b0 + i];
            }
        }
    }
}
