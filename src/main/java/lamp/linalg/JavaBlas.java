package lamp.linalg;

import java.util.Arrays;

/**
 * lamp's own dense kernels in plain Java, split over {@link Parallel} threads. Every output entry
 * is computed by exactly one thread with a summation order fixed by the shapes alone, so results
 * do not depend on the thread count.
 *
 * <ul>
 *   <li>A x: rows split between threads; two rows share each load of x, four partial sums per row.</li>
 *   <li>Aᵀ x and P A: columns split between threads; rows are added four at a time in μ order
 *       (((c + p₀a₀) + p₁a₁) + …), a form C2 turns into AVX loops, and all-zero weights are skipped.</li>
 *   <li>Q Aᵀ: rows of A in blocks that stay in L2, 2 × 2 register tiles of dot products.</li>
 * </ul>
 */
final class JavaBlas implements Blas {
    static final JavaBlas INSTANCE = new JavaBlas();

    /** Rows of A per block in the batched kernels (64 × 784 doubles ≈ 400 KB, an L2's worth). */
    private static final int ROW_BLOCK = 64;

    private JavaBlas() {}

    private static int parts(long work) {
        return Thresholds.parts(work, Thresholds.PARALLEL_MIN, Integer.MAX_VALUE);
    }

    // --- A x ------------------------------------------------------------------------------------

    @Override
    public void multiply(int k, int n, double[] a, double[] x, double[] y) {
        int parts = parts((long) k * n);
        Parallel.forEach(parts, p -> multiplyRows(n, a, x, y, Parallel.split(k, parts, p, 2), Parallel.split(k, parts, p + 1, 2)));
    }

    private static void multiplyRows(int n, double[] a, double[] x, double[] y, int from, int to) {
        int mu = from;
        for (; mu + 1 < to; mu += 2) {
            int b0 = mu * n, b1 = b0 + n;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
            int i = 0;
            for (; i + 3 < n; i += 4) {
                double x0 = x[i], x1 = x[i + 1], x2 = x[i + 2], x3 = x[i + 3];
                s0 += a[b0 + i] * x0;
                s1 += a[b0 + i + 1] * x1;
                s2 += a[b0 + i + 2] * x2;
                s3 += a[b0 + i + 3] * x3;
                t0 += a[b1 + i] * x0;
                t1 += a[b1 + i + 1] * x1;
                t2 += a[b1 + i + 2] * x2;
                t3 += a[b1 + i + 3] * x3;
            }
            for (; i < n; i++) {
                s0 += a[b0 + i] * x[i];
                t0 += a[b1 + i] * x[i];
            }
            y[mu] = (s0 + s1) + (s2 + s3);
            y[mu + 1] = (t0 + t1) + (t2 + t3);
        }
        if (mu < to) {
            int b0 = mu * n;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int i = 0;
            for (; i + 3 < n; i += 4) {
                s0 += a[b0 + i] * x[i];
                s1 += a[b0 + i + 1] * x[i + 1];
                s2 += a[b0 + i + 2] * x[i + 2];
                s3 += a[b0 + i + 3] * x[i + 3];
            }
            for (; i < n; i++) s0 += a[b0 + i] * x[i];
            y[mu] = (s0 + s1) + (s2 + s3);
        }
    }

    // --- Aᵀ x -----------------------------------------------------------------------------------

    @Override
    public void multiplyTransposed(int k, int n, double[] a, double[] x, double[] y) {
        int parts = Math.min(parts((long) k * n), Math.max(1, n / 64));
        Parallel.forEach(parts, p -> {
            int from = Parallel.split(n, parts, p, 8), to = Parallel.split(n, parts, p + 1, 8);
            Arrays.fill(y, from, to, 0.0);
            accumulateRows(n, a, x, 0, 0, k, y, 0, from, to);
        });
    }

    /**
     * c[cOff + i] += Σ_{μ ∈ [rowFrom, rowTo)} w[wOff + μ] · a[μ n + i] for i in [from, to), rows
     * added in μ order four at a time; a block whose four weights are all zero is skipped.
     */
    private static void accumulateRows(int n, double[] a, double[] w, int wOff, int rowFrom, int rowTo,
                                       double[] c, int cOff, int from, int to) {
        int mu = rowFrom;
        for (; mu + 3 < rowTo; mu += 4) {
            double w0 = w[wOff + mu], w1 = w[wOff + mu + 1], w2 = w[wOff + mu + 2], w3 = w[wOff + mu + 3];
            if (w0 == 0 && w1 == 0 && w2 == 0 && w3 == 0) continue;
            int b0 = mu * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
            for (int i = from; i < to; i++) {
                c[cOff + i] = c[cOff + i] + w0 * a[b0 + i] + w1 * a[b1 + i] + w2 * a[b2 + i] + w3 * a[b3 + i];
            }
        }
        for (; mu < rowTo; mu++) {
            double w0 = w[wOff + mu];
            if (w0 == 0) continue;
            int b0 = mu * n;
            for (int i = from; i < to; i++) c[cOff + i] = c[cOff + i] + w0 * a[b0 + i];
        }
    }

