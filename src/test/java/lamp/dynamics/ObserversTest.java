package lamp.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import lamp.lagrangian.Convexity;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.Population;
import lamp.limit.EffectiveNetwork;
import lamp.linalg.Dense;
import lamp.memory.Memories;
import lamp.memory.Metrics;
import lamp.network.Network;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.Table;

/**
 * The observers own their columns of the trajectory table, and each value is what it says, checked
 * against the recorded states: overlaps (cosine of g(v) with ξ_μ), the nearest memory, the smallest
 * Hessian eigenvalues, a user's quantity.
 */
class ObserversTest {

    static final Memories XI = TestFixtures.randomPatterns(new Random(11), 4, 6);

    static Network network() {
        return Network.builder(XI).featureLagrangian(Lagrangians.tanh(2)).hiddenLagrangian(Lagrangians.negativeLogCosh(1))
                .tauHidden(0.5).build();
    }

    static double cosine(double[] a, double[] b) {
        return Dense.dot(a, b) / (Dense.norm(a) * Dense.norm(b));
    }

    @Test
    void columnsHoldTheObservedQuantitiesAtEachSample() {
        Network net = network();
        double[] y0 = net.state(TestFixtures.gaussian(new Random(12), 6, 1), TestFixtures.gaussian(new Random(13), 4, 1));
        Trajectory tr = Simulation.of(net).duration(2).sampleEvery(0.25)
                .observe(Observers.overlaps(XI, 2), Observers.nearestMemory(XI), Observers.convexity(),
                        Observers.quantity("‖h‖", y -> Dense.norm(net.hidden(y))))
                .run(y0);
        Table t = tr.table();
        assertEquals(List.of("time", "energy", "dE/dt", "speed v", "speed h", "overlap 0", "overlap 1", "nearest memory",
                "overlap with nearest", "min Hessian eigenvalue L_v", "min Hessian eigenvalue L_h", "‖h‖"), t.columnNames());
        List<double[]> states = tr.states();
        assertEquals(9, states.size());
        for (int k = 0; k < states.size(); k++) {
            double[] y = states.get(k), v = net.features(y), h = net.hidden(y), g = net.g(v);
            assertEquals(cosine(g, XI.row(0)), t.doubleColumn("overlap 0").get(k), 1e-12);
            assertEquals(cosine(g, XI.row(1)), t.doubleColumn("overlap 1").get(k), 1e-12);
            int nearest = Metrics.nearest(XI, g);
            assertEquals(nearest, t.intColumn("nearest memory").get(k));
            assertEquals(cosine(g, XI.row(nearest)), t.doubleColumn("overlap with nearest").get(k), 1e-12);
            Convexity c = net.convexity(v, h);
            assertEquals(c.minEigenvalue(Population.FEATURE), t.doubleColumn("min Hessian eigenvalue L_v").get(k), 0);
            assertEquals(c.minEigenvalue(Population.HIDDEN), t.doubleColumn("min Hessian eigenvalue L_h").get(k), 0);
            assertEquals(Dense.norm(h), t.doubleColumn("‖h‖").get(k), 0);
            double[] yDot = new double[y.length];
            net.computeDerivatives(0, y, yDot);
            assertEquals(Dense.norm(net.featureVelocity(v, h)), t.doubleColumn("speed v").get(k), 1e-12);
            assertEquals(Dense.norm(net.hiddenVelocity(v, h)), t.doubleColumn("speed h").get(k), 1e-12);
            assertEquals(net.energy(y), t.doubleColumn("energy").get(k), 0);
            assertEquals(net.energyRate(y), t.doubleColumn("dE/dt").get(k), 0);
        }
        // L_h = −log cosh is concave: its column is negative wherever tanh² < 1
        assertTrue(t.doubleColumn("min Hessian eigenvalue L_h").max() < 0);
    }

