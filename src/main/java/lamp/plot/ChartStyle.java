package lamp.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What lamp's charts share so that they read alike: one line style per meaning ({@link #MEASURED} solid,
 * {@link #PREDICTED} dashed, {@link #GUIDE} dotted), log axes labelled in plain numbers (not "1E4") and
 * between the powers of ten when they span few decades ({@link #readableLogTicks}), and log axes on which a zero or negative value is neither dropped nor joined across: the line
 * breaks there and the value is marked on the axis floor ({@link LogSeries}).
 */
final class ChartStyle {
    private ChartStyle() {}

    /** What was measured or simulated: solid. */
    static final BasicStroke MEASURED = new BasicStroke(2f);
    /** What a theory or formula predicts: dashed. */
    static final BasicStroke PREDICTED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 5f}, 0f);
    /** A guide that is neither (a bound, a reference slope, a threshold): dotted. */
    static final BasicStroke GUIDE = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {2f, 3f}, 0f);

    /** Log axes spanning at most this many decades are labelled between the powers of ten too. */
    static final double FEW_DECADES = 1.5;

    /**
     * Readable labels on the log axes of {@code chart}, to call once its series are added and its axes set:
     * an axis spanning at most {@value #FEW_DECADES} decades is labelled between the powers of ten too, and
     * one whose values stay above 10⁻⁴ reads in plain numbers ("10,000", "0.5") instead of "1E4".
     */
    static XYChart readableLogTicks(XYChart chart) {
        var st = chart.getStyler();
        if (st.isXAxisLogarithmic()) {
            st.setXAxisLogarithmicDecadeOnly(decades(chart, true) > FEW_DECADES);
            if (least(chart, true) >= 1e-4) st.setXAxisDecimalPattern(PLAIN);
        }
        if (st.isYAxisLogarithmic()) {
            st.setYAxisLogarithmicDecadeOnly(decades(chart, false) > FEW_DECADES);
            if (least(chart, false) >= 1e-4) st.setYAxisDecimalPattern(PLAIN);
        }
        return chart;
    }

    /** Tick labels in plain notation with a thousands separator, at most four decimals. */
    static final String PLAIN = "#,##0.####";

    private static double least(XYChart chart, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        for (XYSeries s : chart.getSeriesMap().values()) {
            for (double v : x ? s.getXData() : s.getYData()) if (v > 0) lo = Math.min(lo, v);
        }
        return lo;
    }

    /** How many decades the positive data of the chart span on one axis. */
    static double decades(XYChart chart, boolean x) {
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (XYSeries s : chart.getSeriesMap().values()) {
            for (double v : x ? s.getXData() : s.getYData()) {
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return hi > 0 ? Math.log10(hi / lo) : 0;
    }

    /**
     * A series on a log y axis, drawn without dropping or joining across values that are not &gt; 0: the
     * points are split into runs of positive values, each run its own line (the first carries the legend
     * entry), and the x of every other value is kept for {@link #floor}.
     */
    static final class LogSeries {
        private final XYChart chart;
        private final List<double[]> zeros = new ArrayList<>();   // {x, colour rgb}
        private final String note;

        /** @param note what a marker on the floor means, e.g. "N_mem = 0 (not on log scale)" */
        LogSeries(XYChart chart, String note) {
            this.chart = chart;
            this.note = note;
        }

        /**
         * Adds y against x (sorted by x) as runs of positive values styled by {@code style}; returns the runs
         * (empty if no value is positive; the floor markers then carry the name in the legend).
         */
        List<XYSeries> add(String name, double[] xs, double[] ys, Color color, Consumer<XYSeries> style) {
            List<XYSeries> runs = new ArrayList<>();
            int i = 0;
            while (i < xs.length) {
                if (!(ys[i] > 0) || !Double.isFinite(ys[i])) {
                    zeros.add(new double[] {xs[i], color.getRGB()});
                    i++;
                    continue;
                }
                int j = i;
                while (j < xs.length && ys[j] > 0 && Double.isFinite(ys[j])) j++;
                double[] rx = Arrays.copyOfRange(xs, i, j), ry = Arrays.copyOfRange(ys, i, j);
                XYSeries s = chart.addSeries(runs.isEmpty() ? name : name + " [" + (runs.size() + 1) + "]", rx, ry);
                style.accept(s);
                if (!runs.isEmpty()) s.setShowInLegend(false);
                runs.add(s);
                i = j;
            }
            return runs;
        }

        /**
         * Marks every value that was not &gt; 0 with a triangle in its series' colour on the floor of the y
         * axis (half the least positive value drawn), with one legend entry saying what the triangles mean.
         * Returns the floor, or NaN if there was nothing to mark.
         */
        double floor() {
            if (zeros.isEmpty()) return Double.NaN;
            double least = Double.POSITIVE_INFINITY;
            for (XYSeries s : chart.getSeriesMap().values()) for (double v : s.getYData()) if (v > 0) least = Math.min(least, v);
            double floor = Double.isFinite(least) ? least / 2 : 1;
            // the legend entry: one grey triangle, drawn first, under the coloured one at the same place
            floorMarkers(note, new double[] {zeros.get(0)[0]}, floor, Color.GRAY).setShowInLegend(true);
            List<Integer> colours = new ArrayList<>();
            for (double[] z : zeros) if (!colours.contains((int) z[1])) colours.add((int) z[1]);
            for (int c : colours) {
                double[] xs = zeros.stream().filter(z -> (int) z[1] == c).mapToDouble(z -> z[0]).toArray();
                floorMarkers(note + " [" + Integer.toHexString(c) + "]", xs, floor, new Color(c, true)).setShowInLegend(false);
            }
            chart.getStyler().setYAxisMin(floor / 1.5);
            return floor;
        }

        private XYSeries floorMarkers(String name, double[] xs, double floor, Color colour) {
            double[] ys = new double[xs.length];
            Arrays.fill(ys, floor);
            XYSeries s = chart.addSeries(name, xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.TRIANGLE_DOWN);
            s.setMarkerColor(colour);
            return s;
        }
    }
}
