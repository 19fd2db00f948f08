package lamp.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lamp.lagrangian.ScalarFunction;
import lamp.limit.AssociativeMemory;
import lamp.limit.DenseAssociativeMemory;
import lamp.base.Checks;
import org.apache.commons.math3.special.Gamma;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The capacity estimates for random ±1 patterns (THEORY.md §3; KH2020 (9) gives the scaling
 * N_mem ~ min(N_f^{n−1}, N_h), the constants come from the related papers), and the capacity read off
 * a measured {@link Capacity} table, to set the two side by side.
 *
 * <pre>
 *   classical Hopfield (F = x²/2):   K_max ≈ 0.138 N                        (small error rate; Hopfield 1982)
 *   polynomial DAM, F of degree n:    K_max ≈ N^{n−1} / (2 (2n−3)!! ln N)     (error-free recall, DAM 2016)
 * </pre>
 *
 * For n = 2 the second formula is N / (2 ln N), the classical error-free capacity. The degree n of a
 * model travels in the capacity table's "degree n" column, as a number: nothing is read back from a
 * model's name.
 */
public final class CapacityTheory {
    private CapacityTheory() {}

    /** The classical Hopfield capacity 0.138·N (recall with a small fraction of wrong bits). */
    public static double classical(int n) {
        return 0.138 * Checks.count("features N", n, 1);
    }

    /**
     * k!! = k(k−2)(k−4)…, with (−1)!! = 0!! = 1; an ArithmeticException past the double range
     * (k ≥ 301), where {@link #logDoubleFactorial} stays finite.
     */
    public static double doubleFactorial(int k) {
        if (k < -1) throw new IllegalArgumentException("double factorial needs k ≥ −1, got " + k);
        double p = k > 400 ? Double.POSITIVE_INFINITY : product(k);                // 301!! already exceeds the double range
        if (Double.isInfinite(p)) {
            throw new ArithmeticException(k + "!! = e^" + logDoubleFactorial(k) + " exceeds the double range; use logDoubleFactorial");
        }
        return p;
    }

    private static double product(int k) {
        double p = 1;
        for (int j = k; j > 1; j -= 2) p *= j;
        return p;
    }

    /** ln k!! = Σ ln j over j = k, k−2, …, &gt; 1: finite for every k ≥ −1. */
    public static double logDoubleFactorial(int k) {
        if (k < -1) throw new IllegalArgumentException("double factorial needs k ≥ −1, got " + k);
        if (k > 10_000) {                                   // through the Gamma function: k!! = 2^(k/2) Γ(k/2 + 1) (even k), k! / (k−1)!! (odd k)
            double half = Math.floor(k / 2.0);
            if (k % 2 == 0) return half * Math.log(2) + Gamma.logGamma(half + 1);
            return Gamma.logGamma(k + 1.0) - (half * Math.log(2) + Gamma.logGamma(half + 1));
        }
        double s = 0;
        for (int j = k; j > 1; j -= 2) s += Math.log(j);
        return s;
    }

    /**
     * The error-free capacity of a polynomial DAM of degree n ≥ 2: N^{n−1} / (2 (2n−3)!! ln N), N ≥ 2,
     * computed from {@link #logPolynomial} so that large n and N do not give ∞/∞; an
     * ArithmeticException when the capacity itself exceeds the double range.
     */
    public static double polynomial(int degree, int n) {
        double log = logPolynomial(degree, n);
        double direct = Math.pow(n, degree - 1) / (2 * product(2 * degree - 3) * Math.log(n));
        if (Double.isFinite(direct) && direct > 0) return direct;                      // the closed form as written, where it is representable
        double k = Math.exp(log);
        if (Double.isInfinite(k)) {
            throw new ArithmeticException("the capacity N^(n−1)/(2(2n−3)!! ln N) for n = " + degree + ", N = " + n + " is e^" + log
                    + ", beyond the double range; use logPolynomial");
        }
        return k;
    }

