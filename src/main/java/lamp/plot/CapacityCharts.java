package lamp.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lamp.experiment.Capacity;
import lamp.experiment.CapacityScaling;
import lamp.experiment.Columns;
import lamp.experiment.ExponentialCapacity;
import lamp.experiment.HiddenSaturation;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

/**
 * Charts of Dense Associative Memory's capacity (MATH.md §3, §6; DAM 2016, Demircigil et al. 2017;
 * KH2020 (9)) in which no curve hides another: each series has its own colour, marker and dash
 * pattern, so two curves that coincide (F = x² and x²/2 make identical flips) both stay visible, and
 * every predicted curve is drawn dashed beside the measured one it is compared with.
 */
public final class CapacityCharts {
    private CapacityCharts() {}

    /** Columns of a capacity-scaling table (one row per order n and N_f). */
    public static final String ORDER = CapacityScaling.ORDER, K_MAX = CapacityScaling.K_MAX, FORMULA = CapacityScaling.FORMULA;

    private static final Color[] COLORS = {
        new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C), new Color(0x9467BD), new Color(0xFF7F0E), new Color(0x8C564B),
    };
    private static final Marker[] MARKERS = {
        SeriesMarkers.CIRCLE, SeriesMarkers.CROSS, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.CROSS,
        SeriesMarkers.TRIANGLE_DOWN,
    };
    private static final BasicStroke[] DASHES = {
        new BasicStroke(2f), stroke(9f, 5f), stroke(2f, 4f), stroke(12f, 4f, 2f, 4f), stroke(5f, 5f), stroke(1f, 3f),
    };
    private static final BasicStroke PREDICTED = stroke(7f, 5f), REFERENCE = stroke(2f, 3f);

    private static BasicStroke stroke(float... dash) {
        return new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    /**
     * Capacity curves (a {@link Capacity} table): exact-retrieval fraction against K/N_f on a log axis,
     * one series per model, each with its own colour, marker and dash pattern, drawn in the table's
     * order so later ones sit on top; the later markers are thin crosses or open shapes that let the
     * earlier ones show through where curves coincide (x² on x²/2, e^x on x⁴ at full recall).
     */
    public static XYChart curves(Table capacity) {
        XYChart chart = chart("Capacity at N_f = " + constant(capacity, Columns.N_F) + ": exact retrieval against load",
                "K / N_f (log scale)", "exact retrieval fraction");
        Map<String, List<Integer>> groups = groups(capacity, Columns.MODEL);
        int s = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            double[][] p = points(capacity, Columns.LOAD, Columns.EXACT, g.getValue(), false);
            style(chart.addSeries(g.getKey(), p[0], p[1]), s++);
        }
        chart.getStyler().setXAxisLogarithmic(true).setYAxisMin(0.0).setYAxisMax(1.05);
        return chart;
    }

    /**
     * K_max against N_f on log–log axes (a capacity-scaling table with columns n, N_f, K_max and the
     * formula): measured points with markers per order n, the formula N^{n−1}/(2(2n−3)!! ln N) dashed
     * in the same colour, and a dotted reference line of slope exactly n − 1 through the first
     * formula point.
     */
    public static XYChart scaling(Table scaling) {
        XYChart chart = chart("Capacity scaling: K_max against N_f, F = x^n (DAM 2016)", "N_f (log scale)", "K_max (log scale)");
        Map<String, List<Integer>> groups = groups(scaling, ORDER);
        int s = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            int n = Integer.parseInt(g.getKey());
            double[][] measured = points(scaling, Columns.N_F, K_MAX, g.getValue(), true);
            double[][] formula = points(scaling, Columns.N_F, FORMULA, g.getValue(), true);
            style(chart.addSeries("n = " + n + ": measured", measured[0], measured[1]), s);
            XYSeries f = chart.addSeries("n = " + n + ": formula", formula[0], formula[1]);
            dashed(f, COLORS[s % COLORS.length], PREDICTED);
            double[] ref = new double[formula[0].length];
            for (int i = 0; i < ref.length; i++) ref[i] = formula[1][0] * Math.pow(formula[0][i] / formula[0][0], n - 1);
            dashed(chart.addSeries("n = " + n + ": slope " + (n - 1), formula[0], ref), COLORS[s % COLORS.length].brighter(), REFERENCE);
            s++;
        }
        insideLegend(chart);
        return chart;
    }

    /**
     * The exponential DAM's ln K_max / N_f against N_f (an {@link ExponentialCapacity} table): one
     * measured series per criterion, and each criterion's predicted α dashed in its colour.
     */
    public static XYChart exponential(Table table) {
        XYChart chart = chart("Exponential DAM F = e^x: ln K_max / N_f against N_f (Demircigil et al. 2017)", "N_f", "ln K_max / N_f");
        Map<String, List<Integer>> groups = groups(table, ExponentialCapacity.CRITERION);
        int s = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            double[][] measured = points(table, Columns.N_F, ExponentialCapacity.ALPHA, g.getValue(), true);
            double[][] predicted = points(table, Columns.N_F, ExponentialCapacity.PREDICTED, g.getValue(), true);
            style(chart.addSeries(g.getKey() + ": measured", measured[0], measured[1]), s);
            dashed(chart.addSeries(g.getKey() + String.format(java.util.Locale.ROOT, ": predicted %.3f", predicted[1][0]),
                    predicted[0], predicted[1]), COLORS[s % COLORS.length], PREDICTED);
            s++;
        }
        chart.getStyler().setYAxisMin(0.0).setLegendPosition(Styler.LegendPosition.InsideSE).setLegendLayout(Styler.LegendLayout.Vertical);
        return chart;
    }

    /**
     * Retrieved memories N_mem against hidden neurons N_h on log–log axes (a {@link HiddenSaturation}
     * table): measured points per order n (points with N_mem = 0 cannot be drawn on a log axis and are
     * left out), the diagonal N_mem = N_h (no network holds more memories than hidden neurons) and
     * min(N_h, formula) dashed per n, the KH2020 (9) scaling with DAM 2016's constant.
     */
    public static XYChart saturation(Table saturation) {
        XYChart chart = chart("Retrieved memories against hidden neurons, N_f = " + constant(saturation, Columns.N_F),
                "hidden neurons N_h = K (log scale)", "retrieved memories N_mem (log scale)");
        Map<String, List<Integer>> groups = groups(saturation, HiddenSaturation.ORDER);
        double[] all = Plots.numbers(saturation, HiddenSaturation.N_H);
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (double v : all) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        dashed(chart.addSeries("N_mem = N_h", new double[] {lo, hi}, new double[] {lo, hi}), Color.GRAY, REFERENCE);
        int s = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            double[][] p = points(saturation, HiddenSaturation.N_H, HiddenSaturation.RETRIEVED, g.getValue(), true);
            style(chart.addSeries("n = " + g.getKey() + ": retrieved", p[0], p[1]), s);
            double[][] m = points(saturation, HiddenSaturation.N_H, HiddenSaturation.MIN, g.getValue(), true);
            dashed(chart.addSeries("n = " + g.getKey() + ": min(N_h, K_formula)", m[0], m[1]), COLORS[s % COLORS.length], PREDICTED);
            s++;
        }
        insideLegend(chart);
        return chart;
    }

    // --- helpers ----------------------------------------------------------------------------

    private static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT + 80).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendVisible(true).setLegendPosition(Styler.LegendPosition.OutsideS)
                .setLegendLayout(Styler.LegendLayout.Horizontal).setChartBackgroundColor(Color.WHITE).setMarkerSize(8);
        return chart;
    }

    /** Log–log axes with the legend in the empty upper-left corner (the curves rise to the right), one entry a line. */
    private static void insideLegend(XYChart chart) {
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true)
                .setLegendPosition(Styler.LegendPosition.InsideNW).setLegendLayout(Styler.LegendLayout.Vertical);
    }

    /** Series number s: its colour, marker and dash pattern. */
    private static void style(XYSeries series, int s) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setLineColor(COLORS[s % COLORS.length]);
        series.setMarkerColor(COLORS[s % COLORS.length]);
        series.setMarker(MARKERS[s % MARKERS.length]);
        series.setLineStyle(DASHES[s % DASHES.length]);
    }

    private static void dashed(XYSeries series, Color color, BasicStroke stroke) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setLineColor(color);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineStyle(stroke);
    }

    private static Map<String, List<Integer>> groups(Table t, String key) {
        Plots.require(t, key);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) groups.computeIfAbsent(t.column(key).getString(r), k -> new ArrayList<>()).add(r);
        if (groups.isEmpty()) throw new IllegalArgumentException("table '" + t.name() + "' has no rows");
        return groups;
    }

    /** The (x, y) points of the rows sorted by x; with {@code positive}, rows whose y is not > 0 are left out. */
    private static double[][] points(Table t, String x, String y, List<Integer> rows, boolean positive) {
        double[] xs = Plots.numbers(t, x), ys = Plots.numbers(t, y);
        List<double[]> p = new ArrayList<>();
        for (int r : rows) if (!positive || ys[r] > 0) p.add(new double[] {xs[r], ys[r]});
        p.sort((a, b) -> Double.compare(a[0], b[0]));
        if (p.isEmpty()) throw new IllegalArgumentException("no points with " + y + " > 0 to draw on a log axis in '" + t.name() + "'");
        double[][] out = new double[2][p.size()];
        for (int i = 0; i < p.size(); i++) {
            out[0][i] = p.get(i)[0];
            out[1][i] = p.get(i)[1];
        }
        return out;
    }

    private static String constant(Table t, String column) {
        Plots.require(t, column);
        List<String> values = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String v = t.column(column).getString(r);
            if (!values.contains(v)) values.add(v);
        }
        return String.join(", ", values);
    }
}
