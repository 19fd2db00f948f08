package lamp.linalg;

import dev.ludovic.netlib.blas.BLAS;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Single-pass kernels: the products of a right-hand side or an update that read ξ (row-major,
 * K × N, row μ = memory ξ_μ) once instead of twice.
 *
 * <ul>
 *   <li>{@link #additive}: out = ξᵀ F′(ξg), the drive of the feature neurons for an additive hidden
 *       Lagrangian L_h = Σ_μ F(h_μ) — the right-hand side of (M6) and the update (M7) of Model A.</li>
 *   <li>{@link #logSumExp}: out = ξᵀ softmax(βξq), the Model B update (M11), with an online softmax
 *       (running maximum, rescaled sum and rescaled accumulator); returns the log-sum-exp Lagrangian
 *       (1/β) log Σ_μ e^{βξ_μ·q} needed by the energy (M10).</li>
 *   <li>{@link #pair}: h = ξg and out = ξᵀf, the two products of one (M2) right-hand side.</li>
 * </ul>
 *
 * <p>How: the rows are cut into chunks whose size depends on K and N only; each chunk is walked in
 * blocks of a few rows that stay in the core's cache: h_block = ξ_block·g, then f = F′(h_block)
 * (one {@link Activation} call per block), then the chunk's accumulator gains ξ_blockᵀ f while the
 * block is still in cache. At N = 784, K = 60000 ξ is 376 MB, so reading it once instead of twice
 * halves the memory traffic of the call, which is what bounds it. The chunks are shared by the
 * {@link Parallel} threads and their accumulators are added in chunk order at the end, so results
 * are bit-identical for any thread count.
 *
 * <p>Three ways to run the blocks ({@link Path}), chosen once per JVM: on the JDK's vector API
 * ({@link VectorKernels}, when the JVM runs with {@code --add-modules jdk.incubator.vector}, as
 * lamp's kernel, tests and benchmarks do), full-width multiply-adds on eight rows at a time, pipelined:
 * the dot products of the next eight rows run in the same loop as the accumulation of the eight
 * before (whose F′ or softmax weights are known by then), so ξ streams from memory without a pause;
 * for the pair, where f is known before the call, a truly single read of each row. Otherwise, with
 * the native BLAS active, the block products ξ_block·g are OpenBLAS {@code dgemm} calls (one
 * column) on blocks of 256 KB (41 rows at N = 784), small enough that OpenBLAS runs them on
 * the calling thread, and so is the accumulation of a block unless at most a fifth of its weights
 * are non-zero; then only those rows are accumulated, in Java (C2 leaves that loop over rows at
 * run-time offsets scalar, so it only wins by skipping most rows). Without either, everything is
 * plain Java ({@link BlockKernels}). All three agree with the two-pass form (ξg, then F′, then ξᵀf) to 10⁻¹² of each
 * entry's magnitude Σ_μ|ξ_μi f_μ|.
 */
final class Fused {
    private Fused() {}

    /**
     * Weights below e^{−64} of a chunk's running maximum are left out of the log-sum-exp
     * accumulation (their sum still enters the normaliser): each such row's final softmax weight is
     * below e^{−64} ≈ 1.6·10⁻²⁸, so together they move an output entry by less than
     * K · 1.6·10⁻²⁸ · max_μ|ξ_μi| (below 10⁻¹⁸ of max|ξ| for any K &lt; 2³¹).
     */
    static final double SKIP_NATS = 64;
    /**
     * Doubles per native block (256 KB, a fifth of a core's L2 here): 41 rows at N = 784. Both block
     * products then have M·N·K ≤ 32768, and OpenBLAS 0.3.21 runs a dgemm up to M·N·K = 262144
     * (SMP_THRESHOLD_MIN · GEMM_MULTITHREAD_THRESHOLD) on the calling thread, where a dgemv of
     * more than 9216 multiply-adds would start its own threads against lamp's.
     */
    private static final int NATIVE_BLOCK_DOUBLES = 32768;
    /** Rows per block on the Java path (8 × 784 doubles = 50 KB). */
    private static final int JAVA_BLOCK = 8;
    /** Rows per block on the vector path: one step of {@link VectorKernels#dotsAndAdd}. */
    private static final int VECTOR_BLOCK = VectorKernels.STEP;

    /** How the blocks are computed; {@link #best} is what the entry points use. */
    enum Path {
        /** {@link BlockKernels}: plain Java loops. */
        JAVA,
        /** OpenBLAS dgemm on blocks (Java below {@link Thresholds#NATIVE_MIN} multiply-adds or without a native BLAS). */
        NATIVE,
        /** {@link VectorKernels}: the JDK's vector API. */
        VECTOR;

        static Path best() {
            return Backends.vector() ? VECTOR : Backends.active() instanceof NativeBlas ? NATIVE : JAVA;
        }
    }

    /**
     * How the single-pass kernels run on this JVM, e.g. "vector API, 8 doubles per vector, 7 of 7 loops compiled" or
     * "BLAS blocks (vector API not enabled (java --add-modules jdk.incubator.vector))".
     */
    static String description() {
        Path p = Path.best();
        return p == Path.VECTOR ? Backends.vectorDescription() + ", " + Kernels.state()
                : (p == Path.NATIVE ? "BLAS blocks" : "Java blocks") + " (" + Backends.vectorDescription() + ")";
    }

    /** At most this many chunks (and chunk accumulators). */
    private static final int MAX_CHUNKS = 64;

    // --- kernels (arguments checked by Dense's entry points) -----------------------------------

    /**
     * out = ξᵀ F′(ξg) in one pass over ξ ((M6) right-hand side without −v + I, (M7) update): h
     * receives ξg and f receives F′(ξg) (both of length K, written in full), out the feature drive
     * (length N).
     */
    static void additive(int k, int n, double[] xi, double[] g, BlockActivation activation, double[] h, double[] f, double[] out) {
        new Pass(Path.best(), k, n, xi, g, activation, h, f).run(out);
    }

    /**
     * h = ξg and out = ξᵀf in one pass over ξ: the two products of one (M2) right-hand side, where
     * f = F′(h_state) is known before the call. h has length K, out length N.
     */
    static void pair(int k, int n, double[] xi, double[] g, double[] f, double[] h, double[] out) {
        new Pass(Path.best(), k, n, xi, g, null, h, f).run(out);
    }

    /**
     * out = ξᵀ softmax(βξq) in one pass over ξ: the Model B update (M11) of one query q (length N).
     * The softmax is computed online: each chunk keeps the running maximum m of ξ_μ·q, the sum of
     * e^{β(ξ_μ·q − m)} and the accumulator Σ e^{β(ξ_μ·q − m)} ξ_μ, both rescaled by e^{β(m_old − m_new)}
     * when the maximum grows; chunks are merged the same way. No exponent is ever positive, so no
     * input overflows. Returns the log-sum-exp Lagrangian (1/β) log Σ_μ e^{βξ_μ·q} = m + (log S)/β.
     * Rows whose weight is below e^{−64} of the running maximum's are not accumulated (see
     * {@link #SKIP_NATS}).
     */
    static double logSumExp(int k, int n, double[] xi, double beta, double[] q, double[] out) {
        return new SoftmaxPass(Path.best(), k, n, xi, beta, q).run(out);
    }

    /** {@link #additive} with the blocks on {@code path} (tests compare the paths). */
    static void additive(Path path, int k, int n, double[] xi, double[] g, BlockActivation activation, double[] h, double[] f, double[] out) {
        new Pass(path, k, n, xi, g, activation, h, f).run(out);
    }

    /** {@link #pair} on {@code path}. */
    static void pair(Path path, int k, int n, double[] xi, double[] g, double[] f, double[] h, double[] out) {
        new Pass(path, k, n, xi, g, null, h, f).run(out);
    }

    /** {@link #logSumExp} on {@code path}. */
    static double logSumExp(Path path, int k, int n, double[] xi, double beta, double[] q, double[] out) {
        return new SoftmaxPass(path, k, n, xi, beta, q).run(out);
    }

    // --- the two products one at a time, on the vector path (for Dense) ----------------------

    /**
     * h = ξg on the vector path, parallel over the same chunks as the single-pass kernels (so on
     * lamp's own threads, not OpenBLAS's, whose idle threads spin for a while after each call and
     * take the cores lamp's kernels are about to use). Only with {@link Backends#vector()}.
     */
    static void multiply(int k, int n, double[] xi, double[] g, double[] h) {
        new Plan(Path.VECTOR, k, n, xi, false) {
            @Override void chunk(int c, int from, int to, Scratch s) {
                Kernels.dots(n, xi, g, from, to, h, from);
            }
        }.forEachChunk();
    }

    /** out = ξᵀf on the vector path: each chunk's rows into its own accumulator, added in chunk order. */
    static void multiplyTransposed(int k, int n, double[] xi, double[] f, double[] out) {
        Plan plan = new Plan(Path.VECTOR, k, n, xi, true) {
            @Override void chunk(int c, int from, int to, Scratch s) {
                Kernels.accumulate(n, xi, f, from, to, acc, c * n);
            }
        };
        plan.forEachChunk();
        plan.sumChunks(out);
    }

    // --- plan: chunks, blocks, backend -------------------------------------------------------

    /** Chunks (fixed by K and N), the block size and the block product's backend. */
    private abstract static class Plan {
        final int k, n, chunkRows, chunks, block, parts;
        final double[] xi, acc;
        final BLAS blas;
        final boolean vector;

        Plan(Path path, int k, int n, double[] xi) {
            this(path, k, n, xi, true);
        }

        Plan(Path path, int k, int n, double[] xi, boolean accumulators) {
            this.k = k;
            this.n = n;
            this.xi = xi;
            long work = (long) k * n;
            Blas backend = path == Path.NATIVE ? Backends.nativeBlas() : null;
            boolean nat = work >= Thresholds.NATIVE_MIN && backend instanceof NativeBlas && n <= NATIVE_BLOCK_DOUBLES / 4;
            this.blas = nat ? ((NativeBlas) backend).netlib() : null;
            this.vector = path == Path.VECTOR;
            this.block = vector ? VECTOR_BLOCK : nat ? NATIVE_BLOCK_DOUBLES / n : JAVA_BLOCK;
            // about one chunk per 2¹⁶ multiply-adds, at most 64, and at most 2²² accumulator doubles (32 MB)
            int c = (int) Math.max(1, Math.min(Math.min(Math.min(MAX_CHUNKS, k), work >> 16), (1 << 22) / n));
            this.chunkRows = (k + c - 1) / c;
            this.chunks = (k + chunkRows - 1) / chunkRows;
            this.parts = Thresholds.parts(work, Thresholds.SINGLE_PASS_PARALLEL_MIN, chunks);
            this.acc = accumulators ? Workspace.accumulators(Math.multiplyExact(chunks, n)) : null;
        }

        /** out = Σ_c acc_c, in chunk order. */
        final void sumChunks(double[] out) {
            Arrays.fill(out, 0.0);
            for (int c = 0; c < chunks; c++) {
                int off = c * n;
                for (int i = 0; i < n; i++) out[i] += acc[off + i];
            }
        }

        /** Runs {@link #chunk} for every chunk, the chunks shared out to the threads as they come free. */
        final void forEachChunk() {
            AtomicInteger next = new AtomicInteger();
            Parallel.forEach(parts, p -> {
                Scratch s = Workspace.scratch(block);
                for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                    chunk(c, c * chunkRows, Math.min(k, (c + 1) * chunkRows), s);
                }
            });
        }

        abstract void chunk(int c, int from, int to, Scratch s);

        /**
         * True when a block with {@code count} of its {@code len} weights non-zero is accumulated by
         * one native dgemm over all its rows; otherwise only its non-zero rows are accumulated, in
         * Java. With ξ in cache the dgemm costs about a fifth of the Java loop (left scalar by C2) per
         * row (docs/PERFORMANCE.md), so Java wins only for blocks with at most a fifth of their weights
         * non-zero (e.g. a peaked softmax). The choice depends on the data only, never on threads.
         */
        final boolean dense(int count, int len) {
            return blas != null && 5 * count > len;
        }

        /** acc[off …] += Σ_{μ ∈ [from, to)} w[wOff + μ − from] ξ_μ, one native dgemm (N × rows times rows × 1). */
        final void accumulateBlock(double[] w, int wOff, int from, int to, int off) {
            int rows = to - from;
            blas.dgemm("N", "N", n, 1, rows, 1.0, xi, from * n, n, w, wOff, rows, 1.0, acc, off, n);
        }

        /**
         * acc[off …] += Σ_j w[j] ξ_{rows[j]} over the {@code count} selected rows: a dgemm over the
         * whole block [from, to) with weights {@code dense} when {@link #dense} says so, else row by row.
         */
        final void accumulate(int[] rows, double[] w, int count, double[] dense, int denseOff, int from, int to, int off) {
            if (vector) {
                Kernels.accumulate(n, xi, rows, w, count, acc, off);
            } else if (dense(count, to - from)) {
                accumulateBlock(dense, denseOff, from, to, off);
            } else {
                BlockKernels.accumulate(n, xi, rows, w, count, acc, off);
            }
        }

        /** h[hOff + μ − from] = ξ_μ·g for μ in [from, to). */
        final void dot(double[] g, int from, int to, double[] h, int hOff) {
            if (vector) {
                Kernels.dots(n, xi, g, from, to, h, hOff);
            } else if (blas != null) {
                // h_block (rows × 1) = ξ_blockᵀᶜ (rows × N) · g (N × 1): a dgemm, not a dgemv, so the block
                // can be 41 rows and still run on this thread (see NATIVE_BLOCK_DOUBLES)
                int rows = to - from;
                blas.dgemm("T", "N", rows, 1, n, 1.0, xi, from * n, n, g, 0, n, 0.0, h, hOff, rows);
            } else {
                BlockKernels.dots(n, xi, g, from, to, h, hOff);
            }
        }
    }

    /** Per-thread block buffers, and the running maximum and sum of an online softmax over a chunk. */
    private static final class Scratch {
        final double[] h, w, dense;
        final int[] rows;
        double max, total;

        Scratch(int block) {
            h = new double[block];
            w = new double[block];
            dense = new double[block];
            rows = new int[block];
        }
    }

    /** The additive kernel and the pair. */
    private static final class Pass extends Plan {
        final double[] g, h, f;
        final BlockActivation activation;

        Pass(Path path, int k, int n, double[] xi, double[] g, BlockActivation activation, double[] h, double[] f) {
            super(path, k, n, xi);
            this.g = g;
            this.activation = activation;
            this.h = h;
            this.f = f;
        }

        void run(double[] out) {
            forEachChunk();
            sumChunks(out);
        }

        @Override
        void chunk(int c, int from, int to, Scratch s) {
            int off = c * n;
            if (vector && activation == null) {
                Kernels.pair(n, xi, g, f, from, to, h, acc, off); // f is known: each row read once
                return;
            }
            if (vector) {
                pipelined(from, to, off);
                return;
            }
            for (int r0 = from; r0 < to; r0 += block) {
                int r1 = Math.min(to, r0 + block);
                dot(g, r0, r1, h, r0);
                if (activation != null) activation.apply(h, f, r0, r1);
                int count = 0;
                for (int mu = r0; mu < r1; mu++) {
                    double w = f[mu];
                    if (w != 0) {
                        s.rows[count] = mu;
                        s.w[count++] = w;
                    }
                }
                accumulate(s.rows, s.w, count, f, r0, r0, r1, off);
            }
        }

        /**
         * The vector path of the additive kernel: the dot products of each step of eight rows are
         * taken in the same loop as the accumulation of the step before (f of those rows known by
         * then), so ξ streams from memory without a pause for the accumulation; rows with F′ = 0 are
         * added with weight 0, which leaves the accumulator's value unchanged. Eight rows at a time
         * bring the pass close to the time of the dot products alone (docs/PERFORMANCE.md).
         */
        private void pipelined(int from, int to, int off) {
            final int step = VectorKernels.STEP;
            int full = from + (to - from) / step * step;
            if (full > from) {
                Kernels.streamDots(n, xi, g, from, from + step, h, from);
                activation.apply(h, f, from, from + step);
                for (int mu = from + step; mu < full; mu += step) {
                    Kernels.dotsAndAdd(n, xi, g, mu, h, mu, mu - step, f, mu - step, acc, off);
                    activation.apply(h, f, mu, mu + step);
                }
                Kernels.accumulate(n, xi, f, full - step, full, acc, off);
            }
            if (full < to) {
                Kernels.dots(n, xi, g, full, to, h, full);
                activation.apply(h, f, full, to);
                Kernels.accumulate(n, xi, f, full, to, acc, off);
            }
        }
    }

    /** The online-softmax kernel. */
    private static final class SoftmaxPass extends Plan {
        final double beta;
        final double[] q, max, sum;

        SoftmaxPass(Path path, int k, int n, double[] xi, double beta, double[] q) {
            super(path, k, n, xi);
            this.beta = beta;
            this.q = q;
            this.max = Workspace.chunkMaxima(chunks);
            this.sum = Workspace.chunkSums(chunks);
        }

        double run(double[] out) {
            forEachChunk();
            double m = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < chunks; c++) m = Math.max(m, max[c]);
            double total = 0;
            Arrays.fill(out, 0.0);
            for (int c = 0; c < chunks; c++) {
                double scale = Math.exp(beta * (max[c] - m));
                total += sum[c] * scale;
                int off = c * n;
                for (int i = 0; i < n; i++) out[i] += scale * acc[off + i];
            }
            for (int i = 0; i < n; i++) out[i] /= total;
            return m + Math.log(total) / beta;
        }

        @Override
        void chunk(int c, int from, int to, Scratch s) {
            int off = c * n;
            s.max = Double.NEGATIVE_INFINITY;
            s.total = 0;
            double[] h = s.h;
            int r0 = from;
            if (vector) {
                // the dot products of each step of rows run in the loop that accumulates the step before
                // (its weights in s.dense, zeros for the rows left out), as in Pass#pipelined
                final int step = VectorKernels.STEP;
                int full = from + (to - from) / step * step, pending = -1, count = 0;
                for (; r0 < full; r0 += step) {
                    if (pending < 0) Kernels.streamDots(n, xi, q, r0, r0 + step, h, 0);
                    else Kernels.dotsAndAdd(n, xi, q, r0, h, 0, pending, s.dense, 0, acc, off);
                    count = weigh(h, step, r0, off, s);
                    pending = count == 0 ? -1 : r0;
                    Arrays.fill(s.dense, 0.0);
                    for (int j = 0; j < count; j++) s.dense[s.rows[j] - r0] = s.w[j];
                }
                if (pending >= 0) Kernels.accumulate(n, xi, s.rows, s.w, count, acc, off);
            }
            for (; r0 < to; r0 += block) {
                int r1 = Math.min(to, r0 + block), len = r1 - r0;
                dot(q, r0, r1, h, 0);
                int count = weigh(h, len, r0, off, s);
                if (!vector && dense(count, len)) {
                    // the block's weights in place, the negligible ones as zeros, for one dgemm
                    Arrays.fill(h, 0, len, 0.0);
                    for (int j = 0; j < count; j++) h[s.rows[j] - r0] = s.w[j];
                }
                accumulate(s.rows, s.w, count, h, 0, r0, r1, off);
            }
            max[c] = s.max;
            sum[c] = s.total;
        }

        /**
         * The online softmax of one block (scores h[0 … len) of rows r0 …): raises the running maximum
         * s.max (rescaling the accumulator and s.total when it grows), adds the block's weights
         * e^{β(h − max)} to s.total, and lists the rows to accumulate (weight not below e^{−64} of the
         * maximum's) in s.rows and s.w. Returns their number.
         */
        private int weigh(double[] h, int len, int r0, int off, Scratch s) {
            double m = s.max, total = s.total;
            double bm = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < len; j++) bm = Math.max(bm, h[j]);
            if (bm > m) {
                if (total != 0) {
                    double scale = Math.exp(beta * (m - bm));
                    total *= scale;
                    for (int i = off; i < off + n; i++) acc[i] *= scale;
                }
                m = bm;
            } else if (Double.isNaN(bm)) {
                m = bm;
            }
            int count = 0;
            for (int j = 0; j < len; j++) {
                double x = beta * (h[j] - m);
                double w = Math.exp(x);
                total += w;
                if (!(x < -SKIP_NATS)) {
                    s.rows[count] = r0 + j;
                    s.w[count++] = w;
                }
            }
            s.max = m;
            s.total = total;
            return count;
        }
    }

    /**
     * Buffers reused by the thread that runs a call (the caller for the accumulators and the chunk
     * maxima and sums, each worker for its block scratch), so a call allocates no arrays once a thread
     * has seen its size: an integration step does not churn the heap. Accumulators are zeroed on
     * hand-out; a thread never runs two calls at once.
     */
    private static final class Workspace {
        private static final ThreadLocal<Workspace> OF_THREAD = ThreadLocal.withInitial(Workspace::new);
        double[] acc = new double[0], max = new double[0], sum = new double[0];
        Scratch scratch;

        static double[] accumulators(int length) {
            Workspace w = OF_THREAD.get();
            if (w.acc.length < length) w.acc = new double[length];
            else Arrays.fill(w.acc, 0, length, 0.0);
            return w.acc;
        }

        static double[] chunkMaxima(int chunks) {
            Workspace w = OF_THREAD.get();
            if (w.max.length < chunks) w.max = new double[chunks];
            return w.max;
        }

        static double[] chunkSums(int chunks) {
            Workspace w = OF_THREAD.get();
            if (w.sum.length < chunks) w.sum = new double[chunks];
            return w.sum;
        }

        static Scratch scratch(int block) {
            Workspace w = OF_THREAD.get();
            if (w.scratch == null || w.scratch.h.length < block) w.scratch = new Scratch(block);
            return w.scratch;
        }
    }
}