    /** ln of {@link #polynomial}: (n − 1) ln N − ln 2 − ln (2n−3)!! − ln ln N, finite for every n ≥ 2, N ≥ 2. */
    public static double logPolynomial(int degree, int n) {
        Checks.count("degree n", degree, 2);
        Checks.count("features N", n, 2);
        if (degree > (Integer.MAX_VALUE + 3L) / 2) throw new IllegalArgumentException("degree n = " + degree + " is too large: 2n − 3 overflows an int");
        return (degree - 1) * Math.log(n) - Math.log(2) - logDoubleFactorial(2 * degree - 3) - Math.log(Math.log(n));
    }

    /**
     * The degree n of a model's interaction function when it is a Model A (M8) with F(x) = c·xⁿ, n ≥ 2
     * (classical F = x²/2: 2; F = x³: 3), else 0 (exponential or rectified F, Models B and C: no
     * polynomial formula).
     */
    public static int degree(AssociativeMemory model) {
        if (model == null) throw new IllegalArgumentException("model is null");
        return model instanceof DenseAssociativeMemory dam ? degree(dam.interaction()) : 0;
    }

    /**
     * n when F is the power xⁿ with n ≥ 2 or the classical x²/2 (n = 2), else 0: read from F's type
     * (rectified, exponential and user-defined F have no polynomial formula).
     */
    public static int degree(ScalarFunction f) {
        if (f == null) throw new IllegalArgumentException("interaction function F is null");
        return f.polynomialDegree().orElse(0);
    }

    /**
     * The largest K in a {@link Capacity} table such that the model's exact-retrieval fraction is at
     * least {@code threshold} at K and at every smaller K in the table; 0 if it fails already at the
     * smallest K. The rows of {@code model} must hold one N_f.
     */
    public static int measured(Table capacity, String model, double threshold) {
        Checks.fraction("threshold", threshold);
        List<Integer> rows = rowsOf(capacity, model);
        rows.sort((a, b) -> Integer.compare(capacity.intColumn(Columns.K).get(a), capacity.intColumn(Columns.K).get(b)));
        int best = 0;
        for (int r : rows) {
            if (capacity.doubleColumn(Columns.EXACT).get(r) < threshold) break;
            best = capacity.intColumn(Columns.K).get(r);
        }
        return best;
    }

