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
 * Charts of Dense Associative Memory's capacity (THEORY.md §3, §6; DAM 2016, Demircigil et al. 2017; KH2020 (9)) in which
 * no curve hides another: each series has its own colour and marker, so two curves that coincide (F = x²
 * and x²/2 make identical flips) both stay visible. Line styles mean one thing each ({@link ChartStyle}):
 * measured solid, predicted dashed beside the measured curve it is compared with, guides dotted.
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
    /** Extra width of a chart whose legend stands to the right of the plot. */
    static final int LEGEND_WIDTH = 250;

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
            double[][] p = points(capacity, Columns.LOAD, Columns.EXACT, g.getValue());
            style(chart.addSeries(g.getKey(), p[0], p[1]), s++);
        }
        chart.getStyler().setXAxisLogarithmic(true).setYAxisMin(0.0).setYAxisMax(1.05);
        return ChartStyle.readableLogTicks(chart);
    }

    /**
     * K_max against N_f on log–log axes (a capacity-scaling table with columns n, N_f, K_max and the
     * formula): measured points with markers per order n (solid), the formula N^{n−1}/(2(2n−3)!! ln N)
     * dashed in the same colour, and a dotted guide of slope exactly n − 1 through the first formula point.
     * A K_max that is not &gt; 0 breaks its line and is marked on the axis floor.
     */
    public static XYChart scaling(Table scaling) {
        XYChart chart = chart("Capacity scaling: K_max against N_f, F = x^n (DAM 2016)", "N_f (log scale)", "K_max (log scale)",
                Plots.WIDTH + LEGEND_WIDTH);
        Map<String, List<Integer>> groups = groups(scaling, ORDER);
        ChartStyle.LogSeries log = new ChartStyle.LogSeries(chart, "K_max = 0 (not on log scale)");
        int s = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            int n = Integer.parseInt(g.getKey());
            Color colour = COLORS[s % COLORS.length];
            double[][] measured = points(scaling, Columns.N_F, K_MAX, g.getValue());
            double[][] formula = points(scaling, Columns.N_F, FORMULA, g.getValue());
            final int k = s;
            log.add("n = " + n + ": measured", measured[0], measured[1], colour, x -> style(x, k));
            log.add("n = " + n + ": formula", formula[0], formula[1], colour, x -> dashed(x, colour, ChartStyle.PREDICTED));
            int first = 0;
            while (first < formula[1].length && !(formula[1][first] > 0)) first++;
            if (first < formula[1].length) {
                double[] ref = new double[formula[0].length];
                for (int i = 0; i < ref.length; i++) {
                    ref[i] = formula[1][first] * Math.pow(formula[0][i] / formula[0][first], n - 1);
                }
                dashed(chart.addSeries("n = " + n + ": slope " + (n - 1), formula[0], ref), colour.brighter(), ChartStyle.GUIDE);
            }
            s++;
        }
        log.floor();
        logLegendRight(chart);
        return chart;
    }

    /**
     * The exponential DAM's ln K_max / N_f against N_f (an {@link ExponentialCapacity} table): one
     * measured series per criterion and, in its colour, what its theory gives: one dashed line where the
     * α below which it holds and the α above which it fails coincide (every memory: ln 2 / 2); otherwise
     * the first dashed (one memory: 1 − ln cosh 1 − 2/N_f, rising with N_f) and the second dotted (ln 2).
     */
    public static XYChart exponential(Table table) {
        XYChart chart = chart("Exponential DAM F = e^x: ln K_max / N_f against N_f (Demircigil et al. 2017)", "N_f", "ln K_max / N_f",
                Plots.WIDTH + LEGEND_WIDTH);
        Map<String, List<Integer>> groups = groups(table, ExponentialCapacity.CRITERION);
        int s = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            Color colour = COLORS[s % COLORS.length];
            double[][] measured = points(table, Columns.N_F, ExponentialCapacity.ALPHA, g.getValue());
            double[][] below = points(table, Columns.N_F, ExponentialCapacity.HOLDS_BELOW, g.getValue());
            double[][] above = points(table, Columns.N_F, ExponentialCapacity.FAILS_ABOVE, g.getValue());
            style(chart.addSeries(g.getKey() + ": measured", measured[0], measured[1]), s);
            if (java.util.Arrays.equals(below[1], above[1])) {
                dashed(chart.addSeries(g.getKey() + String.format(java.util.Locale.ROOT, ": threshold %.3f", below[1][0]),
                        below[0], below[1]), colour, ChartStyle.PREDICTED);
            } else {
                dashed(chart.addSeries(g.getKey() + ": holds below", below[0], below[1]), colour, ChartStyle.PREDICTED);
                dashed(chart.addSeries(g.getKey() + String.format(java.util.Locale.ROOT, ": fails above %.3f", above[1][0]),
                        above[0], above[1]), colour, ChartStyle.GUIDE);
            }
            s++;
        }
        chart.getStyler().setYAxisMin(0.0).setLegendPosition(Styler.LegendPosition.OutsideE).setLegendLayout(Styler.LegendLayout.Vertical);
        return chart;
    }

    /**
     * How sharp the exponential DAM's edge is: the fraction of trials passing against ln K / N_f, one
     * line per N_f, for one criterion of an {@link ExponentialCapacity.Result#evaluations()} table; the
     * pass threshold dotted, and the criterion's theory: for every memory its threshold ln 2 / 2 dashed;
     * for one memory the α below which it holds at the largest N_f (1 − ln cosh 1 − 2/N_f) dashed and the
     * ceiling ln 2 dotted, between which its threshold lies. A threshold that exists shows as lines that
     * steepen and gather as N_f grows.
     */
    public static XYChart exponentialEdge(Table evaluations, ExponentialCapacity.Criterion criterion) {
        if (evaluations == null) throw new IllegalArgumentException("evaluations table is null");
        if (criterion == null) throw new IllegalArgumentException("criterion is null");
        Table rows = evaluations.where(evaluations.stringColumn(ExponentialCapacity.CRITERION).isEqualTo(criterion.label()));
        if (rows.rowCount() == 0) throw new IllegalArgumentException("the table has no evaluations of '" + criterion.label() + "'");
        XYChart chart = chart("Exponential DAM F = e^x, " + criterion.label() + ": trials passing against ln K / N_f",
                "ln K / N_f", "fraction of trials passing", Plots.WIDTH + LEGEND_WIDTH);
        Map<String, List<Integer>> byN = new LinkedHashMap<>();
        for (int r = 0; r < rows.rowCount(); r++) byN.computeIfAbsent("N_f = " + rows.intColumn(Columns.N_F).get(r), x -> new ArrayList<>()).add(r);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        int s = 0;
        for (Map.Entry<String, List<Integer>> g : byN.entrySet()) {
            double[][] p = points(rows, ExponentialCapacity.LN_K_PER_N, ExponentialCapacity.PASS_FRACTION, g.getValue());
            for (double x : p[0]) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
            XYSeries series = chart.addSeries(g.getKey(), p[0], p[1]);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(COLORS[s % COLORS.length]);
            s++;
        }
        int largest = (int) rows.intColumn(Columns.N_F).max();
        double threshold = rows.doubleColumn(CapacityScaling.THRESHOLD).get(0), below = criterion.holdsBelow(largest),
                above = criterion.failsAbove();
        dashed(chart.addSeries(String.format(java.util.Locale.ROOT, "threshold %.2f", threshold), new double[] {lo, Math.max(hi, above)},
                new double[] {threshold, threshold}), Color.GRAY, ChartStyle.GUIDE);
        boolean one = criterion == ExponentialCapacity.Criterion.ONE_PATTERN;
        dashed(chart.addSeries(one ? String.format(java.util.Locale.ROOT, "holds below %.3f (N_f = %d)", below, largest)
                        : String.format(java.util.Locale.ROOT, "theory ln 2 / 2 = %.3f", below),
                new double[] {below, below}, new double[] {0, 1}), Color.BLACK, ChartStyle.PREDICTED);
        if (one) {
            dashed(chart.addSeries(String.format(java.util.Locale.ROOT, "fails above ln 2 = %.3f", above), new double[] {above, above},
                    new double[] {0, 1}), Color.DARK_GRAY, ChartStyle.GUIDE);
        }
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setLegendPosition(Styler.LegendPosition.OutsideE)
                .setLegendLayout(Styler.LegendLayout.Vertical);
        return chart;
    }

    /**
     * Retrieved memories N_mem against hidden neurons N_h on log–log axes (a {@link HiddenSaturation}
     * table): measured points per order n (solid; where N_mem = 0, which a log axis cannot show, the line
     * breaks and a triangle marks the point on the axis floor), the diagonal N_mem = N_h dotted (no network
     * holds more memories than hidden neurons) and min(N_h, formula) dashed per n, the KH2020 (9) scaling
     * with DAM 2016's constant.
     */
    public static XYChart saturation(Table saturation) {
        XYChart chart = chart("Retrieved memories against hidden neurons, N_f = " + constant(saturation, Columns.N_F),
                "hidden neurons N_h = K (log scale)", "retrieved memories N_mem (log scale)", Plots.WIDTH + LEGEND_WIDTH);
        Map<String, List<Integer>> groups = groups(saturation, HiddenSaturation.ORDER);
        double[] all = Plots.numbers(saturation, HiddenSaturation.N_H);
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (double v : all) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        dashed(chart.addSeries("N_mem = N_h", new double[] {lo, hi}, new double[] {lo, hi}), Color.GRAY, ChartStyle.GUIDE);
        ChartStyle.LogSeries log = new ChartStyle.LogSeries(chart, "N_mem = 0 (not on log scale)");
        int s = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            Color colour = COLORS[s % COLORS.length];
            final int k = s;
            double[][] p = points(saturation, HiddenSaturation.N_H, HiddenSaturation.RETRIEVED, g.getValue());
            log.add("n = " + g.getKey() + ": retrieved", p[0], p[1], colour, x -> style(x, k));
            double[][] m = points(saturation, HiddenSaturation.N_H, HiddenSaturation.MIN, g.getValue());
            log.add("n = " + g.getKey() + ": min(N_h, K_formula)", m[0], m[1], colour,
                    x -> dashed(x, colour, ChartStyle.PREDICTED));
            s++;
        }
        log.floor();
        logLegendRight(chart);
        return chart;
    }

    // --- helpers ----------------------------------------------------------------------------

    private static XYChart chart(String title, String xTitle, String yTitle) {
        return chart(title, xTitle, yTitle, Plots.WIDTH);
    }

    private static XYChart chart(String title, String xTitle, String yTitle, int width) {
        XYChart chart = new XYChartBuilder().width(width).height(Plots.HEIGHT + 80).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendVisible(true).setLegendPosition(Styler.LegendPosition.OutsideS)
                .setLegendLayout(Styler.LegendLayout.Horizontal).setChartBackgroundColor(Color.WHITE).setMarkerSize(8);
        return chart;
    }

    /** Log–log axes with the legend to the right of the plot, one entry a line, so that it covers no data. */
    private static void logLegendRight(XYChart chart) {
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true)
                .setLegendPosition(Styler.LegendPosition.OutsideE).setLegendLayout(Styler.LegendLayout.Vertical);
        ChartStyle.readableLogTicks(chart);
    }

    /** Measured series number s: its colour and marker, a solid line. */
    private static void style(XYSeries series, int s) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setLineColor(COLORS[s % COLORS.length]);
        series.setMarkerColor(COLORS[s % COLORS.length]);
        series.setMarker(MARKERS[s % MARKERS.length]);
        series.setLineStyle(ChartStyle.MEASURED);
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

    /** The (x, y) points of the rows sorted by x (every row: a log axis breaks its line at a value not > 0). */
    private static double[][] points(Table t, String x, String y, List<Integer> rows) {
        double[] xs = Plots.numbers(t, x), ys = Plots.numbers(t, y);
        List<double[]> p = new ArrayList<>();
        for (int r : rows) p.add(new double[] {xs[r], ys[r]});
        p.sort((a, b) -> Double.compare(a[0], b[0]));
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
