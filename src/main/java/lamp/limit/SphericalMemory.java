package lamp.limit;

import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;

/**
 * Model C, spherical memory (MATH.md §3): L_v = ‖v‖, so g = v/‖v‖ and v·g − L_v = 0;
 *
 * <pre>
 *   E = −I·g − L_h(ξ v/‖v‖)                                                    (M12)
 *   v ← ξᵀ f(ξ v/‖v‖) + I
 * </pre>
 *
 * Only the direction of v matters: E(c·v) = E(v) for c &gt; 0.
 */
public final class SphericalMemory extends EffectiveNetwork {

    /** Model C with hidden Lagrangian L_h (additive or log-sum-exp) and no input. */
    public SphericalMemory(Memories xi, Lagrangian hidden) {
        this(xi, hidden, null);
    }

    /** Model C with hidden Lagrangian L_h and input current I (null for zero). */
    public SphericalMemory(Memories xi, Lagrangian hidden, double[] input) {
        super(xi, Lagrangians.spherical(), hidden, 1, input);
    }

    @Override public String name() { return "spherical L_h=" + hiddenLagrangian().name(); }

    /** E (M12), computed directly from the direction g = v/‖v‖. */
    @Override
    public double energy(double[] v) {
        double[] g = featureLagrangian().activation(checkState(v));
        return representable("E(v) (M12)", -inputDot(g) - hiddenLagrangian().value(memories().multiply(g)));
    }
}
