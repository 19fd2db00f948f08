package lamp.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import lamp.network.Network;
import lamp.network.TestFixtures;
import org.junit.jupiter.api.Test;

/**
 * THEORY.md §5 check 4: where the flow (M2) stops (‖dy/dt‖∞ ≤ tolerance), v = ξᵀf + I and h = ξg to
 * the solver tolerance: ‖v − ξᵀf − I‖∞ ≤ τ_f·tol and ‖h − ξg‖∞ ≤ τ_h·tol.
 */
class FixedPointTest {

    static final double TOL = 1e-8;

    /** §5 check 4, Models A, B, C with random ξ and I. */
    @Test
    void check4_fixedPointSatisfiesM2() {
        Random rng = new Random(401);
        Object[][] models = {
            {"A: tanh / rectifiedPower(3)", Lagrangians.tanh(1), Lagrangians.rectifiedPower(3)},
            {"A: tanh / exponential(1)", Lagrangians.tanh(1), Lagrangians.exponential(1)},
            {"B: identity / logSumExp(2)", Lagrangians.identity(), Lagrangians.logSumExp(2)},
            {"C: spherical / logSumExp(4)", Lagrangians.spherical(), Lagrangians.logSumExp(4)},
        };
        for (Object[] m : models) {
            Memories xi = TestFixtures.gaussianMemories(rng, 7, 5, 0.5);
            double[] input = TestFixtures.gaussian(rng, 5, 0.3);
            Network net = Network.builder(xi).featureLagrangian((Lagrangian) m[1]).hiddenLagrangian((Lagrangian) m[2])
                    .tauFeature(1).tauHidden(0.5).input(input).build();
            double[] y0 = net.state(TestFixtures.gaussian(rng, 5, 1), TestFixtures.gaussian(rng, 7, 1));
            Trajectory tr = Simulation.of(net).duration(500).sampleEvery(0.5).stopAtFixedPoint(TOL).run(y0);
            assertEquals(StopReason.FIXED_POINT, tr.stopReason(), m[0] + ": " + tr.message());
            assertTrue(tr.isEnergyNonIncreasing(), m[0] + ": " + tr);
            double[] v = net.features(tr.finalState()), h = net.hidden(tr.finalState());
            double[] vStar = xi.multiplyTransposed(net.f(h));
            for (int i = 0; i < 5; i++) vStar[i] += input[i];
            double[] hStar = xi.multiply(net.g(v));
            // the event stops within its own convergence slack of ‖dy/dt‖∞ = TOL; allow 10×
            assertTrue(TestFixtures.maxDifference(v, vStar) <= 10 * TOL * net.tauFeature(),
                    m[0] + ": ‖v − ξᵀf − I‖∞ = " + TestFixtures.maxDifference(v, vStar));
            assertTrue(TestFixtures.maxDifference(h, hStar) <= 10 * TOL * net.tauHidden(),
                    m[0] + ": ‖h − ξg‖∞ = " + TestFixtures.maxDifference(h, hStar));
        }
    }

    /** §5 check 4: a state that already is a fixed point is reported at t = 0. */
    @Test
    void check4_initialFixedPointStopsAtOnce() {
        Memories xi = Memories.identity(2);
        Network net = Network.builder(xi).featureLagrangian(Lagrangians.identity()).hiddenLagrangian(Lagrangians.rectifiedPower(3)).build();
        // v = 0, h = 0: ξᵀf(0) = 0 = v and ξg(0) = 0 = h
        Trajectory tr = Simulation.of(net).stopAtFixedPoint(1e-12).run(new double[4]);
        assertEquals(StopReason.FIXED_POINT, tr.stopReason());
        assertEquals(0, tr.finalTime());
    }
}
