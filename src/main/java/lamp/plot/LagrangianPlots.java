package lamp.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lamp.base.Numbers;
import lamp.lagrangian.Additive;
import lamp.lagrangian.Convexity;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.base.Checks;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Pictures of the Lagrangian catalogue (THEORY.md §4; M1 = KH2020 (3)): the activation g = ∂L/∂x of one neuron as a
 * function of its input, the Lagrangian itself, and, for the Lagrangians that couple a whole layer
 * (log-sum-exp, spherical, layer norm), the activation of a small layer at a given input vector.
 *
 * <pre>{@code
 * LagrangianPlots.activations(List.of(Lagrangians.tanh(1), Lagrangians.sign()), -2, 2, 201);
 * LagrangianPlots.layerTable(List.of(Lagrangians.logSumExp(1), Lagrangians.spherical()), new double[] {1, 2, -1});
 * }</pre>
 */
public final class LagrangianPlots {
    private LagrangianPlots() {}

    /** Ten well-separated line colours (the "tab10" palette), so a sign and a sigmoid never share a hue. */
    static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    /**
     * The activation g(x) = L′(x) of a single neuron (the layer of size 1) for each Lagrangian, on
     * {@code points} evenly spaced inputs from {@code from} to {@code to}.
     */
    public static XYChart activations(List<Lagrangian> lagrangians, double from, double to, int points) {
        return scalar(lagrangians, from, to, points, true);
    }

    /** The Lagrangian L(x) of a single neuron for each Lagrangian, on an even grid from {@code from} to {@code to}. */
    public static XYChart values(List<Lagrangian> lagrangians, double from, double to, int points) {
        return scalar(lagrangians, from, to, points, false);
    }

    /**
     * The activation of a whole layer at input x: one row per neuron i with x_i and, for each
     * Lagrangian, the i-th entry of its activation ∇L(x) (M1).
     */
    public static Table layerTable(List<Lagrangian> lagrangians, double[] x) {
        check(lagrangians);
        Checks.finite("input x", x);
        if (x.length == 0) throw new IllegalArgumentException("input x is empty");
        int[] index = new int[x.length];
        for (int i = 0; i < x.length; i++) index[i] = i;
        Table t = Table.create("activations of a layer of " + x.length + " neurons",
                IntColumn.create("neuron i", index), DoubleColumn.create("x_i", x.clone()));
        for (Lagrangian l : lagrangians) t.addColumns(DoubleColumn.create(unique(t, l.name()), l.activation(x)));
        return t;
    }

