package lamp.linalg;

import java.util.concurrent.atomic.LongAdder;
import lamp.base.Checks;

/**
 * The one home of lamp's dense linear algebra, on plain row-major arrays with explicit dimensions
 * (like BLAS): the two products every model is built from, A x (ξg, feature → hidden: the argument
 * of L_h in M2, M5) and Aᵀ y (ξᵀf, hidden → feature: the drive in M2, M6, M7), their batched forms,
 * the max-shifted softmax (the activation of log-sum-exp, M11), dot products and norms.
 *
 * <p>A is K × N row-major: entry (μ, i) at {@code a[μ·N + i]}. Models never loop over ξ themselves,
 * so this class is the only place that needs to be fast. The products run on {@link Blas#active()}:
 * the native OpenBLAS when it is installed, lamp's own multi-threaded Java kernels otherwise (see
 * {@link Blas}); with the JDK's vector API, single products of mid-sized ξ run on lamp's vector
 * kernels instead, and the drives ({@link #additiveDrive}, {@link #softmaxDrive}, {@link #pair}) read ξ
 * once when it outgrows the cache. Which kernel runs is decided here and in the package-private
 * classes below it, never by a model.
 */
public final class Dense {
    /** Single-pass drive calls made so far in this JVM (see {@link #singlePassCalls()}). */
    private static final LongAdder SINGLE_PASS_CALLS = new LongAdder();

    private Dense() {}

    /** y_μ = Σ_i A_{μi} x_i for the K × N row-major A (returns y, length K). */
    public static double[] multiply(int k, int n, double[] a, double[] x) {
        checkMatrix(k, n, a);
        double[] out = new double[k];
        multiply(k, n, a, x, out);
        return out;
    }

    /** y_μ = Σ_i A_{μi} x_i, written into {@code out} (length K). */
    public static void multiply(int k, int n, double[] a, double[] x, double[] out) {
        checkMatrix(k, n, a);
        if (x == null || out == null) throw new IllegalArgumentException("vector or output is null");
        if (x.length != n) throw new IllegalArgumentException("vector has length " + x.length + " but the matrix has " + n + " columns");
        if (out.length != k) throw new IllegalArgumentException("output has length " + out.length + " but the matrix has " + k + " rows");
        if (vectorPays(k, n)) Fused.multiply(k, n, a, x, out);
        else backend((long) k * n).multiply(k, n, a, x, out);
    }

    /** y_i = Σ_μ A_{μi} x_μ for the K × N row-major A (returns y, length N). */
    public static double[] multiplyTransposed(int k, int n, double[] a, double[] x) {
        checkMatrix(k, n, a);
        double[] out = new double[n];
        multiplyTransposed(k, n, a, x, out);
        return out;
    }

    /** y_i = Σ_μ A_{μi} x_μ, written into {@code out} (length N). */
    public static void multiplyTransposed(int k, int n, double[] a, double[] x, double[] out) {
        checkMatrix(k, n, a);
        if (x == null || out == null) throw new IllegalArgumentException("vector or output is null");
        if (x.length != k) throw new IllegalArgumentException("vector has length " + x.length + " but the matrix has " + k + " rows");
        if (out.length != n) throw new IllegalArgumentException("output has length " + out.length + " but the matrix has " + n + " columns");
        if (vectorPays(k, n)) Fused.multiplyTransposed(k, n, a, x, out);
        else backend((long) k * n).multiplyTransposed(k, n, a, x, out);
    }

    /**
     * Batched A x: {@code queries} holds B row-major vectors of length N; returns the B × K
     * row-major matrix Q Aᵀ. A batch of one is {@link #multiply(int, int, double[], double[])}.
     */
    public static double[] multiplyBatch(int k, int n, double[] a, double[] queries, int batch) {
        checkMatrix(k, n, a);
        Checks.present("queries", queries);
        if (batch < 0 || queries.length != (long) batch * n) throw new IllegalArgumentException("batch holds " + queries.length + " values but " + batch + " × " + n + " are required");
        double[] out = new double[Math.multiplyExact(batch, k)];
        if (batch == 1) backend((long) k * n).multiply(k, n, a, queries, out);
        else if (batch > 1) backend((long) batch * k * n).multiplyBatch(batch, k, n, a, queries, out);
        return out;
    }

