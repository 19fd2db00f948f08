package lamp.experiment;

import static lamp.experiment.CapacityTest.assertMessage;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TimescaleSweepTest {

    @Test
    void microscopicTrajectoryApproachesTheEffectiveOneLinearly() {
        List<String> lines = new ArrayList<>();
        Table t = TimescaleSweep.create().features(12).memories(6).ratios(0.3, 0.1, 0.03, 0.01).duration(3)
                .seed(2).progress(lines::add).run().table();
        assertEquals(4, t.rowCount());
        assertEquals(4, lines.size());
        double[] d = t.doubleColumn(Columns.DISTANCE).asDoubleArray();
        for (int i = 1; i < d.length; i++) assertTrue(d[i] < d[i - 1], t.print());
        double slope = Fits.logLogSlope(t.doubleColumn(Columns.RATIO).asDoubleArray(), d);
        assertEquals(1.0, slope, 0.25, "log-log slope " + slope + "\n" + t.print());
        assertEquals(31, t.intColumn("samples").get(0));
        assertEquals(2L, t.longColumn(Columns.SEED).get(0));
        assertEquals("identity", t.stringColumn("L_v").get(0));
        assertEquals("duration", t.stringColumn("stop").get(0));
    }

    /** THEORY.md check 17: the two-population Model C (KH2020 (19)) for α ∈ {0, 0.5}: E never rises, and it approaches (22). */
    @Test
    void twoPopulationModelCApproachesTheEffectiveFlowForEveryDecay() {
        for (double alpha : new double[] {0, 0.5}) {
            Table t = TimescaleSweep.create().features(10).memories(6).featureLagrangian("spherical").hiddenLagrangian("rectifiedPower(3)")
                    .decay(alpha).ratios(0.01, 0.001).duration(3).seed(4).run().table();
            double[] d = t.doubleColumn("direction distance").asDoubleArray();
            assertTrue(d[1] < d[0] / 5, "α = " + alpha + ": the direction distance must shrink with τ_h/τ_f: " + java.util.Arrays.toString(d) + " " + java.util.Arrays.toString(t.doubleColumn(Columns.DISTANCE).asDoubleArray()));
            assertEquals(alpha, t.doubleColumn("decay alpha").get(0), 0);
            for (double rise : t.doubleColumn("largest relative rise").asDoubleArray()) {
                assertTrue(rise <= 1e-9, "α = " + alpha + ": E (M3) rose by " + rise + "\n" + t.print());
            }
        }
        assertMessage("needs L_v = spherical", () -> TimescaleSweep.create().ratios(0.1).decay(0.5).run());
        assertMessage("decay coefficient α", () -> TimescaleSweep.create().decay(-1));
    }

    @Test
    void deterministicUnderSeed() {
        TimescaleSweep s = TimescaleSweep.create().features(8).memories(4).ratios(0.1, 0.05).duration(1);
        assertEquals(s.seed(1).run().toString(), s.seed(1).parallel(false).run().toString());
        assertNotEquals(s.seed(1).run().table().doubleColumn(Columns.DISTANCE).get(0), s.seed(2).run().table().doubleColumn(Columns.DISTANCE).get(0));
    }

    @Test
    void badSettings() {
        assertMessage("ratio list", () -> TimescaleSweep.create().ratios());
        assertMessage("ratio list", () -> TimescaleSweep.create().run());
        assertMessage("ratio τ_h/τ_f must be finite and > 0", () -> TimescaleSweep.create().ratios(0.1, -1));
        assertMessage("start corruption", () -> TimescaleSweep.create().startCorruption(2));
        assertMessage("unknown Lagrangian", () -> TimescaleSweep.create().hiddenLagrangian("nope"));
    }
}
