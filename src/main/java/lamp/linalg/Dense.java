package lamp.linalg;

import lamp.memory.Memories;

/**
 * The one home of lamp's dense linear algebra: the two products every model is built from,
 * ξg (feature → hidden, the argument of L_h in M2, M5) and ξᵀf (hidden → feature, the drive in
 * M2, M6, M7), and their batched forms. Models never loop over ξ themselves, so this class is the
 * only place that needs to be fast.
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
        double[] a = xi.data();
        for (int mu = 0; mu < k; mu++) {
            int base = mu * n;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int i = 0;
            for (; i + 3 < n; i += 4) {
                s0 += a[base + i] * x[i];
                s1 += a[base + i + 1] * x[i + 1];
                s2 += a[base + i + 2] * x[i + 2];
                s3 += a[base + i + 3] * x[i + 3];
            }
            for (; i < n; i++) s0 += a[base + i] * x[i];
            out[mu] = (s0 + s1) + (s2 + s3);
        }
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
        double[] a = xi.data();
        java.util.Arrays.fill(out, 0);
        for (int mu = 0; mu < k; mu++) {
            double c = y[mu];
            if (c == 0) continue;
            int base = mu * n;
            for (int i = 0; i < n; i++) out[i] += c * a[base + i];
        }
    }

    /**
     * Batched ξg: {@code queries} holds B row-major vectors of length N_f; returns the B × N_h
     * row-major matrix of overlaps Q ξᵀ.
     */
    public static double[] multiplyBatch(Memories xi, double[] queries, int batch) {
        int k = xi.count(), n = xi.dimension();
        if (queries.length != batch * n) throw new IllegalArgumentException("batch holds " + queries.length + " values but " + batch + " × " + n + " are required");
        double[] out = new double[batch * k];
        double[] q = new double[n], o = new double[k];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(queries, b * n, q, 0, n);
            multiply(xi, q, o);
            System.arraycopy(o, 0, out, b * k, k);
        }
        return out;
    }

    /**
     * Batched ξᵀf: {@code weights} holds B row-major vectors of length N_h; returns the B × N_f
     * row-major matrix P ξ.
     */
    public static double[] multiplyTransposedBatch(Memories xi, double[] weights, int batch) {
        int k = xi.count(), n = xi.dimension();
        if (weights.length != batch * k) throw new IllegalArgumentException("batch holds " + weights.length + " values but " + batch + " × " + k + " are required");
        double[] out = new double[batch * n];
        double[] w = new double[k], o = new double[n];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(weights, b * k, w, 0, k);
            multiplyTransposed(xi, w, o);
            System.arraycopy(o, 0, out, b * n, n);
        }
        return out;
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