    /**
     * Batched Aᵀ y: {@code weights} holds B row-major vectors of length K; returns the B × N
     * row-major matrix P A. A batch of one is {@link #multiplyTransposed(int, int, double[], double[])}.
     */
    public static double[] multiplyTransposedBatch(int k, int n, double[] a, double[] weights, int batch) {
        checkMatrix(k, n, a);
        Checks.present("weights", weights);
        if (batch < 0 || weights.length != (long) batch * k) throw new IllegalArgumentException("batch holds " + weights.length + " values but " + batch + " × " + k + " are required");
        double[] out = new double[Math.multiplyExact(batch, n)];
        if (batch == 1) backend((long) k * n).multiplyTransposed(k, n, a, weights, out);
        else if (batch > 1) backend((long) batch * k * n).multiplyTransposedBatch(batch, k, n, a, weights, out);
        return out;
    }

    /** The transpose of the K × N row-major A: the N × K row-major Aᵀ (A column-major), a new array. */
    public static double[] transpose(int k, int n, double[] a) {
        checkMatrix(k, n, a);
        double[] t = new double[a.length];
        final int tile = 32;
        for (int m0 = 0; m0 < k; m0 += tile) {
            int m1 = Math.min(k, m0 + tile);
            for (int i0 = 0; i0 < n; i0 += tile) {
                int i1 = Math.min(n, i0 + tile);
                for (int mu = m0; mu < m1; mu++) {
                    int row = mu * n;
                    for (int i = i0; i < i1; i++) t[i * k + mu] = a[row + i];
                }
            }
        }
        return t;
    }

    /**
     * p = softmax(βx): p_μ = exp(β(x_μ − max x)) / Σ_ν exp(β(x_ν − max x)), the largest entry shifted
     * out so that no input overflows (THEORY.md §4: the activation of log-sum-exp, M11). {@code out}
     * may be {@code x}. The one softmax of lamp: {@link #softmaxRows} runs it row by row. With the
     * JDK's vector API the exponentials run a full vector at a time ({@link VectorKernels#expSum}, within
     * 1 ulp of {@link StrictMath#exp}; its speed is in docs/PERFORMANCE.md); otherwise on
     * {@link Math#exp}.
     */
    public static void softmax(double beta, double[] x, double[] out) {
        Checks.positive("β", beta);
        Checks.present("softmax input", x);
        Checks.present("softmax output", out);
        if (x.length == 0) throw new IllegalArgumentException("softmax of an empty vector");
        if (out.length != x.length) throw new IllegalArgumentException("softmax output has length " + out.length + " but the input has " + x.length);
        if (x != out) System.arraycopy(x, 0, out, 0, x.length);
        softmax(beta, out, 0, x.length);
    }

    /**
     * Row-wise {@link #softmax} in place: each of the {@code rows} rows of length {@code cols} in
     * {@code m} becomes softmax(β row). Rows are spread over the {@link Parallel} threads; each row's
     * arithmetic is the same as a single {@link #softmax}.
     */
    public static void softmaxRows(double beta, double[] m, int rows, int cols) {
        Checks.positive("β", beta);
        Checks.present("matrix", m);
        if (rows < 0 || cols < 0) throw new IllegalArgumentException("matrix dimensions must be >= 0, got " + rows + " × " + cols);
        if (m.length != (long) rows * cols) throw new IllegalArgumentException("matrix holds " + m.length + " values but " + rows + " × " + cols + " are required");
        if (cols == 0 && rows > 0) throw new IllegalArgumentException("softmax of an empty row");
        int parts = Thresholds.parts((long) rows * cols, Thresholds.PARALLEL_MIN / 8, rows);
        Parallel.forEach(parts, p -> {
            int to = Parallel.split(rows, parts, p + 1, 1);
            for (int r = Parallel.split(rows, parts, p, 1); r < to; r++) softmax(beta, m, r * cols, cols);
        });
    }

