package lamp.linalg;

/**
 * {@link VectorKernels}' loops in plain Java, with their bits: each method gives exactly the result of
 * its namesake there, for every input. A dot product keeps one sum per vector lane (lane l sums the
 * products at i ≡ l mod the vector width, in order), adds the lanes in lane order, then the tail, as
 * the vector loop does; an accumulation applies each row's multiply-add to each entry in row order,
 * which is what the vector loop does lane by lane. {@link Kernels} runs these while the JIT has not yet
 * compiled the vector loops: a fresh JVM's vector API is boxed objects until C2 compiles it, while
 * these loops compile in milliseconds. Which of the two ran never changes a bit (tested on every
 * kernel), so no result depends on JIT state or call history.
 */
final class LaneKernels {
    private LaneKernels() {}

    /** The vector width whose lanes these loops reproduce (a power of two, at least 4). */
    private static final int L = VectorKernels.width();
    /**
     * Σ_i a[b + i] g[i] as {@link VectorKernels}' dot products take it: lane sums over i &lt; upper,
     * four lanes at a time (the four chains keep a core's multiply-add unit busy), added in lane order,
     * then the tail.
     */
    static double dot(double[] a, int b, double[] g, int upper, int n) {
        double sum = 0;
        for (int l = 0; l < L; l += 4) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int i = l; i < upper; i += L) {
                s0 = Math.fma(a[b + i], g[i], s0);
                s1 = Math.fma(a[b + i + 1], g[i + 1], s1);
                s2 = Math.fma(a[b + i + 2], g[i + 2], s2);
                s3 = Math.fma(a[b + i + 3], g[i + 3], s3);
            }
            sum += s0;
            sum += s1;
            sum += s2;
            sum += s3;
        }
        for (int i = upper; i < n; i++) sum = Math.fma(a[b + i], g[i], sum);
        return sum;
    }

    /**
     * {@link #dot} of two rows at once, h[o] for the row at b0 and h[o + 1] for the row at b1: the same
     * sums, eight chains sharing each load of g.
     */
    static void dotTwo(double[] a, int b0, int b1, double[] g, int upper, int n, double[] h, int o) {
        double sum0 = 0, sum1 = 0;
        for (int l = 0; l < L; l += 4) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
            for (int i = l; i < upper; i += L) {
                double g0 = g[i], g1 = g[i + 1], g2 = g[i + 2], g3 = g[i + 3];
                s0 = Math.fma(a[b0 + i], g0, s0);
                s1 = Math.fma(a[b0 + i + 1], g1, s1);
                s2 = Math.fma(a[b0 + i + 2], g2, s2);
                s3 = Math.fma(a[b0 + i + 3], g3, s3);
                t0 = Math.fma(a[b1 + i], g0, t0);
                t1 = Math.fma(a[b1 + i + 1], g1, t1);
                t2 = Math.fma(a[b1 + i + 2], g2, t2);
                t3 = Math.fma(a[b1 + i + 3], g3, t3);
            }
            sum0 += s0;
            sum0 += s1;
            sum0 += s2;
            sum0 += s3;
            sum1 += t0;
            sum1 += t1;
            sum1 += t2;
            sum1 += t3;
        }
        for (int i = upper; i < n; i++) {
            sum0 = Math.fma(a[b0 + i], g[i], sum0);
            sum1 = Math.fma(a[b1 + i], g[i], sum1);
        }
        h[o] = sum0;
        h[o + 1] = sum1;
    }

    private static int upper(int n) {
        return n - n % L;
    }

    /** {@link VectorKernels#dots}: h[hOff + μ − from] = Σ_i a[μn + i] g[i]. */
    static void dots(int n, double[] a, double[] g, int from, int to, double[] h, int hOff) {
        int upper = upper(n), mu = from;
        for (; mu + 1 < to; mu += 2) dotTwo(a, mu * n, (mu + 1) * n, g, upper, n, h, hOff + mu - from);
        if (mu < to) h[hOff + mu - from] = dot(a, mu * n, g, upper, n);
    }

    /** {@link VectorKernels#accumulate(int, double[], int[], double[], int, double[], int)}: the listed rows, in order. */
    static void accumulate(int n, double[] a, int[] rows, double[] w, int count, double[] c, int cOff) {
        int j = 0;
        for (; j + 3 < count; j += 4) addFour(n, a, rows[j] * n, rows[j + 1] * n, rows[j + 2] * n, rows[j + 3] * n, w[j], w[j + 1], w[j + 2], w[j + 3], c, cOff);
        for (; j < count; j++) addOne(n, a, rows[j] * n, w[j], c, cOff);
    }

    /** {@link VectorKernels#accumulate(int, double[], double[], int, int, double[], int)}: rows from … to, in order. */
    static void accumulate(int n, double[] a, double[] f, int from, int to, double[] c, int cOff) {
        int mu = from;
        for (; mu + 3 < to; mu += 4) {
            int b0 = mu * n;
            addFour(n, a, b0, b0 + n, b0 + 2 * n, b0 + 3 * n, f[mu], f[mu + 1], f[mu + 2], f[mu + 3], c, cOff);
        }
        for (; mu < to; mu++) addOne(n, a, mu * n, f[mu], c, cOff);
    }

    /** {@link VectorKernels#dotsAndAdd}: the weights read first and h written last, as there. */
    static void dotsAndAdd(int n, double[] a, double[] g, int next, double[] h, int hOff, int prev, double[] w, int wOff,
                           double[] c, int cOff) {
        int p0 = prev * n;
        double w0 = w[wOff], w1 = w[wOff + 1], w2 = w[wOff + 2], w3 = w[wOff + 3];
        double w4 = w[wOff + 4], w5 = w[wOff + 5], w6 = w[wOff + 6], w7 = w[wOff + 7];
        double[] out = new double[VectorKernels.STEP];
        int upper = upper(n);
        for (int j = 0; j < out.length; j += 2) dotTwo(a, (next + j) * n, (next + j + 1) * n, g, upper, n, out, j);
        addFour(n, a, p0, p0 + n, p0 + 2 * n, p0 + 3 * n, w0, w1, w2, w3, c, cOff);
        addFour(n, a, p0 + 4 * n, p0 + 5 * n, p0 + 6 * n, p0 + 7 * n, w4, w5, w6, w7, c, cOff);
        System.arraycopy(out, 0, h, hOff, out.length);
    }

    /** {@link VectorKernels#pair}: each row's dot product with g, and c += f[μ] times the row, rows in order. */
    static void pair(int n, double[] a, double[] g, double[] f, int from, int to, double[] h, double[] c, int cOff) {
        dots(n, a, g, from, to, h, from);
        accumulate(n, a, f, from, to, c, cOff);
    }

    /** {@link VectorKernels#expSum}: the exponentials entry by entry, their sum lane by lane, then the tail. */
    static double expSum(double beta, double shift, double[] m, int off, int len) {
        int end = off + len, upper = off + upper(len);
        for (int i = off; i < end; i++) m[i] = VectorKernels.exp(beta * (m[i] - shift));
        double s = 0;
        for (int l = 0; l < L; l += 4) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int i = off + l; i < upper; i += L) {
                s0 += m[i];
                s1 += m[i + 1];
                s2 += m[i + 2];
                s3 += m[i + 3];
            }
            s += s0;
            s += s1;
            s += s2;
            s += s3;
        }
        for (int i = upper; i < end; i++) s += m[i];
        return s;
    }

    private static void addFour(int n, double[] a, int b0, int b1, int b2, int b3, double w0, double w1, double w2, double w3,
                                double[] c, int cOff) {
        for (int i = 0; i < n; i++) {
            c[cOff + i] = Math.fma(a[b3 + i], w3, Math.fma(a[b2 + i], w2, Math.fma(a[b1 + i], w1, Math.fma(a[b0 + i], w0, c[cOff + i]))));
        }
    }

    private static void addOne(int n, double[] a, int b0, double w0, double[] c, int cOff) {
        for (int i = 0; i < n; i++) c[cOff + i] = Math.fma(a[b0 + i], w0, c[cOff + i]);
    }
}
