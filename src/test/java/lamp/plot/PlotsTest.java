package lamp.plot;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import lamp.experiment.Basin;
import lamp.experiment.BetaSweep;
import lamp.experiment.Capacity;
import lamp.experiment.Columns;
import lamp.experiment.DecaySweep;
import lamp.experiment.Descent;
import lamp.experiment.ImageGrid;
import lamp.experiment.ImageRecall;
import lamp.experiment.OneStepCapacity;
import lamp.lagrangian.Lagrangians;
import lamp.limit.Models;
import lamp.limit.ModernHopfield;
import lamp.limit.SphericalMemory;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class PlotsTest {
    static Table capacity, basin, beta;
    static Basin.Result basinRun;

    @BeforeAll
    static void tables() {
        capacity = Capacity.of("classical").and("dam(3)").features(40).memories(4, 20, 40).trials(4).seed(1).run().table();
        basinRun = Basin.of("classical").features(40).memories(4).corruption(0, 0.2, 0.4).trials(4).seed(1).run();
        basin = basinRun.table();
        beta = BetaSweep.modernHopfield().features(32).memories(50).betas(0.01, 0.1, 1).trials(4).seed(1).run().table();
    }

    static BufferedImage png(XYChart chart) throws Exception {
        byte[] bytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(image, "PNG did not decode");
        return image;
    }

    static void rendersAtDefaultSize(XYChart chart) throws Exception {
        BufferedImage image = png(chart);
        assertEquals(Plots.WIDTH, image.getWidth());
        assertEquals(Plots.HEIGHT, image.getHeight());
    }

    @Test
    void capacityHasOneSeriesPerModel() throws Exception {
        XYChart c = Plots.capacity(capacity);
        rendersAtDefaultSize(c);
        assertEquals(List.of("classical", "dam(3)"), List.copyOf(c.getSeriesMap().keySet()));
        assertEquals("K / N_f (memories per feature neuron)", c.getXAxisTitle());
        assertEquals("exact retrieval fraction", c.getYAxisTitle());
        assertEquals("Capacity (N_f = 40, flip 0.1, 4 trials, seed 1)", c.getTitle());
        assertArrayEquals(new double[] {0.1, 0.5, 1.0}, c.getSeriesMap().get("dam(3)").getXData(), 1e-12);
    }

    @Test
    void capacitySplitsSeriesByFeatureCountWhenItVaries() {
        Table two = capacity.copy().append(Capacity.of("classical").features(20).memories(2, 4).trials(2).seed(1).run().table());
        assertEquals(List.of("classical, N_f = 40", "dam(3), N_f = 40", "classical, N_f = 20"),
                List.copyOf(Plots.capacity(two).getSeriesMap().keySet()));
    }

    @Test
    void basinAndBetaSweep() throws Exception {
        XYChart b = Plots.basin(basinRun);
        rendersAtDefaultSize(b);
        assertEquals("fraction of flipped entries", b.getXAxisTitle());
        assertEquals("noise σ", Plots.basin(Basin.of("classical").features(20).memories(2).corruption(Corruption.Kind.NOISE, 0, 0.5)
                .trials(2).seed(1).run()).getXAxisTitle(), "the axis names the run's corruption kind");
        IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class, () -> Plots.basin(basin, Corruption.Kind.MASK));
        assertTrue(wrongKind.getMessage().contains("are not all mask"), wrongKind.getMessage());
        assertEquals(List.of("classical"), List.copyOf(b.getSeriesMap().keySet()));
        assertEquals("Basin of attraction (N_f = 40, K = 4, 4 trials, seed 1)", b.getTitle());

        XYChart s = Plots.betaSweep(beta);
        rendersAtDefaultSize(s);
        assertEquals("inverse temperature β", s.getXAxisTitle());
        assertEquals(List.of("modern Hopfield: exact fraction", "modern Hopfield: participation 1/Σp²"),
                List.copyOf(s.getSeriesMap().keySet()));
        assertEquals(1, s.getSeriesMap().get("modern Hopfield: participation 1/Σp²").getYAxisGroup());
    }

    @Test
    void energyOfDescentAndOfATrajectoryTable() throws Exception {
        var xi = Patterns.randomBinary(4, 50, 2);
        var model = Models.create("classical", xi);
        Table d = Descent.of(model).from(Corruption.flip(xi.row(0), 0.2, 3)).steps(4).run().table();
        XYChart e = Plots.energy(d, true);
        rendersAtDefaultSize(e);
        assertEquals("update step", e.getXAxisTitle());
        assertEquals("energy E", e.getYAxisTitle());
        assertEquals(List.of("E", "dE/dt"), List.copyOf(e.getSeriesMap().keySet()));

        Table t = Table.create("trajectory", DoubleColumn.create("time", 0, 0.5, 1.0),
                DoubleColumn.create("energy", 3, 2, 1.5), DoubleColumn.create("dE/dt", -2, -1, -0.5));
        XYChart te = Plots.energy(t, true);
        rendersAtDefaultSize(te);
        assertEquals("time t", te.getXAxisTitle());
        assertArrayEquals(new double[] {-2, -1, -0.5}, te.getSeriesMap().get("dE/dt").getYData(), 0);
        assertEquals(List.of("E"), List.copyOf(Plots.energy(t).getSeriesMap().keySet()));
    }

    @Test
    void lineAndLogLogWithSlope() throws Exception {
        Table t = Table.create("timescales", DoubleColumn.create(Columns.RATIO, 1, 0.1, 0.01),
                DoubleColumn.create(Columns.DISTANCE, 0.5, 0.05, 0.005), DoubleColumn.create("other", 1, 2, 3));
        XYChart l = Plots.line(t, Columns.RATIO, Columns.DISTANCE, "other");
        rendersAtDefaultSize(l);
        assertEquals(List.of(Columns.DISTANCE, "other"), List.copyOf(l.getSeriesMap().keySet()));
        assertEquals(Columns.RATIO, l.getXAxisTitle());

        XYChart ll = Plots.logLog(t, Columns.RATIO, Columns.DISTANCE);
        rendersAtDefaultSize(ll);
        assertEquals(List.of("distance (slope 1.00)"), List.copyOf(ll.getSeriesMap().keySet()));
        assertTrue(ll.getStyler().isXAxisLogarithmic() && ll.getStyler().isYAxisLogarithmic());
    }

    /** y = 3x² for x ≤ 0.1 and a bend above: the legend gives the slope of the fitted range only (2.000). */
    @Test
    void logLogWithReferenceFitsTheClaimedRange() throws Exception {
        Table t = Table.create("points", DoubleColumn.create("x", 1, 0.1, 0.01, 0.001), DoubleColumn.create("y", 0.5, 0.03, 3e-4, 3e-6));
        XYChart c = Plots.logLog(t, "x", "y", 0.1, 1);
        rendersAtDefaultSize(c);
        assertEquals(List.of("y", "fitted for x ≤ 0.1: slope 2.000", "reference slope 1"), List.copyOf(c.getSeriesMap().keySet()));
        // the reference line runs through the smallest fitted point with slope 1: y = 3e-6 · x/0.001
        double[] ry = c.getSeriesMap().get("reference slope 1").getYData();
        assertEquals(3e-6 * 1000, ry[1], 1e-15);
        assertEquals(3e-6, ry[0], 1e-18);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Plots.logLog(t, "x", "y", 0.005, 1));
        assertEquals("only 1 point(s) of column 'x' lie at or below 0.005: a slope needs two", e.getMessage());
    }

    /** One series per run, each with its own x values (the runs' energies), distinguished. */
    @Test
    void pathsDrawEachRunAgainstItsOwnColumn() throws Exception {
        var sweep = DecaySweep.of(new SphericalMemory(Memories.identity(2),
                Lagrangians.rectifiedPower(3))).decays(1, 0).from(new double[] {2, 0.5}).duration(2).sampleEvery(0.1).run();
        XYChart c = Plots.paths(sweep.labelled(), "energy", "overlap with nearest");
        rendersAtDefaultSize(c);
        assertEquals(List.of("α = 1", "α = 0"), List.copyOf(c.getSeriesMap().keySet()));
        double[] e0 = sweep.runs().get(0.0).energies();
        // 21 samples: not thinned
        assertArrayEquals(e0, c.getSeriesMap().get("α = 0").getXData());
        assertTrue(c.getSeriesMap().get("α = 1").getMarker().getClass() != c.getSeriesMap().get("α = 0").getMarker().getClass());
    }

    /** Long series are thinned to about 40 points from offsets of their own, keeping the first and last. */
    @Test
    void distinguishThinsLongSeriesAtInterleavedPoints() {
        double[] x = new double[401], y = new double[401];
        for (int i = 0; i < x.length; i++) { x[i] = i; y[i] = i * i; }
        Table t = Table.create("t", DoubleColumn.create("x", x), DoubleColumn.create("a", y), DoubleColumn.create("b", y));
        XYChart c = Plots.distinguish(Plots.line(t, "x", "a", "b"));
        double[] a = c.getSeriesMap().get("a").getXData(), b = c.getSeriesMap().get("b").getXData();
        // every = ceil(401/40) = 11; a from offset 0: 0, 11, …, 396, 400; b from offset 5: 0, 5, 16, …, 395, 400
        assertEquals(0, a[0]); assertEquals(11, a[1]); assertEquals(400, a[a.length - 1]);
        assertEquals(0, b[0]); assertEquals(5, b[1]); assertEquals(16, b[2]); assertEquals(400, b[b.length - 1]);
        assertEquals(38, a.length);
        double[] ay = c.getSeriesMap().get("a").getYData();
        for (int i = 0; i < a.length; i++) assertEquals(a[i] * a[i], ay[i]);
    }

    /** Every series gets its own marker and dash pattern, so coinciding curves stay visible. */
    @Test
    void distinguishGivesEverySeriesItsOwnMarkerAndTheMeasuredSolidLine() throws Exception {
        XYChart c = Plots.distinguish(Plots.basin(Basin.of("modern(1)").and("spherical(8)").and("classical").features(40)
                .memories(4).corruption(0, 0.2).trials(2).seed(1).run()));
        rendersAtDefaultSize(c);
        var series = List.copyOf(c.getSeriesMap().values());
        assertEquals(3, series.size());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < i; j++) {
                assertTrue(series.get(i).getMarker().getClass() != series.get(j).getMarker().getClass(), "markers " + i + ", " + j);
            }
            assertSame(ChartStyle.MEASURED, series.get(i).getLineStyle(), "measured curves are solid; dashes mean a prediction");
        }
    }

    @Test
    void imageGridLaysOutTilesWithGreyLevels() throws Exception {
        double[] plus = new double[28 * 28];
        Arrays.fill(plus, 1);
        double[] half = Corruption.maskBottomHalf(plus, 28);
        double[] minus = new double[28 * 28];
        Arrays.fill(minus, -1);
        BufferedImage grid = Plots.imageGrid(List.of(plus, half, minus), 28, 2, List.of("stored", "masked", "negated"));
        // scale ⌈84/28⌉ = 3: tiles 84 × (84 + 16 title), gap 6, 2 columns × 2 rows
        assertEquals(6 + 2 * (84 + 6), grid.getWidth());
        assertEquals(6 + 2 * (84 + 16 + 6), grid.getHeight());
        int white = 0xFFFFFF, black = 0x000000;
        assertEquals(white, grid.getRGB(6 + 1, 6 + 16 + 1) & 0xFFFFFF);                 // "stored": +1 is white
        assertEquals(0x808080, grid.getRGB(6 + 90 + 1, 6 + 16 + 83) & 0xFFFFFF);        // masked bottom half: 0 is grey
        assertEquals(white, grid.getRGB(6 + 90 + 1, 6 + 16 + 1) & 0xFFFFFF);            // its top half kept
        assertEquals(black, grid.getRGB(6 + 1, 6 + 106 + 16 + 1) & 0xFFFFFF);           // "negated": −1 is black
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(grid, "png", png));
        assertEquals(grid.getWidth(), ImageIO.read(new ByteArrayInputStream(png.toByteArray())).getWidth());
        assertEquals(6 + 84 + 6, Plots.imageGrid(List.of(plus), 28, 5).getWidth());
    }

    @Test
    void imageGridDrawsAnExperimentsGridData() throws Exception {
        var xi = Memories.of(new double[] {1, 1, 1, 1}, new double[] {-1, -1, -1, -1});
        ImageRecall.Result r = ImageRecall.of(xi, 2).queries(mu -> Corruption.maskBottomHalf(xi.row(mu), 2))
                .model("B", new ModernHopfield(xi, 4)).run();
        ImageGrid data = r.grid(0, 1);
        BufferedImage grid = Plots.imageGrid(data);
        // width 2: scale ⌈84/2⌉ = 42, tiles 84 × (84 + 16), 2 columns × 3 rows (originals, queries, B)
        assertEquals(6 + 2 * (84 + 6), grid.getWidth());
        assertEquals(6 + 3 * (84 + 16 + 6), grid.getHeight());
        assertEquals(0xFFFFFF, grid.getRGB(6 + 1, 6 + 16 + 1) & 0xFFFFFF, "memory 0 is +1: white");
        assertEquals(0x000000, grid.getRGB(6 + 90 + 1, 6 + 16 + 1) & 0xFFFFFF, "memory 1 is −1: black");
        assertEquals(0x808080, grid.getRGB(6 + 1, 6 + 106 + 16 + 83) & 0xFFFFFF, "the query's masked half is grey");
        assertThrows(IllegalArgumentException.class, () -> Plots.imageGrid((ImageGrid) null));
    }

    @Test
    void missingColumnsAndBadInputAreNamed() {
        Table noLoad = basin.copy().removeColumns(Columns.LOAD);
        var e = assertThrows(IllegalArgumentException.class, () -> Plots.capacity(noLoad));
        assertTrue(e.getMessage().contains("table 'basin' has no column 'K/N_f'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Plots.betaSweep(capacity));
        assertTrue(e.getMessage().contains("'mean participation'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Plots.energy(capacity));
        assertTrue(e.getMessage().contains("no column 'time'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Plots.line(capacity, Columns.K, "nope"));
        assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Plots.line(capacity, Columns.MODEL, Columns.K));
        assertTrue(e.getMessage().contains("'model'") && e.getMessage().contains("not numeric"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Plots.logLog(basin, Columns.CORRUPTION, Columns.EXACT));
        assertTrue(e.getMessage().contains("column 'corruption' row 0 is 0.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Plots.imageGrid(List.of(new double[10]), 3, 1));
        assertTrue(e.getMessage().contains("not a positive multiple of width 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Plots.imageGrid(List.of(new double[4], new double[6]), 2, 1));
        assertTrue(e.getMessage().contains("image 1 has length 6"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Plots.imageGrid(List.of(new double[4]), 2, 1, List.of("a", "b")));
        assertTrue(e.getMessage().contains("titles has 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Plots.imageGrid(List.of(), 2, 1));
    }

    @Test
    void energyAndRateShareTheirZeroLine() {
        // E entirely negative, dE/dt mostly negative with a positive excursion: neither may be clipped
        Table t = Table.create("run", DoubleColumn.create("time", 0, 1, 2, 3),
                DoubleColumn.create("energy", -10, -12, -11, -15), DoubleColumn.create("dE/dt", -4, 2, -1, -0.5));
        XYChart c = Plots.energy(t, true);
        double lo0 = c.getStyler().getYAxisMin(0), hi0 = c.getStyler().getYAxisMax(0);
        double lo1 = c.getStyler().getYAxisMin(1), hi1 = c.getStyler().getYAxisMax(1);
        assertEquals(-lo0 / (hi0 - lo0), -lo1 / (hi1 - lo1), 1e-12, "0 at the same height on both axes");
        assertTrue(lo0 <= -15 && hi0 >= 0, lo0 + " … " + hi0);
        assertTrue(lo1 <= -4 && hi1 >= 2, lo1 + " … " + hi1);
        double[][] same = Plots.sharedZero(new double[] {1, 3}, new double[] {-2, 5});
        assertEquals(-same[0][0] / (same[0][1] - same[0][0]), -same[1][0] / (same[1][1] - same[1][0]), 1e-12);
        assertTrue(same[0][0] < 0 && same[0][1] >= 3 && same[1][0] <= -2 && same[1][1] >= 5);
    }

    @Test
    void measuredAsMarkersAndExactAsDashedLines() {
        Table t = Table.create("v", DoubleColumn.create("time", 0, 1, 2), DoubleColumn.create("v", 1, 2, 4.01),
                DoubleColumn.create("exact", 1, 2, 4));
        XYChart c = Plots.againstExact(t, "time", new String[] {"v"}, new String[] {"exact"}, true);
        assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, c.getSeriesMap().get("v").getXYSeriesRenderStyle());
        assertEquals(XYSeries.XYSeriesRenderStyle.Line, c.getSeriesMap().get("exact").getXYSeriesRenderStyle());
        assertTrue(c.getStyler().isYAxisLogarithmic());
        assertThrows(IllegalArgumentException.class, () -> Plots.againstExact(t, "time", new String[] {"v"}, new String[0], false));
        Table bad = Table.create("v", DoubleColumn.create("time", 0, 1), DoubleColumn.create("v", 1, -2), DoubleColumn.create("exact", 1, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plots.againstExact(bad, "time", new String[] {"v"}, new String[] {"exact"}, true));
        assertTrue(e.getMessage().contains("log axis"), e.getMessage());
    }

    @Test
    void longLegendsStackVerticallyShortOnesStayInARow() {
        Table t = Table.create("", DoubleColumn.create("time", 0, 1), DoubleColumn.create("a", 1, 2),
                DoubleColumn.create("a rather long series name, the first", 1, 2), DoubleColumn.create("another long series name, the second", 2, 3));
        assertEquals(Styler.LegendLayout.Horizontal, Plots.line(t, "time", "a").getStyler().getLegendLayout());
        assertEquals(Styler.LegendLayout.Vertical, Plots.line(t, "time", "a rather long series name, the first",
                "another long series name, the second").getStyler().getLegendLayout());
    }

    @Test
    void oneStepCapacityOnSemiLogAxesWithBothSlopes() throws Exception {
        OneStepCapacity.Result r = OneStepCapacity.of(1).corruption(0.1).features(10, 20)
                .grid(4, 100_000).trials(8).seed(5).run();
        XYChart chart = Plots.oneStepCapacity(r);
        assertTrue(chart.getStyler().isYAxisLogarithmic());
        assertTrue(chart.getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith("measured (slope")), chart.getSeriesMap().keySet().toString());
        assertTrue(chart.getSeriesMap().keySet().stream().anyMatch(k -> k.contains(String.format(Locale.ROOT, "%.3f", r.predictedSlope()))));
        png(chart);
        XYChart curves = Plots.oneStepCurves(r);
        assertTrue(curves.getSeriesMap().containsKey("N_f = 10") && curves.getSeriesMap().containsKey("N_f = 20"));
        png(curves);
    }

    @Test
    void betaTransitionDrawsBothLines() throws Exception {
        XYChart chart = Plots.betaTransition(beta, 0.123, 0.12);
        assertTrue(chart.getSeriesMap().containsKey("predicted 0.1230"), chart.getSeriesMap().keySet().toString());
        assertTrue(chart.getSeriesMap().containsKey("measured 0.1200"));
        png(chart);
    }
}