    private static void softmax(double beta, double[] m, int off, int len) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = off; i < off + len; i++) max = Math.max(max, m[i]);
        double s;
        if (Backends.vector()) {
            s = Kernels.expSum(beta, max, m, off, len);
        } else {
            s = 0;
            for (int i = off; i < off + len; i++) {
                double e = Math.exp(beta * (m[i] - max));
                m[i] = e;
                s += e;
            }
        }
        double inv = 1 / s;
        for (int i = off; i < off + len; i++) m[i] *= inv;
    }

    /**
     * (1/β) log Σ_μ exp(β x_μ) = max x + (1/β) log Σ_μ exp(β(x_μ − max x)), the largest entry
     * shifted out (THEORY.md §4: log-sum-exp, M10).
     */
    public static double logSumExp(double beta, double[] x) {
        Checks.positive("β", beta);
        Checks.present("log-sum-exp input", x);
        if (x.length == 0) throw new IllegalArgumentException("log-sum-exp of an empty vector");
        double max = Double.NEGATIVE_INFINITY;
        for (double xi : x) max = Math.max(max, xi);
        double s = 0;
        for (double xi : x) s += Math.exp(beta * (xi - max));
        return max + Math.log(s) / beta;
    }

    // --- the drives: both products of a right-hand side, one pass over ξ where that pays ----------

    /**
     * out = ξᵀ F′(ξg), the drive of the feature neurons for an additive hidden Lagrangian
     * L_h = Σ_μ F(h_μ) ((M6) without −v + I, the update (M7)); h receives ξg and f receives F′(ξg)
     * (length K). Reads ξ once ({@link #singlePass}) when ξ outgrows the cache and g is finite;
     * otherwise ξg, F′ and ξᵀf one after the other, which carries a ±∞ or NaN through as computed.
     * Both agree to 10⁻¹² of each entry's magnitude Σ_μ|ξ_μi f_μ|.
     */
    public static void additiveDrive(int k, int n, double[] xi, double[] g, BlockActivation activation,
                                     double[] h, double[] f, double[] out) {
        checkMatrix(k, n, xi);
        length("g", g, n);
        if (activation == null) throw new IllegalArgumentException("the block activation F′ is null");
        length("h", h, k);
        length("f", f, k);
        length("out", out, n);
        if (singlePass(k, n) && finite(g)) {
            SINGLE_PASS_CALLS.increment();
            Fused.additive(k, n, xi, g, activation, h, f, out);
        } else {
            multiply(k, n, xi, g, h);
            activation.apply(h, f, 0, k);
            multiplyTransposed(k, n, xi, f, out);
        }
    }

    /**
     * out = ξᵀ softmax(βξq), the Model B update (M11) of one query q without I, reading ξ once
     * ({@link #singlePass}) with an online softmax when ξ outgrows the cache and q is finite;
     * otherwise h = ξq (h: a workspace of length K), {@link #softmax} and ξᵀ softmax. Returns the
     * log-sum-exp Lagrangian (1/β) log Σ_μ e^{βξ_μ·q}. No exponent is positive, so no query overflows.
     */
    public static double softmaxDrive(int k, int n, double[] xi, double beta, double[] q, double[] h, double[] out) {
        checkMatrix(k, n, xi);
        Checks.positive("β", beta);
        length("q", q, n);
        length("h", h, k);
        length("out", out, n);
        if (singlePass(k, n) && finite(q)) {
            SINGLE_PASS_CALLS.increment();
            return Fused.logSumExp(k, n, xi, beta, q, out);
        }
        multiply(k, n, xi, q, h);
        double lse = logSumExp(beta, h);
        softmax(beta, h, h);
        multiplyTransposed(k, n, xi, h, out);
        return lse;
    }

    /**
     * h = ξg and out = ξᵀf, the two products of one (M2) right-hand side (f = ∂L_h/∂h depends on the
     * hidden state, not on ξg, so both are known before the call): each row of ξ read once
     * ({@link #singlePass}) when ξ outgrows the cache and g and f are finite, else two products.
     */
    public static void pair(int k, int n, double[] xi, double[] g, double[] f, double[] h, double[] out) {
        checkMatrix(k, n, xi);
        length("g", g, n);
        length("f", f, k);
        length("h", h, k);
        length("out", out, n);
        if (singlePass(k, n) && finite(g) && finite(f)) {
            SINGLE_PASS_CALLS.increment();
            Fused.pair(k, n, xi, g, f, h, out);
        } else {
            multiplyTransposed(k, n, xi, f, out);
            multiply(k, n, xi, g, h);
        }
    }

    /**
     * Whether the drives read a K × N ξ once on this JVM: from 2¹⁹ entries with the JDK's vector
     * API, from 2²² without (below, ξ stays in cache and two passes are faster).
     */
    public static boolean singlePass(int k, int n) {
        return (long) k * n >= Thresholds.singlePassMin();
    }

    /**
     * How many drives have read ξ once in this JVM so far, from every thread. A kernel's warm-up reads it to
     * give way as soon as a cell computes (lamp.display.Warmup).
     */
    public static long singlePassCalls() {
        return SINGLE_PASS_CALLS.sum();
    }

    /** The number of entries of ξ from which {@link #singlePass} holds on this JVM. */
    public static long singlePassMin() {
        return Thresholds.singlePassMin();
    }

    /**
     * True when every single-pass loop called so far in this JVM runs compiled on the vector API (always,
     * without the vector API). Until then a loop runs a plain-Java twin with the same bits while the JIT
     * compiles its vector form (lamp.linalg.Kernels); a kernel's warm-up reads it to know when it is done.
     */
    public static boolean singlePassCompiled() {
        return !Backends.vector() || Kernels.calledLoopsCompiled();
    }

    /**
     * Whether the calling thread's single-pass calls train the vector forms of their loops at every call,
     * rather than in a fifth of their time: for a thread that only warms up (lamp.display.Warmup), whose
     * time is otherwise idle. Changes no result.
     */
    public static void trainEagerly(boolean eager) {
        Kernels.trainEagerly(eager);
    }

    /** How the single-pass drives run on this JVM, e.g. "vector API, 8 doubles per vector, 7 of 7 loops compiled" or "BLAS blocks (…)". */
    public static String singlePassDescription() {
        return Fused.description();
    }

    private static boolean finite(double[] x) {
        for (double e : x) if (!Double.isFinite(e)) return false;
        return true;
    }

    private static void length(String name, double[] x, int len) {
        if (x == null) throw new IllegalArgumentException(name + " is null");
        if (x.length != len) throw new IllegalArgumentException(name + " has length " + x.length + " but " + len + " is required");
    }

    /** The backend in use ({@link Blas#active()}); see {@link Blas} for how it is chosen. */
    public static Blas backend() {
        return Blas.active();
    }

    private static boolean vectorPays(int k, int n) {
        return Thresholds.vectorProduct((long) k * n);
    }

    private static Blas backend(long work) {
        return work < Thresholds.NATIVE_MIN ? JavaBlas.INSTANCE : Blas.active();
    }

    private static void checkMatrix(int k, int n, double[] a) {
        if (k < 0 || n < 0) throw new IllegalArgumentException("matrix dimensions must be >= 0, got " + k + " × " + n);
        if (a == null) throw new IllegalArgumentException("matrix is null");
        if (a.length != (long) k * n) throw new IllegalArgumentException("matrix holds " + a.length + " values but " + k + " × " + n + " are required");
    }

    /** Dot product Σ a_i b_i. */
    public static double dot(double[] a, double[] b) {
        if (a == null || b == null) throw new IllegalArgumentException("dot of a null vector (" + (a == null ? "first" : "second") + ")");
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
