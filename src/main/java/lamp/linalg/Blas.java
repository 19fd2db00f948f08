package lamp.linalg;

/**
 * The four dense products lamp is built from, on a row-major K × N matrix A (the memories ξ, row μ
 * = ξ_μ). Two implementations: {@link #java()} (lamp's own multi-threaded kernels, always there)
 * and the system's native BLAS (OpenBLAS through dev.ludovic.netlib's JNI binding) when
 * libblas.so.3 is installed. {@link #active()} is the one {@link Dense} uses.
 *
 * <p>Choosing: {@code -Dlamp.blas=auto} (default: native when libblas.so.3 is an optimised BLAS
 * such as OpenBLAS, else Java), {@code -Dlamp.blas=java}, {@code -Dlamp.blas=native} (native even
 * when it is the slow reference BLAS). Both backends agree to rounding (1e-12 relative to the
 * products' magnitude); each is deterministic.
 *
 * <p>Row-major A (K × N) is the column-major N × K matrix Aᶜ = Aᵀ with leading dimension N, so
 * A·x is {@code dgemv('T')} on Aᶜ, Aᵀ·y is {@code dgemv('N')}, and the batched forms are
 * {@code dgemm}.
 */
public interface Blas {

    /** y = A x: y_μ = Σ_i A_{μi} x_i (x of length N, y of length K). */
    void multiply(int k, int n, double[] a, double[] x, double[] y);

    /** y = Aᵀ x: y_i = Σ_μ A_{μi} x_μ (x of length K, y of length N). */
    void multiplyTransposed(int k, int n, double[] a, double[] x, double[] y);

    /** C = Q Aᵀ for B row-major queries Q (B × N): C is B × K row-major, C_{bμ} = q_b·A_μ. */
    void multiplyBatch(int batch, int k, int n, double[] a, double[] q, double[] c);

    /** C = P A for B row-major weight vectors P (B × K): C is B × N row-major, C_b = Σ_μ P_{bμ} A_μ. */
    void multiplyTransposedBatch(int batch, int k, int n, double[] a, double[] p, double[] c);

    /** True for a native BLAS. */
    boolean isNative();

    /** A one-line description, e.g. {@code "OpenBLAS (native, dev.ludovic.netlib, /usr/lib/…/libopenblasp-r0.3.21.so)"}. */
    String description();

    /** The backend {@link Dense} uses, chosen once per JVM (see the class comment). */
    static Blas active() {
        return Backends.active();
    }

    /** lamp's pure-Java kernels. */
    static Blas java() {
        return JavaBlas.INSTANCE;
    }

    /** The native BLAS, or null when libblas.so.3 (or the JNI binding) cannot be loaded here. */
    static Blas nativeBlas() {
        return Backends.nativeBlas();
    }
}
