package lamp.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import lamp.base.Checks;
import lamp.memory.Memories;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Two ways of computing the same quantity, compared at many states: e.g. (M5) evaluated term by
 * term against (M10) = KH2020 (13) written out, or one update (M11) = KH2020 (16) against softmax
 * attention (the remark after KH2020 (16), Ramsauer 2020). The result holds
 * the largest relative difference (for the claim) and a table of the states (for the reader).
 *
 * <pre>{@code
 * Agreement a = Agreement.scalars("E_eff (M5)", general::energy, "E (M10)", modelB::energy, states);
 * a.table()                                      // state, E_eff (M5), E (M10), relative difference
 * Claims.atMost("4.1", Paper.EQ_13, "…", a.worst(), 1e-9);
 * }</pre>
 *
 * The relative difference of vectors is max|a − b| / max(1, max|b|) (max-norms); of numbers
 * |a − b| / max(1e-300, |b|).
 */
public final class Agreement {
    private final String nameA, nameB;
    private final boolean vectors;
    private final List<double[]> as, bs;
    private final double[] differences;

    private Agreement(String nameA, String nameB, boolean vectors, List<double[]> as, List<double[]> bs) {
        if (as.isEmpty()) throw new IllegalArgumentException("no states to compare");
        if (as.size() != bs.size()) throw new IllegalArgumentException(nameA + " has " + as.size() + " results but " + nameB + " has " + bs.size());
        this.nameA = nameA;
        this.nameB = nameB;
        this.vectors = vectors;
        this.as = as;
        this.bs = bs;
        this.differences = new double[as.size()];
        for (int s = 0; s < as.size(); s++) differences[s] = relative(as.get(s), bs.get(s), vectors, s);
    }

    /** Compares two scalar functions at every row of {@code states}. */
    public static Agreement scalars(String nameA, ToDoubleFunction<double[]> a, String nameB, ToDoubleFunction<double[]> b, Memories states) {
        Checks.present("function " + nameA, a);
        Checks.present("function " + nameB, b);
        Checks.present("states", states);
        List<double[]> x = new ArrayList<>(), y = new ArrayList<>();
        for (int s = 0; s < states.count(); s++) {
            double[] v = states.row(s);
            x.add(new double[] {a.applyAsDouble(v)});
            y.add(new double[] {b.applyAsDouble(v)});
        }
        return new Agreement(nameA, nameB, false, x, y);
    }

    /** Compares two vector functions at every row of {@code states}. */
    public static Agreement vectors(String nameA, Function<double[], double[]> a, String nameB, Function<double[], double[]> b, Memories states) {
        Checks.present("function " + nameA, a);
        Checks.present("function " + nameB, b);
        Checks.present("states", states);
        List<double[]> x = new ArrayList<>(), y = new ArrayList<>();
        for (int s = 0; s < states.count(); s++) {
            double[] v = states.row(s);
            x.add(a.apply(v));
            y.add(b.apply(v));
        }
        return new Agreement(nameA, nameB, true, x, y);
    }

    /** Compares two lists of vectors already computed, row by row (e.g. a batched result against per-query results). */
    public static Agreement rows(String nameA, double[][] a, String nameB, double[][] b) {
        Checks.present(nameA, a);
        Checks.present(nameB, b);
        for (int r = 0; r < a.length; r++) Checks.present(nameA + " row " + r, a[r]);
        for (int r = 0; r < b.length; r++) Checks.present(nameB + " row " + r, b[r]);
        return new Agreement(nameA, nameB, true, List.of(a), List.of(b));
    }

    /** The largest relative difference over all states. */
    public double worst() {
        double w = 0;
        for (double d : differences) w = Math.max(w, d);
        return w;
    }

    /** How many states were compared. */
    public int count() {
        return differences.length;
    }

    /**
     * One row per state: the state's index, both values (numbers) or both max-norms (vectors), and the
     * relative difference.
     */
    public Table table() {
        IntColumn index = IntColumn.create("state");
        DoubleColumn a = DoubleColumn.create(vectors ? "max|" + nameA + "|" : nameA);
        DoubleColumn b = DoubleColumn.create(vectors ? "max|" + nameB + "|" : nameB);
        DoubleColumn d = DoubleColumn.create("relative difference");
        for (int s = 0; s < differences.length; s++) {
            index.append(s);
            a.append(vectors ? maxAbs(as.get(s)) : as.get(s)[0]);
            b.append(vectors ? maxAbs(bs.get(s)) : bs.get(s)[0]);
            d.append(differences[s]);
        }
        return Table.create(nameA + " versus " + nameB + " (" + differences.length + " states, worst relative difference "
                + String.format(Locale.ROOT, "%.2e", worst()) + ")", index, a, b, d);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s versus %s at %d states: worst relative difference %.3e",
                nameA, nameB, differences.length, worst());
    }

    private double relative(double[] a, double[] b, boolean vector, int s) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("state " + s + ": " + nameA + " has length " + a.length + " but " + nameB + " has " + b.length);
        }
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(a[i] - b[i]);
            if (Double.isNaN(d)) return Double.POSITIVE_INFINITY;
            diff = Math.max(diff, d);
        }
        double scale = vector ? Math.max(1, maxAbs(b)) : Math.max(1e-300, Math.abs(b[0]));
        return diff / scale;
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) m = Math.max(m, Math.abs(v));
        return m;
    }
}
