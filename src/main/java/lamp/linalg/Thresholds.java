package lamp.linalg;

/**
 * Every size threshold of lamp's kernels, in one place: from how many multiply-adds a call goes
 * native, goes parallel, or reads ξ once. Each was set by a measurement on 2 cores with AVX-512 and
 * a 48 MB L3 (docs/PERFORMANCE.md has the runs).
 */
final class Thresholds {
    private Thresholds() {}

    /** Below this many multiply-adds a product stays in Java: a JNI call costs more than the work. */
    static final long NATIVE_MIN = 1L << 14;
    /** Below this many multiply-adds a Java product (and a float32 batch) runs on the calling thread alone. */
    static final long PARALLEL_MIN = 1L << 17;
    /** Below this many multiply-adds a single-pass call runs on the calling thread (waking a worker costs more than the work; docs/PERFORMANCE.md). */
    static final long SINGLE_PASS_PARALLEL_MIN = 1L << 19;
    /**
     * Entries of ξ from which one pass beats two: 2¹⁹ (4 MB) with the vector API, whose pair reads each
     * row once; 2²² (32 MiB) otherwise, where ξ must outgrow the last-level cache before the block-wise
     * dgemm pass beats OpenBLAS's two threaded dgemv passes (the measured ratios are in
     * docs/PERFORMANCE.md).
     */
    static final long SINGLE_PASS_VECTOR = 1L << 19, SINGLE_PASS_BLOCKS = 1L << 22;
    /**
     * Single products of ξ with 2¹⁹ up to 2²² entries (4 to 32 MiB) run on lamp's vector kernels rather
     * than the BLAS: out of the cores' L2 but within the last-level cache both run at the cache's speed
     * and lamp's own threads then keep the cores (OpenBLAS's threads spin after each call). Below,
     * OpenBLAS's threads keep their half of ξ in their own L2 and win; above, a product streams ξ from
     * memory either way (timings in docs/PERFORMANCE.md).
     */
    static final long VECTOR_PRODUCT_MIN = 1L << 19, VECTOR_PRODUCT_MAX = 1L << 22;

    /** The entries of ξ from which one pass over it beats two on this JVM. */
    static long singlePassMin() {
        return Backends.vector() ? SINGLE_PASS_VECTOR : SINGLE_PASS_BLOCKS;
    }

    /** Whether a single product of a ξ with {@code work} entries runs on the vector kernels. */
    static boolean vectorProduct(long work) {
        return work >= VECTOR_PRODUCT_MIN && work < VECTOR_PRODUCT_MAX && Backends.vector();
    }

    /** How many parts a call of {@code work} multiply-adds is split into: 1 below {@code min}, else up to {@code units} threads. */
    static int parts(long work, long min, int units) {
        return work < min || !Parallel.available() ? 1 : Math.max(1, Math.min(units, Parallel.threads()));
    }
}
