package lamp.limit;

import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.base.Checks;
import lamp.linalg.Dense;
import lamp.memory.Memories;

/**
 * Model C, spherical memory (THEORY.md §3; KH2020 (17)–(22)): L_v = ‖v‖, so g = v/‖v‖ (divisive
 * normalisation, KH2020 (18)) and v·g − L_v = 0;
 *
 * <pre>
 *   E = −I·g − L_h(ξ v/‖v‖)                                                    (M12), (21) at I = 0
 *   τ_f dv/dt = ξᵀ f(ξ v/‖v‖) − α v + I                                        (22) at I = 0
 *   v ← ξᵀ f(ξ v/‖v‖) + I                                                      (M7), α = 1, Δt = τ_f
 * </pre>
 *
 * The paper's hidden Lagrangian is additive, L_h = Σ_μ F(h_μ) (17); log-sum-exp is lamp's extension.
 * The decay coefficient α ≥ 0 is free and may be 0: the feature Hessian (I − ggᵀ)/‖v‖ annihilates v
 * (KH2020 (20)), so the α-term drops out of dE/dt = −τ_f v̇ᵀ∇²L_v v̇ ≤ 0. The energy, the fixed-point
 * directions and the path of v/‖v‖ do not depend on α; only ‖v‖ and the speed along the path do
 * (du/dt = (I − uuᵀ)(ξᵀf + I)/(τ_f‖v‖), u = v/‖v‖; THEORY.md check 15). With α = 0 the flow has no
 * fixed point in v (‖v‖ keeps growing), only a fixed direction. α = 1 is (M6) of the general
 * {@link EffectiveNetwork}. The discrete {@link #update} is (M7) whatever α: it depends on v only
 * through its direction, E(c·v) = E(v) for c &gt; 0.
 */
public final class SphericalMemory extends EffectiveNetwork {
    private final double decay;

    /** Model C with hidden Lagrangian L_h (additive, or lamp's log-sum-exp), no input, α = 1. */
    public SphericalMemory(Memories xi, Lagrangian hidden) {
        this(xi, hidden, null);
    }

    /** Model C with hidden Lagrangian L_h and input current I (null for zero), α = 1. */
    public SphericalMemory(Memories xi, Lagrangian hidden, double[] input) {
        this(xi, hidden, input, 1);
    }

    /**
     * Model C with hidden Lagrangian L_h, input current I (null for zero) and decay coefficient α
     * (finite, ≥ 0; KH2020 (19), (22)), τ_f = 1.
     */
    public SphericalMemory(Memories xi, Lagrangian hidden, double[] input, double decay) {
        super(xi, Lagrangians.spherical(), hidden, 1, input);
        this.decay = Checks.atLeast("decay coefficient α", decay, 0);
    }

    /** The same model (ξ, L_h, I) with decay coefficient α instead (finite, ≥ 0). */
    public SphericalMemory withDecay(double alpha) {
        return new SphericalMemory(memories(), hiddenLagrangian(), input(), alpha);
    }

    /** α, the decay coefficient of (19) and (22). */
    public double decay() { return decay; }

    @Override public String name() {
        return "spherical L_h=" + hiddenLagrangian().name() + (decay == 1 ? "" : ", α=" + decay);
    }

    /** E (M12), computed directly from the direction g = v/‖v‖; it does not depend on α. */
    @Override
    public double energy(double[] v) {
        double[] g = featureLagrangian().activation(checkState(v));
        return representable("E(v) (M12)", -inputDot(g) - hiddenLagrangian().value(memories().multiply(g)));
    }

    /** dv/dt = (ξᵀf(ξv/‖v‖) + I − αv)/τ_f, KH2020 (22) with lamp's input I. */
    @Override
    public double[] velocity(double[] v) {
        double[] d = drive(checkState(v));
        for (int i = 0; i < d.length; i++) d[i] = (d[i] - decay * v[i]) / tauFeature();
        return representable("the velocity dv/dt", d);
    }

    /**
     * du/dt for the direction u = v/‖v‖: (I − uuᵀ)(ξᵀf + I)/(τ_f‖v‖), the same for every α (the
     * α-term is along v and the projection removes it).
     */
    public double[] directionVelocity(double[] v) {
        double[] d = velocity(v);
        double r = Dense.norm(v);
        double[] u = featureLagrangian().activation(v);
        double along = Dense.dot(u, d);
        for (int i = 0; i < d.length; i++) d[i] = (d[i] - along * u[i]) / r;
        return representable("the direction velocity du/dt", d);
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        if (yDot == null || yDot.length != featureCount()) {
            throw new IllegalArgumentException("the derivative dv/dt needs length N_f = " + featureCount() + ", got " + (yDot == null ? "null" : yDot.length));
        }
        double[] d = drive(y);
        for (int i = 0; i < d.length; i++) yDot[i] = (d[i] - decay * y[i]) / tauFeature();
    }
}
