package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.ScalarFunction;
import lamp.limit.ModernHopfield;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class FiniteDifferencesTest {

    @Test
    void catalogueTableShowsSmallErrorsAndFlagsTheNonConvexEntry() {
        List<Lagrangian> ls = List.of(Lagrangians.tanh(1), Lagrangians.logSumExp(2), Lagrangians.negativeLogCosh(1));
        Table t = FiniteDifferences.lagrangianTable(ls, 4, 3, 11);
        assertEquals(3, t.rowCount());
        for (int r = 0; r < 3; r++) {
            assertTrue(t.doubleColumn("activation error").get(r) < 1e-6, t.print());
            assertTrue(t.doubleColumn("Hessian error").get(r) < 1e-6, t.print());
        }
        assertTrue(t.doubleColumn("min Hessian eigenvalue").get(2) < 0);
        assertEquals("NO", t.stringColumn("convex").get(2));
        assertTrue(t.doubleColumn("min Hessian eigenvalue").get(1) > -1e-12);
    }

    @Test
    void detectsAWrongActivation() {
        // L = Σx² with activation x: Lagrangians.additive refuses it, so it is written out here
        Lagrangian wrong = new Lagrangian() {
            @Override public String name() { return "wrong"; }
            @Override public double value(double[] x) { return x[0] * x[0] + x[1] * x[1]; }
            @Override public void activation(double[] x, double[] out) { System.arraycopy(x, 0, out, 0, x.length); }
            @Override public void hessianTimes(double[] x, double[] u, double[] out) { System.arraycopy(u, 0, out, 0, u.length); }
        };
        assertTrue(FiniteDifferences.activationError(wrong, new double[] {1.5, -0.7}, 1e-6) > 0.5);
    }

    @Test
    void energyRateTableAgreesForModelB() {
        Memories xi = Memories.of(new double[] {1, -1, 1}, new double[] {-1, -1, 1});
        ModernHopfield m = new ModernHopfield(xi, 2);
        Table t = FiniteDifferences.energyRateTable(m, List.of(new double[] {0.3, 0.1, -0.2}, new double[] {1, 2, 3}), 1e-6);
        assertEquals(2, t.rowCount());
        for (int r = 0; r < 2; r++) assertTrue(t.doubleColumn("relative error").get(r) < 1e-6, t.print());
        assertTrue(t.doubleColumn("analytic dE/dt").max() <= 0);
    }
}
