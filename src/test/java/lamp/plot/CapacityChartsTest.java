package lamp.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lamp.experiment.Capacity;
import lamp.experiment.HiddenSaturation;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class CapacityChartsTest {

    /** Two models with identical curves still differ in colour and marker, so neither hides; both measured: solid. */
    @Test
    void coincidingCurvesStayDistinguishable() {
        Table t = Capacity.of("classical").and("dam(2)").features(20).memories(2, 4).trials(2).seed(1).run().table();
        XYChart c = CapacityCharts.curves(t);
        List<XYSeries> s = new ArrayList<>(c.getSeriesMap().values());
        assertEquals(2, s.size());
        assertNotEquals(s.get(0).getMarker(), s.get(1).getMarker());
        assertNotEquals(s.get(0).getLineColor(), s.get(1).getLineColor());
        assertSame(ChartStyle.MEASURED, s.get(0).getLineStyle());
        assertSame(ChartStyle.MEASURED, s.get(1).getLineStyle());
        assertTrue(c.getStyler().isXAxisLogarithmic());
    }

    @Test
    void scalingDrawsMeasuredFormulaAndSlopeReference() {
        Table t = Table.create("scaling", IntColumn.create(CapacityCharts.ORDER, 3, 3, 3), IntColumn.create("N_f", 16, 32, 64),
                IntColumn.create(CapacityCharts.K_MAX, 10, 40, 150), DoubleColumn.create(CapacityCharts.FORMULA, 12, 45, 160));
        XYChart c = CapacityCharts.scaling(t);
        assertEquals(List.of("n = 3: measured", "n = 3: formula", "n = 3: slope 2"), new ArrayList<>(c.getSeriesMap().keySet()));
        double[] ref = c.getSeriesMap().get("n = 3: slope 2").getYData();
        assertEquals(12 * 16.0, ref[2], 1e-12, "slope 2 through the first formula point: 12·(64/16)²");
        assertSame(ChartStyle.MEASURED, c.getSeriesMap().get("n = 3: measured").getLineStyle());
        assertSame(ChartStyle.PREDICTED, c.getSeriesMap().get("n = 3: formula").getLineStyle());
        assertSame(ChartStyle.GUIDE, c.getSeriesMap().get("n = 3: slope 2").getLineStyle());
        assertEquals(Styler.LegendPosition.OutsideE, c.getStyler().getLegendPosition(), "the legend covers no data");
    }

    /**
     * N_mem = 0 at N_h = 100 and 1000 between positive values: the line breaks at the zero (two runs, none
     * spanning x = 100), and every zero is a marker on the axis floor, below every positive value, with a
     * legend entry saying it is 0; no point of the table is lost.
     */
    @Test
    void saturationBreaksTheLineAtZerosAndMarksThemOnTheFloor() {
        Table t = Table.create("sat", IntColumn.create(HiddenSaturation.ORDER, 2, 2, 2, 2, 2), IntColumn.create("N_f", 8, 8, 8, 8, 8),
                IntColumn.create(HiddenSaturation.N_H, 1, 10, 100, 1000, 10000),
                DoubleColumn.create(HiddenSaturation.RETRIEVED, 1, 3, 0, 0.5, 0),
                DoubleColumn.create(HiddenSaturation.MIN, 1, 2, 2, 2, 2));
        XYChart c = CapacityCharts.saturation(t);
        XYSeries first = c.getSeriesMap().get("n = 2: retrieved");
        assertArrayEquals(new double[] {1, 10}, first.getXData());
        XYSeries second = c.getSeriesMap().get("n = 2: retrieved [2]");
        assertArrayEquals(new double[] {1000}, second.getXData());
        assertFalse(second.isShowInLegend(), "one legend entry per curve");
        assertSame(first.getLineColor(), second.getLineColor());
        List<double[]> floor = new ArrayList<>();
        String note = "N_mem = 0 (not on log scale)";
        for (XYSeries s : c.getSeriesMap().values()) {
            if (s.getName().startsWith(note) && !s.isShowInLegend()) {
                for (int i = 0; i < s.getXData().length; i++) floor.add(new double[] {s.getXData()[i], s.getYData()[i]});
                assertEquals(first.getLineColor(), s.getMarkerColor(), "a zero is marked in its curve's colour");
            }
        }
        assertEquals(2, floor.size(), "both zeros are marked");
        assertEquals(100, floor.get(0)[0]);
        assertEquals(10000, floor.get(1)[0]);
        assertEquals(0.25, floor.get(0)[1], 0, "on the floor: half the least positive value drawn (0.5)");
        assertTrue(c.getSeriesMap().get(note).isShowInLegend(), "the legend says what the floor markers are");
        assertEquals(100.0, c.getSeriesMap().get("N_mem = N_h").getYData()[1] / 100, 100);
        int points = 0;
        for (XYSeries s : c.getSeriesMap().values()) {
            if (s.getName().startsWith("n = 2: retrieved")) points += s.getXData().length;
        }
        assertEquals(5, points + floor.size(), "every row of the table is drawn, on the curve or on the floor");
    }

    @Test
    void logAxesReadInPlainNumbersAndNarrowOnesBetweenDecades() {
        Table t = Table.create("scaling", IntColumn.create(CapacityCharts.ORDER, 3, 3), IntColumn.create("N_f", 16, 256),
                IntColumn.create(CapacityCharts.K_MAX, 10, 2_000_000), DoubleColumn.create(CapacityCharts.FORMULA, 12, 2_100_000));
        XYChart c = CapacityCharts.scaling(t);
        assertFalse(c.getStyler().isXAxisLogarithmicDecadeOnly(), "16 to 256: labels between the powers of ten");
        assertTrue(c.getStyler().isYAxisLogarithmicDecadeOnly(), "10 to 2e6: powers of ten only");
        assertEquals(ChartStyle.PLAIN, c.getStyler().getYAxisDecimalPattern(), "10,000, not 1E4");
    }

    @Test
    void exponentialDrawsEachCriterionAndWhatItsTheoryGives() {
        Table t = Table.create("exp", tech.tablesaw.api.StringColumn.create(lamp.experiment.ExponentialCapacity.CRITERION, "all", "all", "one", "one"),
                IntColumn.create("N_f", 12, 16, 12, 16), DoubleColumn.create(lamp.experiment.ExponentialCapacity.ALPHA, 0.2, 0.25, 0.33, 0.4),
                DoubleColumn.create(lamp.experiment.ExponentialCapacity.HOLDS_BELOW, 0.347, 0.347, 0.399, 0.441),
                DoubleColumn.create(lamp.experiment.ExponentialCapacity.FAILS_ABOVE, 0.347, 0.347, 0.693, 0.693));
        XYChart c = CapacityCharts.exponential(t);
        assertEquals(List.of("all: measured", "all: threshold 0.347", "one: measured", "one: holds below", "one: fails above 0.693"),
                new ArrayList<>(c.getSeriesMap().keySet()), "one line where the bounds meet, two where they do not");
        assertEquals(2, c.getSeriesMap().get("all: measured").getXData().length);
        assertEquals(0.441, c.getSeriesMap().get("one: holds below").getYData()[1], 0, "the bound at each N_f, not one number");
        assertSame(ChartStyle.PREDICTED, c.getSeriesMap().get("one: holds below").getLineStyle());
        assertSame(ChartStyle.GUIDE, c.getSeriesMap().get("one: fails above 0.693").getLineStyle());
        assertEquals(Styler.LegendPosition.OutsideE, c.getStyler().getLegendPosition(), "the legend covers no data");
    }

    @Test
    void exponentialEdgeDrawsOneLinePerNfOfTheCriterionAndTheGuides() {
        lamp.experiment.ExponentialCapacity.Result r = lamp.experiment.ExponentialCapacity.builder()
                .criterion(lamp.experiment.ExponentialCapacity.Criterion.EVERY_PATTERN, 10)
                .criterion(lamp.experiment.ExponentialCapacity.Criterion.ONE_PATTERN, 10, 14).trials(5).seed(4).run();
        XYChart c = CapacityCharts.exponentialEdge(r.evaluations(), lamp.experiment.ExponentialCapacity.Criterion.ONE_PATTERN);
        assertEquals(List.of("N_f = 10", "N_f = 14", "threshold 0.90", "holds below 0.423 (N_f = 14)", "fails above ln 2 = 0.693"),
                new ArrayList<>(c.getSeriesMap().keySet()));
        assertEquals(List.of("N_f = 10", "threshold 0.90", "theory ln 2 / 2 = 0.347"), new ArrayList<>(CapacityCharts.exponentialEdge(r.evaluations(),
                lamp.experiment.ExponentialCapacity.Criterion.EVERY_PATTERN).getSeriesMap().keySet()));
        assertEquals(Styler.LegendPosition.OutsideE, c.getStyler().getLegendPosition(), "the legend covers no data and is not cut");
        Table t = r.evaluations();
        long ones = t.stringColumn(lamp.experiment.ExponentialCapacity.CRITERION).isEqualTo("one memory fixed").size();
        assertEquals(ones, c.getSeriesMap().get("N_f = 10").getXData().length + c.getSeriesMap().get("N_f = 14").getXData().length);
        Table onlyOne = t.where(t.stringColumn(lamp.experiment.ExponentialCapacity.CRITERION).isEqualTo("one memory fixed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CapacityCharts.exponentialEdge(onlyOne,
                lamp.experiment.ExponentialCapacity.Criterion.EVERY_PATTERN)).getMessage().contains("no evaluations of 'every memory fixed'"));
    }

    @Test
    void missingColumnIsNamed() {
        Table t = Table.create("empty", IntColumn.create("x"));
        assertEquals("table 'empty' has no column 'n'; it has [x]",
                assertThrows(IllegalArgumentException.class, () -> CapacityCharts.scaling(t)).getMessage());
    }
}
