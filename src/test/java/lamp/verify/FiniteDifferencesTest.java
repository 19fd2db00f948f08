package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.ScalarFunction;
import lamp.limit.ModernHopfield;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import lamp.network.Network;
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

    @Test
    void energyGradientIsMinusTauTimesHessianTimesVelocity() {
        Memories xi = Patterns.randomBinary(5, 6, 2);
        Network net = Network.builder(xi).featureLagrangian(Lagrangians.tanh(1)).hiddenLagrangian(Lagrangians.logSumExp(2))
                .tauFeature(1.5).tauHidden(0.3).build();
        Table t = FiniteDifferences.energyGradientTable(net, EnergyRateChecks.randomStates(net, 4, 1, 9), 1e-6);
        assertEquals(4, t.rowCount());
        for (int r = 0; r < 4; r++) {
            assertTrue(t.doubleColumn("relative error").get(r) < 1e-6, t.print());
            assertTrue(t.doubleColumn("max |∂E/∂v|").get(r) > 1e-3 && t.doubleColumn("max |∂E/∂h|").get(r) > 1e-3, t.print());
        }
    }

    @Test
    void energyGradientCheckCatchesAnActivationThatIsNotTheGradient() {
        // L = Σx² with activation x (the gradient is 2x), written out because Lagrangians.additive refuses it
        Lagrangian wrong = new Lagrangian() {
            @Override public String name() { return "wrong"; }
            @Override public double value(double[] x) { double s = 0; for (double a : x) s += a * a; return s; }
            @Override public void activation(double[] x, double[] out) { System.arraycopy(x, 0, out, 0, x.length); }
            @Override public void hessianTimes(double[] x, double[] u, double[] out) { System.arraycopy(u, 0, out, 0, u.length); }
        };
        Network net = Network.builder(Patterns.randomBinary(3, 4, 1)).featureLagrangian(wrong).build();
        Table t = FiniteDifferences.energyGradientTable(net, EnergyRateChecks.randomStates(net, 2, 1, 5), 1e-6);
        assertTrue(t.doubleColumn("relative error").max() > 0.1, t.print());
        assertThrows(IllegalArgumentException.class, () -> FiniteDifferences.energyGradientTable(net, List.of(new double[3]), 1e-6));
    }
}