    @Test
    void theEffectiveModelReadsOverlapsFromItsFeatureLayer() {
        EffectiveNetwork eff = new EffectiveNetwork(XI, Lagrangians.tanh(1), Lagrangians.logSumExp(2), 1, null);
        double[] v0 = XI.row(2).clone();
        v0[0] = -v0[0];
        Trajectory tr = Simulation.of(eff).duration(3).sampleEvery(0.5).observe(Observers.overlaps(XI, 4), Observers.convexity()).run(v0);
        Table t = tr.table();
        assertEquals(List.of("time", "energy", "dE/dt", "speed v", "overlap 0", "overlap 1", "overlap 2", "overlap 3",
                "min Hessian eigenvalue L_v", "min Hessian eigenvalue L_h"), t.columnNames());
        for (int k = 0; k < tr.sampleCount(); k++) {
            double[] g = Lagrangians.tanh(1).activation(tr.states().get(k));
            for (int mu = 0; mu < 4; mu++) assertEquals(cosine(g, XI.row(mu)), t.doubleColumn("overlap " + mu).get(k), 1e-12);
            assertEquals(0, t.doubleColumn("min Hessian eigenvalue L_h").get(k), 0, "log-sum-exp: smallest eigenvalue 0");
        }
    }

    @Test
    void observersAreReusableDescriptionsAndTheTableIsACopy() {
        Network net = network();
        double[] y0 = net.adiabaticState(XI.row(1));
        Simulation sim = Simulation.of(net).duration(1).sampleEvery(0.5).observe(Observers.overlaps(XI, 1));
        Trajectory a = sim.run(y0), b = sim.run(y0);
        assertEquals(3, a.table().rowCount());
        assertEquals(a.table().doubleColumn("overlap 0").asList(), b.table().doubleColumn("overlap 0").asList());
        Table copy = a.table();
        copy.doubleColumn("energy").set(0, 42.0);
        copy.removeColumns("overlap 0");
        assertTrue(a.table().containsColumn("overlap 0"));
        assertTrue(a.energies()[0] != 42.0);
    }

    static void assertRejected(Executable call, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void mismatchesAreNamedBeforeTheRun() {
        Network net = network();
        double[] y0 = net.adiabaticState(XI.row(0));
        assertRejected(() -> Observers.overlaps(XI, 5), "overlap columns 5 exceed the 4 memories");
        assertRejected(() -> Observers.overlaps(XI, 0), "overlap columns must be >= 1, got 0");
        assertRejected(() -> Observers.quantity(" ", y -> 0), "column name is empty");
        assertRejected(() -> Simulation.of(net).observe(Observers.overlaps(XI, 1), Observers.overlaps(XI, 2)).run(y0),
                "two columns of the trajectory are named 'overlap 0'");
        assertRejected(() -> Simulation.of(net).observe(Observers.quantity("energy", y -> 0)).run(y0),
                "two columns of the trajectory are named 'energy'");
        Memories wide = TestFixtures.randomPatterns(new Random(1), 3, 7);
        assertRejected(() -> Simulation.of(net).observe(Observers.nearestMemory(wide)).run(y0),
                "observer 'nearest memory': the memories have 7 features but the model has 6 feature neurons");
        EnergyModel bare = new EnergyModel() {
            @Override public int getDimension() { return 6; }
            @Override public void computeDerivatives(double t, double[] y, double[] yDot) { for (int i = 0; i < 6; i++) yDot[i] = -y[i]; }
            @Override public double energy(double[] y) { return Dense.dot(y, y) / 2; }
            @Override public double energyRate(double[] y) { return -Dense.dot(y, y); }
            @Override public int featureCount() { return 6; }
            @Override public String toString() { return "bare"; }
        };
        assertRejected(() -> Simulation.of(bare).observe(Observers.overlaps(XI, 1)).run(new double[6]),
                "observer 'overlaps' reads the feature activation g(v), but bare names no feature Lagrangian (EnergyModel.layers)");
        assertRejected(() -> Simulation.of(bare).observe(Observers.convexity()).run(new double[6]),
                "observer 'convexity' needs the model's Lagrangians, but bare names none (EnergyModel.layers)");
        assertRejected(() -> Simulation.of(net).observe((Observer) null), "an observer is null");
    }
}