    /** {@link #layerTable} as a bar chart: the input x and each activation, grouped by neuron. */
    public static CategoryChart layerChart(List<Lagrangian> lagrangians, double[] x) {
        Table t = layerTable(lagrangians, x);
        CategoryChart chart = new CategoryChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT)
                .title("Activations of a whole layer at input x = " + format(x))
                .xAxisTitle("neuron i").yAxisTitle("x_i and activation g_i(x)").build();
        chart.getStyler().setLegendVisible(true).setLegendPosition(Styler.LegendPosition.OutsideS)
                .setLegendLayout(Styler.LegendLayout.Horizontal).setChartBackgroundColor(Color.WHITE);
        List<Integer> neurons = new ArrayList<>();
        for (int i = 0; i < x.length; i++) neurons.add(i);
        for (int c = 1; c < t.columnCount(); c++) {
            double[] y = t.doubleColumn(c).asDoubleArray();
            List<Double> values = new ArrayList<>();
            for (double v : y) values.add(v);
            chart.addSeries(c == 1 ? "input x" : t.column(c).name(), neurons, values).setFillColor(PALETTE[(c - 1) % PALETTE.length]);
        }
        return chart;
    }

    /** One row of {@link #catalogue}: a Lagrangian with its formulas and the models built on it. */
    private record Row(Lagrangian lagrangian, String value, String activation, String hessian, String usedBy) {}

    /**
     * The catalogue of THEORY.md §4 as the paper's limit models use it (KH2020 §3; M1 = KH2020 (3)):
     * one row per Lagrangian with L(x), its activation, its Hessian, whether it couples the whole layer
     * (a non-additive L: each output depends on every current of the layer) or is a sum over neurons, the smallest
     * Hessian eigenvalue found at {@code points} random points of dimension {@code dimension} (entries
     * uniform in [−2, 2], from {@code seed}), PSD (that eigenvalue ≥ −1e-10), and the models that use
     * it. The formulas are text to read; the couplings and eigenvalues are computed.
     */
    public static Table catalogue(int dimension, int points, long seed) {
        Checks.between("dimension", dimension, 2, 200);           // a dense Hessian's eigenvalues per point: O(dimension³)
        Checks.between("points", points, 1, 10_000);
        List<Row> rows = List.of(
                new Row(Lagrangians.identity(), "½Σx²", "x", "I",
                        "L_v of Model B; L_h of the continuous Hopfield limit (Appendix B)"),
                new Row(Lagrangians.rectifiedPower(2), "Σ(x)₊²/2", "(x)₊ (ReLU)", "diag 1[x > 0]",
                        "L_h of Model A, F = (x)₊²: classical Hopfield on the positive side"),
                new Row(Lagrangians.rectifiedPower(3), "Σ(x)₊³/3", "(x)₊²", "diag 2(x)₊",
                        "L_h of Model A, F = (x)₊³ (rectified polynomial DAM); L_h of Model C"),
                new Row(Lagrangians.exponential(1), "Σe^{βx}/β", "e^{βx}", "diag βe^{βx}",
                        "L_h of Model A, F = e^x (exponential DAM)"),
                new Row(Lagrangians.tanh(1), "Σ log cosh(βx)/β", "tanh(βx)", "diag β(1 − tanh²)",
                        "L_v of the continuous Hopfield limit (Appendix B, graded neurons)"),
                new Row(Lagrangians.sigmoid(1), "Σ log(1 + e^{βx})/β", "σ(βx)", "diag βσ(1 − σ)",
                        "L_v of graded 0/1 neurons (Hopfield 1984)"),
                new Row(Lagrangians.sign(), "Σ|x|", "sign(x)", "0 (away from 0)",
                        "L_v of Model A with sharp neurons: the DAM energy (M8)"),
                new Row(Lagrangians.logSumExp(1), "(1/β) log Σe^{βx}", "softmax(βx)", "β(diag p − ppᵀ)",
                        "L_h of Model B (attention)"),
                new Row(Lagrangians.spherical(), "‖x‖", "x/‖x‖", "(I − uuᵀ)/‖x‖",
                        "L_v of Model C (divisive normalisation)"),
                new Row(Lagrangians.layerNorm(1, 0), "γ√N‖x − x̄‖ + δΣx", "γ√N(x − x̄)/‖x − x̄‖ + δ", "PSD for γ ≥ 0",
                        "a layer-coupled L_v: layer normalisation"));
        Table t = Table.create("the Lagrangian catalogue (THEORY.md §4): " + points + " random points in dimension " + dimension
                + ", seed " + seed);
        StringColumn name = StringColumn.create("Lagrangian"), value = StringColumn.create("L(x)"),
                act = StringColumn.create("activation ∂L/∂x"), hes = StringColumn.create("Hessian"),
                coupling = StringColumn.create("neurons"), psd = StringColumn.create("PSD"), used = StringColumn.create("used by");
        DoubleColumn eig = DoubleColumn.create("min Hessian eigenvalue");
        Random r = new Random(seed);
        for (Row row : rows) {
            Lagrangian l = row.lagrangian();
            double min = Double.POSITIVE_INFINITY;
            for (int p = 0; p < points; p++) {
                double[] x = new double[dimension];
                for (int i = 0; i < dimension; i++) x[i] = -2 + 4 * r.nextDouble();
                min = Math.min(min, l.minHessianEigenvalue(x));
            }
            name.append(l.name());
            value.append(row.value());
            act.append(row.activation());
            hes.append(row.hessian());
            coupling.append(l instanceof Additive ? "each on its own" : "coupled (lateral)");
            eig.append(min);
            psd.append(min >= -Convexity.TOLERANCE ? "yes" : "NO");
            used.append(row.usedBy());
        }
        t.addColumns(name, value, act, hes, coupling, eig, psd, used);
        return t;
    }

    private static XYChart scalar(List<Lagrangian> lagrangians, double from, double to, int points, boolean activation) {
        check(lagrangians);
        Checks.finite("from", from);
        Checks.finite("to", to);
        if (!(to > from)) throw new IllegalArgumentException("the input range needs from < to, got " + from + " … " + to);
        Checks.between("points", points, 2, 1_000_000);
        double[] xs = new double[points];
        for (int k = 0; k < points; k++) xs[k] = from + (to - from) * k / (points - 1);
        XYChart chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT)
                .title(activation ? "Activations of one neuron, g(x) = L′(x) (M1)" : "Lagrangians of one neuron, L(x)")
                .xAxisTitle("input x").yAxisTitle(activation ? "activation g(x)" : "Lagrangian L(x)").build();
        chart.getStyler().setLegendVisible(true).setLegendPosition(Styler.LegendPosition.OutsideE)
                .setLegendLayout(Styler.LegendLayout.Vertical).setChartBackgroundColor(Color.WHITE);
        List<String> names = new ArrayList<>();
        for (Lagrangian l : lagrangians) {
            double[] ys = new double[points];
            double[] one = new double[1];
            for (int k = 0; k < points; k++) {
                one[0] = xs[k];
                ys[k] = activation ? l.activation(one)[0] : l.value(one);
            }
            String name = l.name();
            while (names.contains(name)) name = name + "'";
            names.add(name);
            XYSeries s = chart.addSeries(name, xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(PALETTE[(names.size() - 1) % PALETTE.length]);
        }
        return chart;
    }

    private static void check(List<Lagrangian> lagrangians) {
        if (lagrangians == null || lagrangians.isEmpty()) throw new IllegalArgumentException("Lagrangian list is empty");
        for (int k = 0; k < lagrangians.size(); k++) {
            if (lagrangians.get(k) == null) throw new IllegalArgumentException("Lagrangian " + k + " is null");
        }
    }

    private static String unique(Table t, String name) {
        String n = name;
        while (t.containsColumn(n)) n = n + "'";
        return n;
    }

    private static String format(double[] x) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < x.length; i++) s.append(i == 0 ? "" : ", ").append(Numbers.format(x[i], 3));
        return s.append(")").toString();
    }
}
