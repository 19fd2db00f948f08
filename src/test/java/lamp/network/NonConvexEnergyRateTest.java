package lamp.network;

import static lamp.network.TestFixtures.gaussian;
import static lamp.network.TestFixtures.gaussianMemories;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import lamp.dynamics.EnergyRise;
import lamp.dynamics.Simulation;
import lamp.dynamics.Trajectory;
import lamp.lagrangian.Convexity;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.Population;
import lamp.lagrangian.ScalarFunction;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;

/**
 * THEORY.md §5 check 3: with a non-PSD hidden Lagrangian, L_h = −Σ log cosh, (M4) is positive at
 * some states (the energy really rises there, by finite differences), and {@link Convexity} says
 * the Hessian is NOT PSD, naming the Lagrangian. The convexity guarantee is really needed.
 */
class NonConvexEnergyRateTest {

    /** A state with dE/dt &gt; 0, found by random search with a fixed seed (null if none in 2000 tries). */
    static double[] risingState(Network net, Random rng) {
        for (int t = 0; t < 2000; t++) {
            double[] y = net.state(gaussian(rng, net.featureCount(), 1), gaussian(rng, net.hiddenCount(), 1));
            if (net.energyRate(y) > 1e-3) return y;
        }
        return null;
    }

    static Network nonConvexNetwork(Random rng) {
        Memories xi = gaussianMemories(rng, 6, 4, 0.5);
        return Network.builder(xi).featureLagrangian(Lagrangians.tanh(1))
                .hiddenLagrangian(Lagrangians.negativeLogCosh(1)).tauFeature(1).tauHidden(1).build();
    }

    /** §5 check 3: non-PSD L_h gives dE/dt &gt; 0 somewhere, confirmed by a finite difference. */
    @Test
    void check3_nonPsdHiddenLagrangianLetsEnergyRise() {
        Random rng = new Random(301);
        Network net = nonConvexNetwork(rng);
        double[] y = risingState(net, rng);
        assertNotNull(y, "random search found no state with dE/dt > 0 for L_h = −log cosh");
        double rate = net.energyRate(y);
        double[] yDot = new double[y.length], plus = y.clone(), minus = y.clone();
        net.computeDerivatives(0, y, yDot);
        double eps = 1e-6;
        for (int j = 0; j < y.length; j++) {
            plus[j] += eps * yDot[j];
            minus[j] -= eps * yDot[j];
        }
        double fd = (net.energy(plus) - net.energy(minus)) / (2 * eps);
        assertTrue(fd > 0, "finite difference of E along the flow should be positive, got " + fd);
        assertEquals(rate, fd, 1e-6 * Math.max(1, rate), "(M4) still equals the finite difference");

        Convexity c = net.convexity(net.features(y), net.hidden(y));
        assertFalse(c.isPsd(), "Convexity must report NOT PSD: " + c);
        double[] h = net.hidden(y);
        assertEquals(net.hiddenLagrangian().minHessianEigenvalue(h), c.minEigenvalue(Population.HIDDEN), 0);
        assertTrue(c.minEigenvalue(Population.HIDDEN) < 0, c.toString());
        assertTrue(c.minEigenvalue(Population.FEATURE) >= 0, c.toString());
        assertEquals(1, c.violations().size(), c.toString());
        assertEquals(Population.HIDDEN, c.violations().get(0).population());
        assertEquals("negativeLogCosh(β=1)", c.violations().get(0).lagrangian(), "report should name the Lagrangian");
        assertEquals(String.format(Locale.ROOT, "NOT PSD: L_h negativeLogCosh(β=1) has Hessian eigenvalue %.3g < 0; the energy may rise (M4)",
                c.minEigenvalue(Population.HIDDEN)), c.toString());
        assertFalse(net.hiddenLagrangian().isConvex());
        assertEquals(c, Convexity.of(net.layers(y)), "the network's layers give the same report");
    }

    /** §5 check 3, contrast: the same network with convex L_h = log cosh has dE/dt ≤ 0 at all those states. */
    @Test
    void check3_convexCounterpartNeverRises() {
        Random rng = new Random(302);
        Memories xi = gaussianMemories(rng, 6, 4, 0.5);
        Network net = Network.builder(xi).featureLagrangian(Lagrangians.tanh(1))
                .hiddenLagrangian(Lagrangians.tanh(1)).tauFeature(1).tauHidden(1).build();
        for (int t = 0; t < 2000; t++) {
            double[] y = net.state(gaussian(rng, 4, 1), gaussian(rng, 6, 1));
            assertTrue(net.energyRate(y) <= 0, "convex Lagrangians: dE/dt = " + net.energyRate(y));
            assertTrue(net.convexity(net.features(y), net.hidden(y)).isPsd());
        }
    }

    /**
     * KH2020 (10): Model A's hidden Lagrangian L_h = Σ F(h) needs a monotone f = F'. With F = x³
     * (f = 3h²) the two-population network, integrated from a state where (M4) is positive, raises
     * its energy and the trajectory blames L_h's Hessian; with F = (x)₊³ the same runs never rise.
     */
    @Test
    void kh2020Eq10_cubeRaisesTheEnergyRectifiedCubeNever() {
        Random rng = new Random(303);
        Memories xi = gaussianMemories(rng, 6, 5, 0.5);
        Network cube = Network.builder(xi).featureLagrangian(Lagrangians.tanh(1))
                .hiddenLagrangian(Lagrangians.additive("Σx³", ScalarFunction.power(3))).tauHidden(0.2).build();
        Network rectified = Network.builder(xi).featureLagrangian(Lagrangians.tanh(1))
                .hiddenLagrangian(Lagrangians.additive("Σ(x)₊³", ScalarFunction.rectifiedPower(3))).tauHidden(0.2).build();
        double[] y = risingState(cube, rng);
        assertNotNull(y, "random search found no state with dE/dt > 0 for F = x³");
        Trajectory up = Simulation.of(cube).duration(0.5).sampleEvery(0.005).run(y);
        assertFalse(up.isEnergyNonIncreasing(), up.toString());
        EnergyRise first = up.energyRises().get(0);
        assertEquals(EnergyRise.Cause.NOT_PSD, first.cause(), first.toString());
        assertTrue(first.explanation().startsWith("NOT PSD: L_h Σx³ has Hessian eigenvalue -"), first.explanation());
        assertTrue(first.toEnergy() > first.fromEnergy());
        for (int run = 0; run < 5; run++) {
            double[] y0 = run == 0 ? y : rectified.state(gaussian(rng, 5, 1), gaussian(rng, 6, 1));
            Trajectory t = Simulation.of(rectified).duration(0.5).sampleEvery(0.005).run(y0);
            assertTrue(t.isEnergyNonIncreasing(), "F = (x)₊³ run " + run + ": " + t);
            assertTrue(t.maxEnergyRate() <= 0, "F = (x)₊³ run " + run + ": max dE/dt " + t.maxEnergyRate());
        }
    }
}