    private static List<Integer> rowsOf(Table capacity, String model) {
        require(capacity, Columns.MODEL, Columns.K, Columns.EXACT, Columns.N_F);
        StringColumn models = capacity.stringColumn(Columns.MODEL);
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < capacity.rowCount(); r++) if (models.get(r).equals(model)) rows.add(r);
        if (rows.isEmpty()) throw new IllegalArgumentException("no rows for model '" + model + "'; models: " + models.unique().asList());
        IntColumn nf = capacity.intColumn(Columns.N_F);
        for (int r : rows) {
            if (nf.get(r) != nf.get(rows.get(0))) {
                throw new IllegalArgumentException("model '" + model + "' has rows at several N_f (" + nf.get(rows.get(0)) + " and "
                        + nf.get(r) + "): select one N_f first");
            }
        }
        return rows;
    }

    private static void require(Table t, String... columns) {
        if (t == null) throw new IllegalArgumentException("capacity table is null");
        for (String c : columns) {
            if (!t.containsColumn(c)) {
                throw new IllegalArgumentException("table '" + t.name() + "' has no column '" + c + "' (make it with Capacity); it has " + t.columnNames());
            }
        }
    }

    /**
     * The measured capacity at every N_f of a {@link Capacity} table (e.g. several runs appended):
     * one row per (model, N_f) in the table's order with model, degree n, N_f and the measured K at
     * {@code threshold}, for K_max against N_f on log–log axes (slope n − 1 for F = xⁿ, DAM 2016;
     * {@link Fits#logLogSlope}).
     */
    public static Table scaling(Table capacity, double threshold) {
        require(capacity, Columns.MODEL, Columns.DEGREE, Columns.K, Columns.EXACT, Columns.N_F);
        Checks.fraction("threshold", threshold);
        record Point(String model, int features) {}
        Map<Point, Table> parts = new LinkedHashMap<>();
        for (int r = 0; r < capacity.rowCount(); r++) {
            Point key = new Point(capacity.stringColumn(Columns.MODEL).get(r), capacity.intColumn(Columns.N_F).get(r));
            parts.computeIfAbsent(key, x -> capacity.emptyCopy()).addRow(r, capacity);
        }
        StringColumn model = StringColumn.create(Columns.MODEL);
        IntColumn degree = IntColumn.create(Columns.DEGREE), features = IntColumn.create(Columns.N_F),
                measured = IntColumn.create(String.format(Locale.ROOT, "measured K (exact ≥ %.2f)", threshold));
        for (Table part : parts.values()) {
            String m = part.stringColumn(Columns.MODEL).get(0);
            model.append(m);
            degree.append(part.intColumn(Columns.DEGREE).get(0));
            features.append(part.intColumn(Columns.N_F).get(0));
            measured.append(measured(part, m, threshold));
        }
        return Table.create("capacity against N_f", model, degree, features, measured);
    }

    /**
     * One row per model of a {@link Capacity} table, in the table's order: model, degree n (0 when there
     * is no polynomial formula), N_f, the measured capacity K at {@code threshold} ({@link #measured}),
     * the largest K tested, the formula N^{n−1}/(2(2n−3)!! ln N) (missing without one) and measured /
     * formula. The table must hold one N_f.
     */
    public static Table compare(Table capacity, double threshold) {
        require(capacity, Columns.MODEL, Columns.DEGREE, Columns.K, Columns.EXACT, Columns.N_F);
        IntColumn nf = capacity.intColumn(Columns.N_F);
        if (nf.unique().size() != 1) throw new IllegalArgumentException("the capacity table mixes several N_f: " + nf.unique().asList());
        int n = nf.get(0);
        Map<String, List<Integer>> byModel = new LinkedHashMap<>();
        for (int r = 0; r < capacity.rowCount(); r++) {
            byModel.computeIfAbsent(capacity.stringColumn(Columns.MODEL).get(r), m -> new ArrayList<>()).add(r);
        }
        StringColumn model = StringColumn.create(Columns.MODEL);
        IntColumn degree = IntColumn.create(Columns.DEGREE), features = IntColumn.create(Columns.N_F),
                measured = IntColumn.create(String.format(Locale.ROOT, "measured K (exact ≥ %.2f)", threshold)),
                tested = IntColumn.create("largest K tested");
        DoubleColumn formula = DoubleColumn.create("N^(n-1)/(2(2n-3)!! ln N)"), ratio = DoubleColumn.create("measured / formula");
        for (Map.Entry<String, List<Integer>> e : byModel.entrySet()) {
            int d = capacity.intColumn(Columns.DEGREE).get(e.getValue().get(0));
            int maxK = 0;
            for (int r : e.getValue()) {
                if (capacity.intColumn(Columns.DEGREE).get(r) != d) {
                    throw new IllegalArgumentException("model '" + e.getKey() + "' has rows of degree " + d + " and "
                            + capacity.intColumn(Columns.DEGREE).get(r) + ": two models share one label");
                }
                maxK = Math.max(maxK, capacity.intColumn(Columns.K).get(r));
            }
            int k = measured(capacity, e.getKey(), threshold);
            double f = d >= 2 ? polynomial(d, n) : Double.NaN;
            model.append(e.getKey());
            degree.append(d);
            features.append(n);
            measured.append(k);
            tested.append(maxK);
            formula.append(f);
            ratio.append(d >= 2 ? k / f : Double.NaN);
        }
        return Table.create("capacity: measured versus formula", model, degree, features, measured, tested, formula, ratio);
    }
}
