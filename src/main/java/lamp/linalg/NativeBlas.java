package lamp.linalg;

import dev.ludovic.netlib.blas.BLAS;

/** The system BLAS (libblas.so.3) through dev.ludovic.netlib's JNI binding. */
final class NativeBlas implements Blas {
    private final BLAS blas;
    private final String library;
    private final boolean optimised;

    NativeBlas(BLAS blas, String library, boolean optimised) {
        this.blas = blas;
        this.library = library;
        this.optimised = optimised;
    }

    /** True for OpenBLAS, MKL, BLIS or ATLAS; false for the reference BLAS. */
    boolean isOptimised() {
        return optimised;
    }

    String library() {
        return library;
    }

    /** The netlib binding itself, for the kernels that call BLAS on blocks or in float32 ({@link Fused}, {@link Float32}). */
    BLAS netlib() {
        return blas;
    }

    @Override
    public void multiply(int k, int n, double[] a, double[] x, double[] y) {
        blas.dgemv("T", n, k, 1.0, a, n, x, 1, 0.0, y, 1);
    }

    @Override
    public void multiplyTransposed(int k, int n, double[] a, double[] x, double[] y) {
        blas.dgemv("N", n, k, 1.0, a, n, x, 1, 0.0, y, 1);
    }

    @Override
    public void multiplyBatch(int batch, int k, int n, double[] a, double[] q, double[] c) {
        // Cᵀ (K × B col-major) = Aᶜᵀ (K × N) · Qᶜ (N × B, the row-major queries)
        blas.dgemm("T", "N", k, batch, n, 1.0, a, n, q, n, 0.0, c, k);
    }

    @Override
    public void multiplyTransposedBatch(int batch, int k, int n, double[] a, double[] p, double[] c) {
        // Cᵀ (N × B col-major) = Aᶜ (N × K) · Pᶜ (K × B, the row-major weights)
        blas.dgemm("N", "N", n, batch, k, 1.0, a, n, p, k, 0.0, c, n);
    }

    @Override public boolean isNative() { return true; }

    @Override
    public String description() {
        return library + " (native, dev.ludovic.netlib)";
    }

    @Override public String toString() { return description(); }
}
