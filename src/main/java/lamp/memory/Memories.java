package lamp.memory;

import java.util.Arrays;
import lamp.base.Checks;
import lamp.linalg.Dense;
import lamp.lagrangian.Additive;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.LogSumExp;

/**
 * The weights ξ of the two-population network: an N_h × N_f matrix whose row μ is memory ξ_μ
 * (THEORY.md §1), and the two products every model is built from, ξx (feature → hidden, the argument
 * of L_h in M2, M5) and ξᵀy (hidden → feature, the drive in M2, M6, M7). Stored row-major in one
 * flat array that never leaves this class: the products hand it to {@link Dense}, which streams it;
 * immutable once built. A single state or query is a plain {@code double[]} (see
 * {@link Patterns#gaussianVector}), not a one-row Memories.
 */
public final class Memories {
    private final int count;
    private final int dimension;
    private final double[] data;
    private volatile double[] norms;   // ‖ξ_μ‖, computed on first use

    private Memories(int count, int dimension, double[] data) {
        this.count = count;
        this.dimension = dimension;
        this.data = data;
    }

    /** Memories from rows ξ_μ; all rows must have the same, non-zero length and finite entries. */
    public static Memories of(double[]... rows) {
        if (rows == null || rows.length == 0) throw new IllegalArgumentException("memory set is empty: at least one memory is required");
        int n = rows[0] == null ? 0 : rows[0].length;
        if (n == 0) throw new IllegalArgumentException("memory 0 is empty: memories need at least one feature");
        int entries = Checks.entries("memories ξ", rows.length, n);
        Checks.fits("memories ξ (" + rows.length + " × " + n + ")", entries);
        double[] flat = new double[entries];
        for (int mu = 0; mu < rows.length; mu++) {
            if (rows[mu] == null || rows[mu].length != n) {
                throw new IllegalArgumentException("memory " + mu + " has length "
                        + (rows[mu] == null ? "null" : rows[mu].length) + " but memory 0 has length " + n);
            }
            Checks.finite("memory " + mu, rows[mu]);
            System.arraycopy(rows[mu], 0, flat, mu * n, n);
        }
        return new Memories(rows.length, n, flat);
    }

    /** Memories from a row-major array of {@code count × dimension} entries (copied). */
    public static Memories of(int count, int dimension, double[] rowMajor) {
        Checks.count("memory count", count, 1);
        Checks.count("memory dimension", dimension, 1);
        if (rowMajor == null || rowMajor.length != (long) count * dimension) {
            throw new IllegalArgumentException("row-major data has length "
                    + (rowMajor == null ? "null" : rowMajor.length) + " but " + count + " × " + dimension + " is required");
        }
        Checks.fits("memories ξ (" + count + " × " + dimension + ")", rowMajor.length);
        for (int k = 0; k < rowMajor.length; k++) {
            if (!Double.isFinite(rowMajor[k])) {
                throw new IllegalArgumentException("memory " + (k / dimension) + " entry " + (k % dimension) + " is " + rowMajor[k] + " (must be finite)");
            }
        }
        return new Memories(count, dimension, rowMajor.clone());
    }

    /** The identity matrix as memories: memory μ is the one-hot vector e_μ. */
    public static Memories identity(int n) {
        int entries = Checks.entries("identity memories", Checks.count("dimension", n, 1), n);
        Checks.fits("identity memories (" + n + " × " + n + ")", entries);
        double[] flat = new double[entries];
        for (int i = 0; i < n; i++) flat[i * n + i] = 1;
        return new Memories(n, n, flat);
    }

    /** Number of memories K = N_h (rows of ξ). */
    public int count() { return count; }

    /** Number of feature neurons N_f (columns of ξ). */
    public int dimension() { return dimension; }

    /** Entry ξ_{μi}. */
    public double get(int mu, int i) {
        if (mu < 0 || mu >= count || i < 0 || i >= dimension) {
            throw new IndexOutOfBoundsException("entry (" + mu + ", " + i + ") of " + count + " × " + dimension + " memories");
        }
        return data[mu * dimension + i];
    }

    /** A copy of memory ξ_μ. */
    public double[] row(int mu) {
        if (mu < 0 || mu >= count) throw new IndexOutOfBoundsException("memory " + mu + " of " + count);
        return Arrays.copyOfRange(data, mu * dimension, (mu + 1) * dimension);
    }

    /** The first {@code k} memories. */
    public Memories first(int k) {
        if (k < 1 || k > count) throw new IllegalArgumentException("cannot take " + k + " of " + count + " memories");
        return new Memories(k, dimension, Arrays.copyOf(data, k * dimension));
    }

    /** All rows as a fresh 2-D array. */
    public double[][] toArray() {
        double[][] rows = new double[count][];
        for (int mu = 0; mu < count; mu++) rows[mu] = row(mu);
        return rows;
    }

    /** All entries as a fresh row-major array of K × N_f values (entry (μ, i) at μ·N_f + i). */
    public double[] toRowMajor() { return data.clone(); }

