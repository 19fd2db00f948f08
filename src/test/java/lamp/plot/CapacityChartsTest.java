package lamp.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class CapacityChartsTest {

    /** Two models with identical curves still differ in marker and dash pattern, so neither hides. */
    @Test
    void coincidingCurvesStayDistinguishable() {
        Table t = Capacity.of("classical").and("dam(2)").features(20).memories(2, 4).trials(2).seed(1).run().table();
        XYChart c = CapacityCharts.curves(t);
        List<XYSeries> s = new ArrayList<>(c.getSeriesMap().values());
        assertEquals(2, s.size());
        assertNotEquals(s.get(0).getMarker(), s.get(1).getMarker());
        assertNotEquals(s.get(0).getLineStyle(), s.get(1).getLineStyle());
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
    }

    @Test
    void exponentialDrawsEachCriterionAndItsPrediction() {
        Table t = Table.create("exp", tech.tablesaw.api.StringColumn.create(lamp.experiment.ExponentialCapacity.CRITERION, "all", "all", "one"),
                IntColumn.create("N_f", 12, 16, 12), DoubleColumn.create(lamp.experiment.ExponentialCapacity.ALPHA, 0.2, 0.25, 0.33),
                DoubleColumn.create(lamp.experiment.ExponentialCapacity.PREDICTED, 0.347, 0.347, 0.566));
        XYChart c = CapacityCharts.exponential(t);
        assertEquals(List.of("all: measured", "all: predicted 0.347", "one: measured", "one: predicted 0.566"),
                new ArrayList<>(c.getSeriesMap().keySet()));
        assertEquals(2, c.getSeriesMap().get("all: measured").getXData().length);
    }

    @Test
    void saturationLeavesOutZeroCountsAndDrawsTheDiagonal() {
        Table t = Table.create("sat", IntColumn.create(HiddenSaturation.ORDER, 2, 2, 2), IntColumn.create("N_f", 8, 8, 8),
                IntColumn.create(HiddenSaturation.N_H, 1, 10, 100), DoubleColumn.create(HiddenSaturation.RETRIEVED, 1, 3, 0),
                DoubleColumn.create(HiddenSaturation.MIN, 1, 2, 2));
        XYChart c = CapacityCharts.saturation(t);
        assertEquals(2, c.getSeriesMap().get("n = 2: retrieved").getXData().length);
        assertEquals(100.0, c.getSeriesMap().get("N_mem = N_h").getYData()[1], 0);
    }

    @Test
    void missingColumnIsNamed() {
        Table t = Table.create("empty", IntColumn.create("x"));
        assertEquals("table 'empty' has no column 'n'; it has [x]",
                assertThrows(IllegalArgumentException.class, () -> CapacityCharts.scaling(t)).getMessage());
    }
}