    // --- P A ------------------------------------------------------------------------------------

    @Override
    public void multiplyTransposedBatch(int batch, int k, int n, double[] a, double[] p, double[] c) {
        int parts = Math.min(parts((long) batch * k * n), Math.max(1, n / 64));
        Arrays.fill(c, 0, batch * n, 0.0);
        Parallel.forEach(parts, part -> {
            int from = Parallel.split(n, parts, part, 8), to = Parallel.split(n, parts, part + 1, 8);
            // rows in blocks aligned to 4, so the μ-order groups of four are the same as unblocked
            for (int r0 = 0; r0 < k; r0 += ROW_BLOCK) {
                int r1 = Math.min(k, r0 + ROW_BLOCK);
                for (int b = 0; b < batch; b++) accumulateRows(n, a, p, b * k, r0, r1, c, b * n, from, to);
            }
        });
    }

    // --- Q Aᵀ -----------------------------------------------------------------------------------

    @Override
    public void multiplyBatch(int batch, int k, int n, double[] a, double[] q, double[] c) {
        int parts = parts((long) batch * k * n);
        Parallel.forEach(parts, part -> {
            int from = Parallel.split(k, parts, part, 2), to = Parallel.split(k, parts, part + 1, 2);
            for (int r0 = from; r0 < to; r0 += ROW_BLOCK) {
                int r1 = Math.min(to, r0 + ROW_BLOCK);
                int b = 0;
                for (; b + 1 < batch; b += 2) {
                    int q0 = b * n, q1 = q0 + n;
                    int mu = r0;
                    for (; mu + 1 < r1; mu += 2) tile2x2(n, a, mu * n, (mu + 1) * n, q, q0, q1, c, b * k + mu, (b + 1) * k + mu);
                    if (mu < r1) {
                        c[b * k + mu] = dot(n, a, mu * n, q, q0);
                        c[(b + 1) * k + mu] = dot(n, a, mu * n, q, q1);
                    }
                }
                if (b < batch) for (int mu = r0; mu < r1; mu++) c[b * k + mu] = dot(n, a, mu * n, q, b * n);
            }
        });
    }

    /** Dot of two length-n slices with partial sums over even and odd i; the tiles use the same order. */
    private static double dot(int n, double[] a, int ao, double[] q, int qo) {
        double s0 = 0, s1 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            s0 += a[ao + i] * q[qo + i];
            s1 += a[ao + i + 1] * q[qo + i + 1];
        }
        if (i < n) s0 += a[ao + i] * q[qo + i];
        return s0 + s1;
    }

    /** Four dot products (rows a0, a1 against queries q0, q1) in the same order as {@link #dot}. */
    private static void tile2x2(int n, double[] a, int a0, int a1, double[] q, int q0, int q1, double[] c, int c0, int c1) {
        double s00 = 0, s01 = 0, s10 = 0, s11 = 0, e00 = 0, e01 = 0, e10 = 0, e11 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            double x0 = a[a0 + i], x1 = a[a1 + i], y0 = q[q0 + i], y1 = q[q1 + i];
            s00 += x0 * y0;
            s01 += x1 * y0;
            s10 += x0 * y1;
            s11 += x1 * y1;
            double u0 = a[a0 + i + 1], u1 = a[a1 + i + 1], v0 = q[q0 + i + 1], v1 = q[q1 + i + 1];
            e00 += u0 * v0;
            e01 += u1 * v0;
            e10 += u0 * v1;
            e11 += u1 * v1;
        }
        if (i < n) {
            double x0 = a[a0 + i], x1 = a[a1 + i], y0 = q[q0 + i], y1 = q[q1 + i];
            s00 += x0 * y0;
            s01 += x1 * y0;
            s10 += x0 * y1;
            s11 += x1 * y1;
        }
        c[c0] = s00 + e00;
        c[c0 + 1] = s01 + e01;
        c[c1] = s10 + e10;
        c[c1 + 1] = s11 + e11;
    }

    @Override public boolean isNative() { return false; }

    @Override
    public String description() {
        return "pure Java (lamp kernels, " + Parallel.threads() + " threads)";
    }

    @Override public String toString() { return description(); }
}
