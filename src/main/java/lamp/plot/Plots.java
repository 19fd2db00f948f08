package lamp.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lamp.base.Numbers;
import lamp.dynamics.Trajectory;
import lamp.experiment.Basin;
import lamp.experiment.BetaSweep;
import lamp.experiment.Capacity;
import lamp.experiment.Columns;
import lamp.experiment.Descent;
import lamp.experiment.Fits;
import lamp.experiment.ImageGrid;
import lamp.experiment.ImageRecall;
import lamp.experiment.OneStepCapacity;
import lamp.base.Checks;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Charts of the experiment tables (THEORY.md §6), as XChart {@link XYChart}s ready to display inline or
 * to encode with {@link BitmapEncoder}; {@link #imageGrid} returns a
 * {@link BufferedImage}. Every chart has a title, labelled axes and a legend. A missing column is an
 * {@link IllegalArgumentException} that names the column and lists the table's columns.
 */
public final class Plots {
    private Plots() {}

    /** Default chart size in pixels. */
    public static final int WIDTH = 640, HEIGHT = 420;

    /** Characters of series names that fit one legend row under a chart; longer legends stack vertically. */
    static final int LEGEND_ROW = 70;

    // --- energy -----------------------------------------------------------------------------

    /**
     * Energy versus time (a {@link Trajectory} table: time, energy) or versus update
     * step (a {@link Descent} table: step, energy). For convex Lagrangians the curve
     * never rises (M4 = KH2020 (4); for the updates THEORY.md §5 check 12).
     */
    public static XYChart energy(Table trajectory) {
        return energy(trajectory, false);
    }

    /**
     * {@link #energy(Table)}, with {@code withRate} also dE/dt (dashed) on a right-hand axis: the
     * table's dE/dt column (the analytic rate of M4) if it has one, else finite differences of the
     * energy. Both axes put 0 at the same height, so a positive dE/dt shows above the shared zero.
     */
    public static XYChart energy(Table trajectory, boolean withRate) {
        String x = firstPresent(trajectory, Columns.TIME, "t", Columns.STEP);
        double[] t = numbers(trajectory, x);
        double[] e = numbers(trajectory, Columns.ENERGY);
        XYChart chart = chart("Energy " + (x.equals(Columns.STEP) ? "along the updates" : "along the trajectory"),
                x.equals(Columns.STEP) ? "update step" : "time t", "energy E");
        line(chart.addSeries("E", t, e));
        if (withRate) {
            double[] rate;
            if (trajectory.containsColumn(Columns.ENERGY_RATE)) {
                rate = numbers(trajectory, Columns.ENERGY_RATE);
            } else {
                rate = new double[e.length];
                for (int i = 1; i < e.length; i++) rate[i] = (e[i] - e[i - 1]) / (t[i] - t[i - 1]);
                if (e.length > 1) rate[0] = rate[1];
            }
            XYSeries s = line(chart.addSeries("dE/dt", t, rate));
            s.setYAxisGroup(1);
            s.setLineStyle(SeriesLines.DASH_DASH);
            chart.setYAxisGroupTitle(1, "dE/dt (dashed)");
            chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            double[][] axes = sharedZero(range(e), range(rate));
            chart.getStyler().setYAxisMin(0, axes[0][0]).setYAxisMax(0, axes[0][1])
                    .setYAxisMin(1, axes[1][0]).setYAxisMax(1, axes[1][1]);
        }
        return chart;
    }

    /**
     * Axis ranges for two series on a left and a right axis such that 0 sits at the same height on
     * both, so the sign of dE/dt reads off against the energy's own zero line: each range is widened
     * to contain 0 (with a margin), then the one with the smaller share below 0 is extended downwards
     * until both shares agree. Returns {{min₁, max₁}, {min₂, max₂}}.
     */
    static double[][] sharedZero(double[] first, double[] second) {
        double[] a = withZero(first), b = withZero(second);
        double fa = a[0] / (a[0] - a[1]), fb = b[0] / (b[0] - b[1]);   // share of each axis below 0, in (0, 1)
        double f = Math.max(fa, fb);
        return new double[][] {stretch(a, f), stretch(b, f)};
    }

    /** [min, max] widened to contain 0, then padded by 5 % at both ends (so 0 is strictly inside); [−1, 1] for a single point at 0. */
    private static double[] withZero(double[] r) {
        double lo = Math.min(r[0], 0), hi = Math.max(r[1], 0);
        if (lo == hi) return new double[] {-1, 1};
        double pad = 0.05 * (hi - lo);
        return new double[] {lo - pad, hi + pad};
    }

    /** The range [lo, hi] (lo &lt; 0 &lt; hi) with its share below 0 raised to f (&lt; 1) by lowering lo. */
    private static double[] stretch(double[] r, double f) {
        double lo = r[0], hi = r[1];
        if (-lo / (hi - lo) < f) lo = -f * hi / (1 - f);
        return new double[] {lo, hi};
    }

    /** The finite minimum and maximum of v ({0, 0} when none is finite). */
    private static double[] range(double[] v) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (!Double.isFinite(x)) continue;
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return lo > hi ? new double[] {0, 0} : new double[] {lo, hi};
    }

    // --- experiments ------------------------------------------------------------------------

    /**
     * Capacity curves (a {@link Capacity} table): exact-retrieval fraction versus
     * K/N_f, one series per model (and per N_f or corruption when those vary).
     */
    public static XYChart capacity(Table results) {
        XYChart chart = chart("Capacity" + constants(results, Columns.N_F, Columns.CORRUPTION, Columns.TRIALS, Columns.SEED),
                "K / N_f (memories per feature neuron)", "exact retrieval fraction");
        grouped(chart, results, Columns.LOAD, Columns.EXACT, Columns.MODEL, Columns.N_F, Columns.CORRUPTION);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        return chart;
    }

    /**
     * Basins of attraction (a {@link Basin} run): exact-retrieval fraction versus the corruption of the
     * run's kind, one series per model (and per K when that varies).
     */
    public static XYChart basin(Basin.Result result) {
        if (result == null) throw new IllegalArgumentException("basin result is null");
        return basin(result.table(), result.kind());
    }

    /**
     * Basins of attraction from a {@link Basin} table whose amounts all measure {@code kind}: exact-retrieval
     * fraction versus the corruption, one series per model (and per K when that varies).
     */
    public static XYChart basin(Table results, lamp.memory.Corruption.Kind kind) {
        present(results);
        if (kind == null) throw new IllegalArgumentException("corruption kind is null");
        if (results.containsColumn(Columns.KIND) && !results.column(Columns.KIND).unique().asList().stream().allMatch(kind.label()::equals)) {
            throw new IllegalArgumentException("the basin table's corruption kinds " + results.column(Columns.KIND).unique().asList()
                    + " are not all " + kind.label() + ": plot one kind at a time");
        }
        String xTitle = switch (kind) {
            case FLIP -> "fraction of flipped entries";
            case MASK -> "fraction of masked entries";
            case NOISE -> "noise σ";
        };
        XYChart chart = chart("Basin of attraction" + constants(results, Columns.N_F, Columns.K, Columns.TRIALS, Columns.SEED),
                xTitle, "exact retrieval fraction");
        grouped(chart, results, Columns.CORRUPTION, Columns.EXACT, Columns.MODEL, Columns.K);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        return chart;
    }

    /**
     * The β sweep (a {@link BetaSweep} table) on a logarithmic β axis: exact-retrieval
     * fraction (left axis) and the participation ratio 1/Σp² of the softmax weights (right axis, log):
     * about K at small β (averaging), 1 at large β (single-pattern retrieval).
     */
    public static XYChart betaSweep(Table results) {
        XYChart chart = chart("Model B: retrieval versus β" + constants(results, Columns.N_F, Columns.K, Columns.CORRUPTION, Columns.SEED),
                "inverse temperature β", "exact retrieval fraction");
        require(results, Columns.PARTICIPATION);
        for (Map.Entry<String, List<Integer>> g : groups(results, Columns.MODEL).entrySet()) {
            String prefix = g.getKey().isEmpty() ? "" : g.getKey() + ": ";
            double[][] exact = points(results, Columns.BETA, Columns.EXACT, g.getValue());
            double[][] part = points(results, Columns.BETA, Columns.PARTICIPATION, g.getValue());
            line(chart.addSeries(prefix + "exact fraction", exact[0], exact[1]));
            XYSeries p = line(chart.addSeries(prefix + "participation 1/Σp²", part[0], part[1]));
            p.setYAxisGroup(1);
        }
        chart.setYAxisGroupTitle(1, "participation 1/Σp²");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        chart.getStyler().setYAxisMin(0, 0.0).setYAxisMax(0, 1.0);
        return ChartStyle.readableLogTicks(chart);
    }

    /**
     * A line chart of columns {@code y…} against column {@code x}, one series per y column; a legend
     * too long for one row under the chart is stacked vertically.
     */
    public static XYChart line(Table table, String x, String... y) {
        if (y == null || y.length == 0) throw new IllegalArgumentException("no y columns given");
        double[] xs = numbers(table, x);
        XYChart chart = chart(table.name() == null || table.name().isBlank() ? String.join(", ", y) + " versus " + x : table.name(),
                x, y.length == 1 ? y[0] : "value");
        for (String c : y) line(chart.addSeries(c, xs, numbers(table, c)));
        if (String.join("    ", y).length() > LEGEND_ROW) chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        return chart;
    }

    /**
     * Measured columns against their exact solutions, both against {@code x}: each measured column
     * as markers only, its exact counterpart ({@code exact[k]} for {@code measured[k]}) as a dashed
     * line through them, so neither hides the other. {@code logY} puts y on a logarithmic axis
     * (every value must then be finite and &gt; 0).
     */
    public static XYChart againstExact(Table table, String x, String[] measured, String[] exact, boolean logY) {
        if (measured == null || exact == null || measured.length == 0 || measured.length != exact.length) {
            throw new IllegalArgumentException("give one exact column per measured column (got "
                    + (measured == null ? "null" : measured.length) + " and " + (exact == null ? "null" : exact.length) + ")");
        }
        double[] xs = numbers(table, x);
        XYChart chart = chart(table.name() == null || table.name().isBlank() ? "measured and exact versus " + x : table.name(),
                x, "value" + (logY ? " (log scale)" : ""));
        for (int k = 0; k < measured.length; k++) {
            double[] m = numbers(table, measured[k]), e = numbers(table, exact[k]);
            if (logY) {
                positive(table, measured[k], m);
                positive(table, exact[k], e);
            }
            XYSeries exactSeries = chart.addSeries(exact[k], xs, e);
            exactSeries.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            exactSeries.setMarker(SeriesMarkers.NONE);
            exactSeries.setLineStyle(ChartStyle.PREDICTED);
            XYSeries measuredSeries = chart.addSeries(measured[k], xs, m);
            measuredSeries.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            measuredSeries.setMarker(SeriesMarkers.CIRCLE);
        }
        chart.getStyler().setYAxisLogarithmic(logY);
        return ChartStyle.readableLogTicks(chart);
    }

    /**
     * {@code y} against {@code x} on logarithmic axes, with the least-squares slope of log y on
     * log x in the legend (e.g. the micro-versus-effective distance against τ_h/τ_f, THEORY.md §5
     * check 5: slope ≈ 1 for linear convergence). Every value must be finite and &gt; 0.
     */
    public static XYChart logLog(Table table, String x, String y) {
        double[] xs = numbers(table, x);
        double[] ys = numbers(table, y);
        positive(table, x, xs);
        positive(table, y, ys);
        XYChart chart = chart(y + " versus " + x, x, y);
        String name = xs.length >= 2 ? String.format(Locale.ROOT, "%s (slope %.2f)", y, Fits.logLogSlope(xs, ys)) : y;
        line(chart.addSeries(name, xs, ys));
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true);
        return ChartStyle.readableLogTicks(chart);
    }

    /**
     * Model B's one-update capacity against N_f on semi-log axes ({@link OneStepCapacity}): the measured
     * K* as markers, the estimate exp(N_f[β(1 − 2ρ) − ln cosh β]) as a dashed line, each with its slope
     * of ln K* in N_f in the legend (THEORY.md §6).
     */
    public static XYChart oneStepCapacity(OneStepCapacity.Result result) {
        Table t = result(result).table();
        double[] n = numbers(t, Columns.N_F);
        XYChart chart = chart(String.format(Locale.ROOT, "Model B: one-update capacity K* (β = %s, %s flipped)",
                Numbers.plain(result.beta()), Numbers.plain(result.flipped())), "feature neurons N_f",
                String.format(Locale.ROOT, "K* (exact in %.0f%% of trials)", 100 * result.level()));
        XYSeries predicted = chart.addSeries(String.format(Locale.ROOT, "estimate N_f[β(1−2ρ) − ln cosh β] (slope %.3f)",
                result.predictedSlope()), n, numbers(t, "predicted K*"));
        predicted.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        predicted.setMarker(SeriesMarkers.NONE);
        predicted.setLineStyle(ChartStyle.PREDICTED);
        XYSeries measured = chart.addSeries(String.format(Locale.ROOT, "measured (slope %.3f)", result.slope()), n,
                numbers(t, "measured K*"));
        measured.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        measured.setMarker(SeriesMarkers.CIRCLE);
        chart.getStyler().setYAxisLogarithmic(true);
        return ChartStyle.readableLogTicks(chart);
    }

    /**
     * The points behind {@link #oneStepCapacity}: exact-retrieval fraction after one update against K
     * (log axis), one series per N_f, with the level that defines K* as a dotted line.
     */
    public static XYChart oneStepCurves(OneStepCapacity.Result result) {
        Table t = result(result).curves();
        XYChart chart = chart(String.format(Locale.ROOT, "Model B: one update, %s flipped (β = %s)", Numbers.plain(result.flipped()),
                Numbers.plain(result.beta())), "stored patterns K", "exact retrieval fraction");
        double kMax = 0;
        for (Map.Entry<String, List<Integer>> g : groups(t, Columns.N_F).entrySet()) {
            double[][] p = points(t, Columns.K, Columns.EXACT, g.getValue());
            kMax = Math.max(kMax, p[0][p[0].length - 1]);
            line(chart.addSeries("N_f = " + g.getKey(), p[0], p[1]));
        }
        XYSeries level = chart.addSeries("level " + Numbers.plain(result.level()), new double[] {10, kMax}, new double[] {result.level(), result.level()});
        level.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        level.setMarker(SeriesMarkers.NONE);
        level.setLineStyle(ChartStyle.GUIDE);
        level.setLineColor(Color.GRAY);
        chart.getStyler().setXAxisLogarithmic(true).setYAxisMin(0.0).setYAxisMax(1.0);
        return ChartStyle.readableLogTicks(chart);
    }

    /**
     * {@link #logLog(Table, String, String)} for a claimed power law: the slope in the legend is the
     * least-squares slope of the points with x ≤ {@code fitBelow} (the range a claim is about, e.g.
     * τ_h/τ_f ≤ 0.1 for THEORY.md §5 check 5), those points are marked, and a dashed reference line of
     * slope {@code referenceSlope} runs through the last of them.
     */
    public static XYChart logLog(Table table, String x, String y, double fitBelow, double referenceSlope) {
        Checks.finite("reference slope", referenceSlope);
        double[] xs = numbers(table, x);
        double[] ys = numbers(table, y);
        positive(table, x, xs);
        positive(table, y, ys);
        List<Integer> fit = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) if (xs[i] <= fitBelow) fit.add(i);
        if (fit.size() < 2) {
            throw new IllegalArgumentException("only " + fit.size() + " point(s) of column '" + x + "' lie at or below " + fitBelow
                    + ": a slope needs two");
        }
        double[] fx = new double[fit.size()], fy = new double[fit.size()];
        for (int k = 0; k < fit.size(); k++) {
            fx[k] = xs[fit.get(k)];
            fy[k] = ys[fit.get(k)];
        }
        XYChart chart = chart(y + " versus " + x, x, y);
        XYSeries all = chart.addSeries(y, xs, ys);
        all.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        all.setMarker(SeriesMarkers.CIRCLE);
        XYSeries fitted = chart.addSeries(String.format(Locale.ROOT, "fitted for %s ≤ %s: slope %.3f", x,
                Numbers.plain(fitBelow), Fits.logLogSlope(fx, fy)), fx, fy);
        fitted.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        fitted.setMarker(SeriesMarkers.DIAMOND);
        double lo = Arrays.stream(xs).min().orElseThrow(), hi = Arrays.stream(xs).max().orElseThrow();
        int anchor = fit.get(0);
        for (int i : fit) if (xs[i] < xs[anchor]) anchor = i;
        double x0 = xs[anchor], y0 = ys[anchor];
        XYSeries ref = chart.addSeries(String.format(Locale.ROOT, "reference slope %s", Numbers.plain(referenceSlope)),
                new double[] {lo, hi},
                new double[] {y0 * Math.pow(lo / x0, referenceSlope), y0 * Math.pow(hi / x0, referenceSlope)});
        ref.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        ref.setMarker(SeriesMarkers.NONE);
        ref.setLineStyle(ChartStyle.PREDICTED);
        ref.setLineColor(Color.GRAY);
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true);
        return ChartStyle.readableLogTicks(chart);
    }

    /**
     * A fine β sweep around Model B's transition (a {@link BetaSweep} table) on a linear β axis: the
     * exact-retrieval fraction and the mean largest softmax weight (both measured: solid), with the predicted
     * transition (dashed) and the measured one (solid) as vertical lines.
     */
    public static XYChart betaTransition(Table sweep, double predicted, double measured) {
        Checks.finite("predicted transition β", predicted);
        Checks.finite("measured transition β", measured);
        XYChart chart = chart("Model B β transition" + constants(sweep, Columns.N_F, Columns.K, Columns.CORRUPTION, Columns.SEED),
                "inverse temperature β", "exact fraction, max softmax weight");
        double[] b = numbers(sweep, Columns.BETA);
        XYSeries exact = line(chart.addSeries("exact", b, numbers(sweep, Columns.EXACT)));
        exact.setMarker(SeriesMarkers.CIRCLE);
        XYSeries weight = line(chart.addSeries("max weight", b, numbers(sweep, Columns.MAX_WEIGHT)));
        weight.setMarker(SeriesMarkers.DIAMOND);
        weight.setLineStyle(ChartStyle.MEASURED);
        exact.setLineStyle(ChartStyle.MEASURED);
        vertical(chart, String.format(Locale.ROOT, "predicted %.4f", predicted), predicted, ChartStyle.PREDICTED, Color.RED);
        vertical(chart, String.format(Locale.ROOT, "measured %.4f", measured), measured, new BasicStroke(1.2f), Color.BLACK);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        return chart;
    }

    private static void vertical(XYChart chart, String name, double x, BasicStroke style, Color color) {
        XYSeries s = chart.addSeries(name, new double[] {x, x}, new double[] {0, 1});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(style);
        s.setLineColor(color);
    }

    /**
     * Column {@code y} against column {@code x} of each run, one series per run with its own x values
     * (e.g. an overlap against the energy, where runs at different speeds share one path), every
     * series with its own marker and dash ({@link #distinguish}).
     */
    public static XYChart paths(Map<String, Trajectory> runs, String x, String y) {
        if (runs == null || runs.isEmpty()) throw new IllegalArgumentException("no runs given");
        XYChart chart = chart(y + " versus " + x, x, y);
        for (Map.Entry<String, Trajectory> r : runs.entrySet()) {
            if (r.getValue() == null) throw new IllegalArgumentException("run '" + r.getKey() + "' has no trajectory (null)");
            Table t = r.getValue().table();
            line(chart.addSeries(r.getKey(), numbers(t, x), numbers(t, y)));
        }
        return distinguish(chart);
    }

    /**
     * Gives every series of {@code chart} its own marker (in the order they were added) and a solid line
     * (every series is a measured one: dashes mean a prediction, see {@link ChartStyle}), so that curves
     * lying on top of each other stay visible through their markers; a series of more than 40
     * points is thinned to about 40 (always keeping its first and last), each series from its own
     * offset, so that coinciding curves show interleaved markers. Returns the chart.
     */
    public static XYChart distinguish(XYChart chart) {
        if (chart == null) throw new IllegalArgumentException("chart is null");
        List<XYSeries> all = new ArrayList<>(chart.getSeriesMap().values());
        for (int k = 0; k < all.size(); k++) {
            XYSeries s = all.get(k);
            s.setMarker(MARKERS[k % MARKERS.length]);
            s.setLineStyle(ChartStyle.MEASURED);
            double[] x = s.getXData(), y = s.getYData();
            if (x.length > MARKED_POINTS) {
                // thin to about MARKED_POINTS points, each series from its own offset, so that the
                // markers of coinciding curves interleave instead of covering each other
                int every = (x.length + MARKED_POINTS - 1) / MARKED_POINTS;
                int offset = (k * every) / Math.max(1, all.size());
                List<Integer> keep = new ArrayList<>();
                keep.add(0);
                for (int i = offset; i < x.length; i += every) if (i > 0) keep.add(i);
                if (keep.get(keep.size() - 1) != x.length - 1) keep.add(x.length - 1);
                double[] tx = new double[keep.size()], ty = new double[keep.size()];
                for (int i = 0; i < tx.length; i++) {
                    tx[i] = x[keep.get(i)];
                    ty[i] = y[keep.get(i)];
                }
                chart.updateXYSeries(s.getName(), tx, ty, null);
            }
        }
        return chart;
    }

    /** How many points a {@link #distinguish}ed series keeps, so that its markers stay apart. */
    static final int MARKED_POINTS = 40;

    private static final Marker[] MARKERS = {
        SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP,
        SeriesMarkers.CROSS, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.PLUS,
    };

    // --- images -----------------------------------------------------------------------------

    /** An image figure's data ({@link ImageRecall.Result#grid}, …) drawn by {@link Raster#grid}. */
    public static BufferedImage imageGrid(ImageGrid grid) {
        if (grid == null) throw new IllegalArgumentException("image grid is null");
        return Raster.grid(grid.images(), grid.width(), grid.columns(), grid.titles());
    }

    /** {@link Raster#grid} without titles. */
    public static BufferedImage imageGrid(List<double[]> images, int width, int columns) {
        return Raster.grid(images, width, columns, null);
    }

    /** {@link Raster#grid}: pattern images in a grid of grey tiles, a title above each. */
    public static BufferedImage imageGrid(List<double[]> images, int width, int columns, List<String> titles) {
        return Raster.grid(images, width, columns, titles);
    }

    // --- helpers ----------------------------------------------------------------------------

    private static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendVisible(true).setLegendPosition(Styler.LegendPosition.OutsideS)
                .setLegendLayout(Styler.LegendLayout.Horizontal).setChartBackgroundColor(Color.WHITE);
        return chart;
    }

    private static XYSeries line(XYSeries s) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        if (s.getXData().length > 60) s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /** One series of y against x per distinct value of the key column, split further by the split columns that vary. */
    private static void grouped(XYChart chart, Table t, String x, String y, String key, String... split) {
        require(t, x);
        require(t, y);
        for (Map.Entry<String, List<Integer>> g : groups(t, key, split).entrySet()) {
            double[][] p = points(t, x, y, g.getValue());
            line(chart.addSeries(g.getKey().isEmpty() ? y : g.getKey(), p[0], p[1]));
        }
    }

    /** Row indices grouped by the key column (absent: one group) and by those split columns with more than one value. */
    private static Map<String, List<Integer>> groups(Table t, String key, String... split) {
        present(t);
        List<String> parts = new ArrayList<>();
        if (t.containsColumn(key)) parts.add(key);
        for (String s : split) if (t.containsColumn(s) && t.column(s).unique().size() > 1) parts.add(s);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            StringBuilder name = new StringBuilder();
            for (String c : parts) {
                if (name.length() > 0) name.append(", ");
                name.append(c.equals(key) ? t.column(c).getString(r) : c + " = " + t.column(c).getString(r));
            }
            groups.computeIfAbsent(name.toString(), k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    /** The (x, y) points of the given rows, sorted by x. */
    private static double[][] points(Table t, String x, String y, List<Integer> rows) {
        double[] xs = numbers(t, x), ys = numbers(t, y);
        Integer[] order = rows.toArray(new Integer[0]);
        Arrays.sort(order, (a, b) -> Double.compare(xs[a], xs[b]));
        double[][] p = new double[2][order.length];
        for (int i = 0; i < order.length; i++) {
            p[0][i] = xs[order[i]];
            p[1][i] = ys[order[i]];
        }
        return p;
    }

    /** " (N_f = 100, flip 0.1, 50 trials, seed 7)": the listed parameters that are the same on every row. */
    private static String constants(Table t, String... columns) {
        List<String> parts = new ArrayList<>();
        for (String c : columns) {
            String v = constant(t, c);
            if (v == null || c.equals(Columns.KIND)) continue;
            switch (c) {
                case Columns.CORRUPTION -> {
                    String kind = constant(t, Columns.KIND);
                    parts.add((kind == null ? "corruption" : kind) + " " + v);
                }
                case Columns.TRIALS -> parts.add(v + " trials");
                case Columns.SEED -> parts.add("seed " + v);
                default -> parts.add(c + " = " + v);
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** The column's value if it is the same on every row, else null (also when absent). */
    private static String constant(Table t, String c) {
        if (!present(t).containsColumn(c) || t.rowCount() == 0) return null;
        Set<String> values = new LinkedHashSet<>();
        for (int r = 0; r < t.rowCount(); r++) values.add(t.column(c).getString(r));
        return values.size() == 1 ? values.iterator().next() : null;
    }

    private static String firstPresent(Table t, String... names) {
        present(t);
        for (String n : names) if (t.containsColumn(n)) return n;
        throw new IllegalArgumentException("table '" + t.name() + "' has no column '" + names[0] + "' (nor "
                + String.join(", ", List.of(names).subList(1, names.length)) + "); it has " + t.columnNames());
    }

    /** Requires a table with column {@code name}; the error names the columns it has (shared by the chart classes). */
    static void require(Table t, String name) {
        present(t);
        if (name == null) throw new IllegalArgumentException("column name is null; table '" + t.name() + "' has " + t.columnNames());
        if (!t.containsColumn(name)) {
            throw new IllegalArgumentException("table '" + t.name() + "' has no column '" + name + "'; it has " + t.columnNames());
        }
    }

    /** Column {@code name} of {@code t} as numbers; the error says when it is missing or not numeric. */
    static double[] numbers(Table t, String name) {
        require(t, name);
        Column<?> c = t.column(name);
        if (!(c instanceof NumericColumn<?> n)) {
            throw new IllegalArgumentException("column '" + name + "' of table '" + t.name() + "' is not numeric");
        }
        if (t.rowCount() == 0) throw new IllegalArgumentException("table '" + t.name() + "' has no rows: column '" + name + "' has nothing to draw");
        double[] v = n.asDoubleArray();
        boolean any = false;
        for (double x : v) any |= !Double.isNaN(x);
        if (!any) {
            throw new IllegalArgumentException("every value of column '" + name + "' in table '" + t.name() + "' is NaN or missing ("
                    + v.length + " rows): nothing to draw");
        }
        return v;
    }

    /** Requires a table (the error says it is null). */
    static Table present(Table t) {
        if (t == null) throw new IllegalArgumentException("table is null");
        return t;
    }

    /** Requires an experiment's result (the error names the method's argument). */
    private static <T> T result(T r) {
        if (r == null) throw new IllegalArgumentException("result is null");
        return r;
    }

    private static void positive(Table t, String name, double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] > 0) || !Double.isFinite(v[i])) {
                throw new IllegalArgumentException("column '" + name + "' row " + i + " is " + v[i] + ": a log axis needs finite values > 0");
            }
        }
    }
}
