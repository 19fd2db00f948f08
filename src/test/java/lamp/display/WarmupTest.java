package lamp.display;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;

/** The kernel's warm-up: it ends on its budget or an interrupt, and no result depends on it. */
class WarmupTest {

    @Test
    void aZeroBudgetRunsNoRoundAndAnInterruptStopsAtOnce() {
        Warmup.Report none = Warmup.run(0);
        assertEquals(0, none.rounds());
        assertFalse(none.compiled());
        Thread.currentThread().interrupt();
        try {
            Warmup.Report stopped = Warmup.run(60_000_000_000L);
            assertEquals(0, stopped.rounds(), "an interrupted thread runs no round");
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt flag is left for the caller");
        }
    }

    @Test
    void theWarmupGivesWayAsSoonAsAnotherThreadDrives() throws Exception {
        SplittableRandom r = new SplittableRandom(7);
        int k = 1001, n = 800;
        double[] data = new double[k * n];
        for (int i = 0; i < data.length; i++) data[i] = r.nextBoolean() ? 1 : -1;
        Memories xi = Memories.of(k, n, data);
        double[] g = new double[n], h = new double[k], f = new double[k], out = new double[n];
        java.util.Arrays.fill(g, 0.01);
        Warmup.Report[] report = new Warmup.Report[1];
        Thread warm = new Thread(() -> report[0] = Warmup.run(60_000_000_000L));
        warm.start();
        Thread.sleep(200);
        xi.drive(g, Lagrangians.rectifiedPower(3), h, f, out);     // a "cell" computes
        warm.join(30_000);
        assertFalse(warm.isAlive(), "the warm-up still ran 30 s after another thread's drive (budget 60 s)");
        assertFalse(report[0].compiled() && report[0].seconds() > 59, "it ended on its budget: " + report[0]);
    }

    @Test
    void theWarmupGivesWayWhenTheKernelStartsACell() throws Exception {
        String before = System.getProperty(Warmup.CELLS_PROPERTY);
        Warmup.Report[] report = new Warmup.Report[1];
        Thread warm = new Thread(() -> report[0] = Warmup.run(60_000_000_000L));
        warm.start();
        Thread.sleep(200);
        System.setProperty(Warmup.CELLS_PROPERTY, before == null ? "1" : before + "1");   // what lamp's kernel does per cell
        try {
            warm.join(30_000);
            assertFalse(warm.isAlive(), "the warm-up still ran 30 s after a cell started (budget 60 s)");
        } finally {
            if (before == null) System.clearProperty(Warmup.CELLS_PROPERTY);
            else System.setProperty(Warmup.CELLS_PROPERTY, before);
        }
    }

    /** The drives' arithmetic is fixed in lane order: the same bits before and after the JIT has compiled them. */
    @Test
    void theDrivesGiveTheSameBitsBeforeAndAfterAWarmup() {
        SplittableRandom r = new SplittableRandom(20261206);
        int k = 1003, n = 777;                                   // ≥ 2¹⁹ entries: the single-pass kernels
        double[] data = new double[k * n];
        for (int i = 0; i < data.length; i++) data[i] = r.nextBoolean() ? 1 : -1;
        Memories xi = Memories.of(k, n, data);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) g[i] = r.nextGaussian() / Math.sqrt(n);
        Lagrangian[] hidden = {Lagrangians.rectifiedPower(3), Lagrangians.logSumExp(2)};
        double[][] before = new double[hidden.length][];
        for (int j = 0; j < hidden.length; j++) before[j] = drive(xi, g, hidden[j]);
        Warmup.Report report = Warmup.run(3_000_000_000L);
        assertTrue(report.rounds() > 0, "the warm-up ran: " + report);
        for (int j = 0; j < hidden.length; j++) {
            assertArrayEquals(before[j], drive(xi, g, hidden[j]), 0.0, "drive for " + hidden[j]);
        }
    }

    private static double[] drive(Memories xi, double[] g, Lagrangian hidden) {
        double[] h = new double[xi.count()], f = new double[xi.count()], out = new double[xi.dimension()];
        xi.drive(g, hidden, h, f, out);
        return out;
    }
}
