package lamp.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lamp.linalg.Checks;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The capacity estimates of MATH.md §3 for random ±1 patterns, and the capacity read off a measured
 * {@link Capacity} table, to set the two side by side.
 *
 * <pre>
 *   classical Hopfield (F = x²/2):   K_max ≈ 0.138 N                        (small error rate)
 *   polynomial DAM, F of degree n:    K_max ≈ N^{n−1} / (2 (2n−3)!! ln N)     (error-free recall, DAM 2016)
 * </pre>
 *
 * For n = 2 the second formula is N / (2 ln N), the classical error-free capacity.
 */
public final class CapacityTheory {
    private CapacityTheory() {}

    /** The classical Hopfield capacity 0.138·N (recall with a small fraction of wrong bits). */
    public static double classical(int n) {
        return 0.138 * Checks.count("features N", n, 1);
    }

    /** k!! = k(k−2)(k−4)…, with (−1)!! = 0!! = 1. */
    public static double doubleFactorial(int k) {
        if (k < -1) throw new IllegalArgumentException("double factorial needs k ≥ −1, got " + k);
        double p = 1;
        for (int j = k; j > 1; j -= 2) p *= j;
        return p;
    }

    /** The error-free capacity of a polynomial DAM of degree n ≥ 2: N^{n−1} / (2 (2n−3)!! ln N), N ≥ 2. */
    public static double polynomial(int degree, int n) {
        Checks.count("degree n", degree, 2);
        Checks.count("features N", n, 2);
        return Math.pow(n, degree - 1) / (2 * doubleFactorial(2 * degree - 3) * Math.log(n));
    }

    /**
     * The largest K in a {@link Capacity} table such that the model's exact-retrieval fraction is at
     * least {@code threshold} at K and at every smaller K in the table; 0 if it fails already at the
     * smallest K. The table must hold one N_f and one corruption.
     */
    public static int measured(Table capacity, String model, double threshold) {
        Checks.fraction("threshold", threshold);
        List<int[]> points = new ArrayList<>();
        StringColumn models = capacity.stringColumn(Columns.MODEL);
        IntColumn ks = capacity.intColumn(Columns.K);
        DoubleColumn exact = capacity.doubleColumn(Columns.EXACT);
        for (int r = 0; r < capacity.rowCount(); r++) {
            if (models.get(r).equals(model)) points.add(new int[] {ks.get(r), r});
        }
        if (points.isEmpty()) throw new IllegalArgumentException("no rows for model '" + model + "'; models: " + models.unique().asList());
        points.sort((a, b) -> Integer.compare(a[0], b[0]));
        int best = 0;
        for (int[] p : points) {
            if (exact.get(p[1]) < threshold) break;
            best = p[0];
        }
        return best;
    }

    private static final Pattern DAM = Pattern.compile("\\s*dam\\s*\\(\\s*(\\d+)\\s*\\)\\s*");

    /**
     * The polynomial degree of a model named as in {@link lamp.limit.Models}: {@code classical} is 2,
     * {@code dam(n)} is n; anything else (e.g. {@code exponential}) is 0, for "no polynomial formula".
     */
    public static int degree(String model) {
        if (model.trim().equalsIgnoreCase("classical")) return 2;
        Matcher m = DAM.matcher(model.toLowerCase(Locale.ROOT));
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * One row per model of a {@link Capacity} table, in the table's order: model, degree n (0 when there is no polynomial
     * formula), N_f, the measured capacity K at {@code threshold} ({@link #measured}), the largest K
     * tested, the formula N^{n−1}/(2(2n−3)!! ln N) (missing without one) and measured / formula.
     */
    public static Table compare(Table capacity, double threshold) {
        IntColumn nf = capacity.intColumn(Columns.N_F);
        if (nf.unique().size() != 1) throw new IllegalArgumentException("the capacity table mixes several N_f: " + nf.unique().asList());
        int n = nf.get(0);
        StringColumn model = StringColumn.create(Columns.MODEL);
        IntColumn degree = IntColumn.create("degree n"), features = IntColumn.create(Columns.N_F),
                measured = IntColumn.create(String.format(Locale.ROOT, "measured K (exact ≥ %.2f)", threshold)),
                tested = IntColumn.create("largest K tested");
        DoubleColumn formula = DoubleColumn.create("N^(n-1)/(2(2n-3)!! ln N)"), ratio = DoubleColumn.create("measured / formula");
        for (String m : new java.util.LinkedHashSet<>(capacity.stringColumn(Columns.MODEL).asList())) {
            int d = degree(m);
            int k = measured(capacity, m, threshold);
            double f = d >= 2 ? polynomial(d, n) : Double.NaN;
            int maxK = 0;
            for (int r = 0; r < capacity.rowCount(); r++) {
                if (capacity.stringColumn(Columns.MODEL).get(r).equals(m)) maxK = Math.max(maxK, capacity.intColumn(Columns.K).get(r));
            }
            model.append(m);
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
