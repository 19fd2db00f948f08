package lamp.plot;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import lamp.experiment.Columns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** A chart with nothing to draw is refused with the table and column it lacks, not drawn empty or left to XChart's own error. */
class PlotInputTest {

    static void refused(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String p : parts) assertTrue(e.getMessage().contains(p), "'" + e.getMessage() + "' should mention '" + p + "'");
    }

    @Test
    void nullTablesAndResultsAreNamed() {
        refused(() -> Plots.capacity(null), "table is null");
        refused(() -> Plots.basin((lamp.experiment.Basin.Result) null), "basin result is null");
        refused(() -> Plots.basin(null, lamp.memory.Corruption.Kind.FLIP), "table is null");
        refused(() -> Plots.betaSweep(null), "table is null");
        refused(() -> Plots.energy(null), "table is null");
        refused(() -> Plots.oneStepCapacity(null), "result is null");
        refused(() -> Plots.oneStepCurves(null), "result is null");
        refused(() -> Plots.line(null, "x", "y"), "table is null");
        refused(() -> Plots.paths(java.util.Collections.singletonMap("run", (lamp.dynamics.Trajectory) null), "t", "E"), "run 'run'", "null");
    }

    @Test
    void anEmptyTableOrAnAllNaNColumnNamesTheColumn() {
        Table empty = Table.create("empty", DoubleColumn.create("x"), DoubleColumn.create("y"));
        refused(() -> Plots.line(empty, "x", "y"), "table 'empty' has no rows", "'x'");
        Table nan = Table.create("nan", DoubleColumn.create("x", new double[] {1, 2}), DoubleColumn.create("y", new double[] {Double.NaN, Double.NaN}));
        refused(() -> Plots.line(nan, "x", "y"), "every value of column 'y'", "'nan'", "NaN");
        Table energy = Table.create("run", DoubleColumn.create(Columns.TIME), DoubleColumn.create(Columns.ENERGY));
        refused(() -> Plots.energy(energy, true), "has no rows", Columns.TIME);
        Table partly = Table.create("partly", DoubleColumn.create("x", new double[] {1, 2}), DoubleColumn.create("y", new double[] {Double.NaN, 3}));
        assertTrue(Plots.line(partly, "x", "y").getSeriesMap().containsKey("y"), "a column with some values is drawn");
    }

    @Test
    void nonFiniteTransitionsAndOversizedGridsAreRefused() {
        Table sweep = Table.create("sweep", DoubleColumn.create(Columns.BETA, new double[] {1, 2}),
                DoubleColumn.create(Columns.EXACT, new double[] {0, 1}), DoubleColumn.create(Columns.MAX_WEIGHT, new double[] {0.5, 1}));
        refused(() -> Plots.betaTransition(sweep, Double.NaN, 1.5), "predicted transition β", "NaN");
        refused(() -> LagrangianPlots.catalogue(5, Integer.MAX_VALUE, 1), "points must lie in [1, 10000]", "2147483647");
        refused(() -> LagrangianPlots.catalogue(100_000, 5, 1), "dimension must lie in [2, 200]");
    }
}
