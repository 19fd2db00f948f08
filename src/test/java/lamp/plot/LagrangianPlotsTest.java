package lamp.plot;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;

class LagrangianPlotsTest {
    static final List<Lagrangian> SCALAR = List.of(Lagrangians.tanh(1), Lagrangians.rectifiedPower(2), Lagrangians.sign());

    @Test
    void activationChartHasOneLabelledSeriesPerLagrangianWithTheActivation() throws Exception {
        XYChart c = LagrangianPlots.activations(SCALAR, -2, 2, 5);
        assertEquals(3, c.getSeriesMap().size());
        assertEquals("input x", c.getXAxisTitle());
        assertEquals("activation g(x)", c.getYAxisTitle());
        double[] relu = c.getSeriesMap().get("rectifiedPower(2)").getYData();
        assertArrayEquals(new double[] {0, 0, 0, 1, 2}, relu, 1e-15);
        double[] sign = c.getSeriesMap().get("sign").getYData();
        assertArrayEquals(new double[] {-1, -1, 0, 1, 1}, sign, 0);
        assertTrue(BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG).length > 1000);
        assertNotEquals(c.getSeriesMap().get("tanh(β=1)").getLineColor(), c.getSeriesMap().get("sign").getLineColor());
    }

    @Test
    void valueChartShowsTheLagrangian() {
        XYChart c = LagrangianPlots.values(List.of(Lagrangians.identity()), -1, 1, 3);
        assertArrayEquals(new double[] {0.5, 0, 0.5}, c.getSeriesMap().get("identity").getYData(), 1e-15);
        assertEquals("Lagrangian L(x)", c.getYAxisTitle());
    }

    @Test
    void layerTableHoldsTheWholeLayerActivations() {
        double[] x = {1, 2, 3, 4};
        Table t = LagrangianPlots.layerTable(List.of(Lagrangians.layerNorm(1, 0), Lagrangians.spherical()), x);
        assertEquals(4, t.rowCount());
        assertEquals(List.of("neuron i", "x_i", "layerNorm(γ=1, δ=0)", "spherical"), t.columnNames());
        double r5 = Math.sqrt(5);
        assertArrayEquals(new double[] {-3 / r5, -1 / r5, 1 / r5, 3 / r5}, t.doubleColumn(2).asDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {1 / Math.sqrt(30), 2 / Math.sqrt(30), 3 / Math.sqrt(30), 4 / Math.sqrt(30)},
                t.doubleColumn(3).asDoubleArray(), 1e-12);
        CategoryChart c = LagrangianPlots.layerChart(List.of(Lagrangians.logSumExp(1)), x);
        assertEquals(2, c.getSeriesMap().size());
        assertTrue(c.getSeriesMap().containsKey("input x"));
    }

    @Test
    void duplicateNamesStayDistinct() {
        XYChart c = LagrangianPlots.activations(List.of(Lagrangians.tanh(1), Lagrangians.tanh(1)), 0, 1, 2);
        assertEquals(2, c.getSeriesMap().size());
    }

    @Test
    void badInputIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LagrangianPlots.activations(List.of(), 0, 1, 3))
                .getMessage().contains("empty"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LagrangianPlots.activations(SCALAR, 1, 0, 3))
                .getMessage().contains("from < to"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LagrangianPlots.activations(SCALAR, 0, 1, 1))
                .getMessage().contains("points"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LagrangianPlots.layerTable(SCALAR, new double[0]))
                .getMessage().contains("empty"));
    }

    @Test
    void catalogueTableMeasuresConvexityAndTellsLayerCoupledFromAdditive() {
        Table t = LagrangianPlots.catalogue(4, 5, 3);
        assertEquals(10, t.rowCount());
        assertEquals(List.of("Lagrangian", "L(x)", "activation ∂L/∂x", "Hessian", "neurons", "min Hessian eigenvalue", "PSD", "used by"),
                t.columnNames());
        for (int r = 0; r < t.rowCount(); r++) {
            assertEquals("yes", t.stringColumn("PSD").get(r), t.print());
            assertTrue(t.doubleColumn("min Hessian eigenvalue").get(r) > -1e-10, t.print());
            String name = t.stringColumn("Lagrangian").get(r);
            boolean coupled = name.startsWith("logSumExp") || name.startsWith("spherical") || name.startsWith("layerNorm");
            assertEquals(coupled ? "coupled (lateral)" : "each on its own", t.stringColumn("neurons").get(r), name);
        }
        // identity: Hessian I, smallest eigenvalue exactly 1; exponential(1): e^{x} ≥ e^{-2}
        assertEquals(1.0, t.doubleColumn("min Hessian eigenvalue").get(0), 0);
        assertTrue(t.doubleColumn("min Hessian eigenvalue").get(3) >= Math.exp(-2));
        assertThrows(IllegalArgumentException.class, () -> LagrangianPlots.catalogue(1, 5, 3));
    }
}
