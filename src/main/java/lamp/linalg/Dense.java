package lamp.linalg;

import lamp.memory.Memories;

/**
 * The one home of lamp's dense linear algebra: the two products every model is built from,
 * ξg (feature → hidden, the argument of L_h in M2, M5) and ξᵀf (hidden → feature, the drive in
 * M2, M6, M7), and their batched forms. Models never loop over ξ themselves, so this class is the
 * only place that needs to be fast. The products run on {@link Blas#active()}: the native OpenBLAS
 * when it is installed, lamp's own multi-threaded Java kernels otherwise (see {@link Blas}).
 */
public final class Dense {
    private Dense() {}

    /** out_μ = Σ_i ξ_{μi} x_i (length N_h). */
    public static double[] multiply(Memories xi, double[] x) {
        double[] out = new double[xi.count()];
        multiply(xi, x, out);
        return out;
    }

    /** out_μ = Σ_i ξ_{μi} x_i, written into {@code out} (length N_h). */
    public static void multiply(Memories xi, double[] x, double[] out) {
        int k = xi.count(), n = xi.dimension();
        if (x.length != n) throw new IllegalArgumentException("vector has length " + x.length + " but ξ has " + n + " columns");
        if (out.length != k) throw new IllegalArgumentException("output has length " + out.length + " but ξ has " + k + " rows");
        backend((long) k * n).multiply(k, n, xi.data(), x, out);
    }

    /** out_i = Σ_μ ξ_{μi} y_μ (length N_f). */
    public static double[] multiplyTransposed(Memories xi, double[] y) {
        double[] out = new double[xi.dimension()];
        multiplyTransposed(xi, y, out);
        return out;
    }

    /** out_i = Σ_μ ξ_{μi} y_μ, written into {@code out} (length N_f). */
    public static void multiplyTransposed(Memories xi, double[] y, double[] out) {
        int k = xi.count(), n = xi.dimension();
        if (y.length != k) throw new IllegalArgumentException("vector has length " + y.length + " but ξ has " + k + " rows");
        if (out.length != n) throw new IllegalArgumentException("output has length " + out.length + " but ξ has " + n + " columns");
        backend((long) k * n).multiplyTransposed(k, n, xi.data(), y, out);
    }

    /**
     * Batched ξg: {@code queries} holds B row-major vectors of length N_f; returns the B × N_h
     * row-major matrix of overlaps Q ξᵀ.
     */
    public static double[] multiplyBatch(Memories xi, double[] queries, int batch) {
        int k = xi.count(), n = xi.dimension();
        if (batch < 0 || queries.length != (long) batch * n) throw new IllegalArgumentException("batch holds " + queries.length + " values but " + batch + " × " + n + " are required");
        double[] out = new double[Math.multiplyExact(batch, k)];
        if (batch > 0) backend((long) batch * k * n).multiplyBatch(batch, k, n, xi.data(), queries, out);
        return out;
    }

    /**
     * Batched ξᵀf: {@code weights} holds B row-major vectors of length N_h; returns the B × N_f
     * row-major matrix P ξ.
     */
    public static double[] multiplyTransposedBatch(Memories xi, double[] weights, int batch) {
        int k = xi.count(), n = xi.dimension();
        if (batch < 0 || weights.length != (long) batch * k) throw new IllegalArgumentException("batch holds " + weights.length + " values but " + batch + " × " + k + " are required");
        double[] out = new double[Math.multiplyExact(batch, n)];
        if (batch > 0) backend((long) batch * k * n).multiplyTransposedBatch(batch, k, n, xi.data(), weights, out);
        return out;
    }

    /**
     * Row-wise softmax in place: each of the {@code rows} rows of length {@code cols} in {@code m}
     * becomes exp(β(x − max)) / Σ exp(β(x − max)), the same arithmetic as
     * {@link lamp.lagrangian.LogSumExp#softmax}. Rows are spread over the {@link Parallel} threads.
     */
    public static void softmaxRows(double beta, double[] m, int rows, int cols) {
        if (m.length != (long) rows * cols) throw new IllegalArgumentException("matrix holds " + m.length + " values but " + rows + " × " + cols + " are required");
        int parts = (long) rows * cols < JavaBlas.PARALLEL_MIN / 8 || !Parallel.available() ? 1 : Math.min(rows, Parallel.threads());
        Parallel.forEach(parts, p -> {
            int to = Parallel.split(rows, parts, p + 1, 1);
            for (int r = Parallel.split(rows, parts, p, 1); r < to; r++) softmax(beta, m, r * cols, cols);
        });
    }

    private static void softmax(double beta, double[] m, int off, int len) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = off; i < off + len; i++) max = Math.max(max, m[i]);
        double s = 0;
        for (int i = off; i < off + len; i++) {
            double e = Math.exp(beta * (m[i] - max));
            m[i] = e;
            s += e;
        }
        double inv = 1 / s;
        for (int i = off; i < off + len; i++) m[i] *= inv;
    }

    /** The backend in use ({@link Blas#active()}); see {@link Blas} for how it is chosen. */
    public static Blas backend() {
        return Blas.active();
    }

    /** Products this small stay in Java on the calling thread: a JNI call costs more than the work. */
    static final long NATIVE_MIN = 1L << 14;

    private static Blas backend(long work) {
        return work < NATIVE_MIN ? JavaBlas.INSTANCE : Blas.active();
    }

    /** Dot product Σ a_i b_i. */
    public static double dot(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("dot of lengths " + a.length + " and " + b.length);
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** Euclidean norm ‖a‖. */
    public static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
