package lamp.limit;

import static lamp.network.TestFixtures.assertRelative;
import static lamp.network.TestFixtures.gaussian;
import static lamp.network.TestFixtures.gaussianMemories;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import lamp.network.Network;
import org.junit.jupiter.api.Test;

/**
 * THEORY.md §5 check 1 for the fast-hidden limit: dE_eff/dt = −τ_f v̇ᵀH_v v̇ equals the central finite
 * difference (step 1e-6) of E_eff (M5) along the flow (M6), at random states, for Models A, B, C.
 * Also: the direct energies of Models B (M10) and C (M12) agree with the general (M5), and E_eff is
 * the microscopic E (M3) at h = ξg(v).
 */
class EffectiveEnergyRateTest {

    static final double EPS = 1e-6;
    static final int N_F = 8, N_H = 12;

    static EffectiveNetwork[] models(Random rng) {
        Memories xi = gaussianMemories(rng, N_H, N_F, 1 / Math.sqrt(N_F));
        double[] in = gaussian(rng, N_F, 0.5);
        return new EffectiveNetwork[] {
            new EffectiveNetwork(xi, Lagrangians.tanh(1), Lagrangians.rectifiedPower(3), 1, in),
            new EffectiveNetwork(xi, Lagrangians.tanh(2), Lagrangians.exponential(1), 0.5, in),
            new EffectiveNetwork(xi, Lagrangians.identity(), Lagrangians.logSumExp(2), 1, in),
            new ModernHopfield(xi, 2, in),
            new SphericalMemory(xi, Lagrangians.logSumExp(1), in),
            new SphericalMemory(xi, Lagrangians.rectifiedPower(3), in),
        };
    }

    /** §5 check 1 (effective model): analytic rate vs finite difference along (M6). */
    @Test
    void check1_effectiveEnergyRateEqualsFiniteDifference() {
        Random rng = new Random(111);
        for (EffectiveNetwork model : models(rng)) {
            for (int s = 0; s < 20; s++) {
                double[] v = gaussian(rng, N_F, 1);
                double[] dv = model.velocity(v);
                double[] plus = v.clone(), minus = v.clone();
                for (int i = 0; i < N_F; i++) {
                    plus[i] += EPS * dv[i];
                    minus[i] -= EPS * dv[i];
                }
                double fd = (model.energy(plus) - model.energy(minus)) / (2 * EPS);
                double rate = model.energyRate(v);
                assertEquals(rate, fd, 1e-6 * Math.max(1, Math.abs(rate)), model + " state " + s);
                assertTrue(rate <= 1e-12, model + ": dE_eff/dt = " + rate);
                double expected = -model.tauFeature() * model.featureLagrangian().hessianQuadraticForm(v, dv);
                assertEquals(expected, rate, 1e-12 * (1 + Math.abs(expected)));
            }
        }
    }

    /** (M6) and (M7) written out: v̇ = (ξᵀf(ξg) − v + I)/τ_f and update = ξᵀf(ξg) + I. */
    @Test
    void check1_velocityAndUpdateAreM6M7() {
        Random rng = new Random(112);
        for (EffectiveNetwork model : models(rng)) {
            Memories xi = model.memories();
            double[] in = model.input();
            double[] v = gaussian(rng, N_F, 1);
            double[] f = model.hiddenLagrangian().activation(xi.multiply(model.featureLagrangian().activation(v)));
            double[] upd = model.update(v), vel = model.velocity(v), yDot = new double[N_F];
            model.computeDerivatives(0, v, yDot);
            for (int i = 0; i < N_F; i++) {
                double drive = in[i];
                for (int mu = 0; mu < N_H; mu++) drive += xi.get(mu, i) * f[mu];
                assertEquals(drive, upd[i], 1e-12 * (1 + Math.abs(drive)), model + " update[" + i + "]");
                assertEquals((drive - v[i]) / model.tauFeature(), vel[i], 1e-12 * (1 + Math.abs(drive)), model + " velocity[" + i + "]");
                assertEquals(vel[i], yDot[i], 1e-15 * (1 + Math.abs(vel[i])));
            }
        }
    }

    /** The direct (M10), (M12) energies equal the general (M5), which equals (M3) at h = ξg(v). */
    @Test
    void check1_directEnergiesAgreeWithM5AndM3() {
        Random rng = new Random(113);
        for (EffectiveNetwork model : models(rng)) {
            EffectiveNetwork general = new EffectiveNetwork(model.memories(), model.featureLagrangian(), model.hiddenLagrangian(),
                    model.tauFeature(), model.input());
            Network micro = Network.builder(model.memories()).featureLagrangian(model.featureLagrangian())
                    .hiddenLagrangian(model.hiddenLagrangian()).tauFeature(model.tauFeature()).input(model.input()).build();
            for (int s = 0; s < 5; s++) {
                double[] v = gaussian(rng, N_F, 1);
                assertRelative(general.energy(v), model.energy(v), 1e-9, model + " direct vs (M5)");
                assertRelative(micro.energy(micro.adiabaticState(v)), general.energy(v), 1e-9, model + " (M5) vs (M3) at h = ξg");
                assertRelative(EffectiveNetwork.fastHiddenLimit(micro).energy(v), general.energy(v), 1e-12, model + " fastHiddenLimit");
            }
        }
    }
}