    /** All entries as a fresh column-major array (ξᵀ row-major, N_f × K: entry (μ, i) at i·K + μ). */
    public double[] toColumnMajor() { return Dense.transpose(count, dimension, data); }

    /** The mean of the memories, (1/K) Σ_μ ξ_μ: Model B's global fixed point at small β (Ramsauer 2020). */
    public double[] mean() {
        double[] m = new double[dimension];
        for (int mu = 0; mu < count; mu++) for (int i = 0; i < dimension; i++) m[i] += data[mu * dimension + i];
        for (int i = 0; i < dimension; i++) m[i] /= count;
        return m;
    }

    /**
     * The centred memories ξ_μ − ξ̄ (ξ̄ = {@link #mean()}): for correlated patterns such as images, whose
     * shared part (the background) otherwise dominates every overlap ξ_μ·σ of a Hebbian or DAM network.
     */
    public Memories centered() {
        double[] m = mean();
        double[] out = data.clone();
        for (int mu = 0; mu < count; mu++) for (int i = 0; i < dimension; i++) out[mu * dimension + i] -= m[i];
        return new Memories(count, dimension, out);
    }

    /** The Euclidean norm ‖ξ_μ‖ of memory μ. */
    public double norm(int mu) {
        if (mu < 0 || mu >= count) throw new IndexOutOfBoundsException("memory " + mu + " of " + count);
        return norms()[mu];
    }

    private double[] norms() {
        double[] n = norms;
        if (n == null) {
            n = new double[count];
            for (int mu = 0; mu < count; mu++) {
                double s = 0;
                for (int i = mu * dimension; i < (mu + 1) * dimension; i++) s += data[i] * data[i];
                n[mu] = Math.sqrt(s);
            }
            norms = n;
        }
        return n;
    }

    // --- the two products (on Dense) ----------------------------------------------------------

    /** ξx: (ξx)_μ = ξ_μ·x for x of length N_f; returns K values. */
    public double[] multiply(double[] x) {
        return Dense.multiply(count, dimension, data, x);
    }

    /** ξx written into {@code out} (length K). */
    public void multiply(double[] x, double[] out) {
        Dense.multiply(count, dimension, data, x, out);
    }

    /** ξᵀy: (ξᵀy)_i = Σ_μ ξ_{μi} y_μ for y of length K; returns N_f values. */
    public double[] multiplyTransposed(double[] y) {
        return Dense.multiplyTransposed(count, dimension, data, y);
    }

    /** ξᵀy written into {@code out} (length N_f). */
    public void multiplyTransposed(double[] y, double[] out) {
        Dense.multiplyTransposed(count, dimension, data, y, out);
    }

    /**
     * Batched ξx: {@code queries} holds B row-major vectors of length N_f; returns the B × K
     * row-major matrix Q ξᵀ.
     */
    public double[] multiplyBatch(double[] queries, int batch) {
        return Dense.multiplyBatch(count, dimension, data, queries, batch);
    }

    /**
     * Batched ξᵀy: {@code weights} holds B row-major vectors of length K; returns the B × N_f
     * row-major matrix P ξ.
     */
    public double[] multiplyTransposedBatch(double[] weights, int batch) {
        return Dense.multiplyTransposedBatch(count, dimension, data, weights, batch);
    }

    // --- the drives: both products of one right-hand side (on Dense) ------------------------------

    /**
     * out = ξᵀ f(ξg): the drive of the feature neurons in (M6) and the update (M7), for any hidden
     * Lagrangian L_h with activation f. h (length K) receives ξg and f (length K) receives f(ξg), except
     * where the log-sum-exp drive reads ξ once, which leaves them as workspace. An additive L_h runs
     * {@link Dense#additiveDrive} (F′ applied block by block), a log-sum-exp L_h
     * {@link Dense#softmaxDrive} (online softmax); each reads ξ once when that pays. Any other L_h
     * (layer norm, spherical, a custom one) couples the whole layer and takes ξg, f, ξᵀf.
     */
    public void drive(double[] g, Lagrangian hidden, double[] h, double[] f, double[] out) {
        if (hidden instanceof Additive a) {
            Dense.additiveDrive(count, dimension, data, g, a.blockActivation(), h, f, out);
        } else if (hidden instanceof LogSumExp l) {
            Dense.softmaxDrive(count, dimension, data, l.beta(), g, h, out);
        } else {
            if (hidden == null) throw new IllegalArgumentException("hidden Lagrangian L_h is null");
            multiply(g, h);
            hidden.activation(h, f);
            multiplyTransposed(f, out);
        }
    }

    /** h = ξg and out = ξᵀf, the two products of one (M2) right-hand side ({@link Dense#pair}). */
    public void pair(double[] g, double[] f, double[] h, double[] out) {
        Dense.pair(count, dimension, data, g, f, h, out);
    }

    @Override
    public String toString() {
        return "Memories[" + count + " × " + dimension + "]";
    }
}
