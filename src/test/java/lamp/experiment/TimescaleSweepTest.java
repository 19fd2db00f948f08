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
