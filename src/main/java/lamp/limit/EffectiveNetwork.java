package lamp.limit;

import java.util.List;
import lamp.dynamics.EnergyModel;
import lamp.lagrangian.Convexity;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Layer;
import lamp.lagrangian.Population;
import lamp.base.Checks;
import lamp.linalg.Dense;
import lamp.memory.Memories;
import lamp.network.Network;

/**
 * The feature neurons alone, once the hidden neurons are integrated out (fast-hidden limit,
 * h = ξg(v), KH2020 (5), THEORY.md §2); {@link #fastHiddenLimit(Network)} reduces a {@link Network} to it:
 *
 * <pre>
 *   E_eff(v) = (v − I)·g − L_v(v) − L_h(ξg)                                   (M5)
 *   τ_f dv/dt = ξᵀf(ξg(v)) − v + I                                             (M6)
 *   dE_eff/dt = −τ_f v̇ᵀ∇²L_v v̇
 *   v ← ξᵀf(ξg(v)) + I       (one Euler step of M6 with Δt = τ_f)                (M7)
 * </pre>
 *
 * The named limits of §3 are instances: {@link ModernHopfield} (Model B), {@link SphericalMemory}
 * (Model C); the binary Model A is {@link DenseAssociativeMemory}. Energies, updates and rates
 * that leave the double range (an exponential L_h far from the origin) are ArithmeticExceptions
 * naming the quantity, never ±∞ or NaN.
 *
 * <p>The drive ξᵀf(ξg) is {@link Memories#drive}, which reads ξ once when L_h and the size of ξ
 * allow it; every form agrees within 10⁻¹² of Σ_μ|ξ_μi f_μ| per entry.
 */
public class EffectiveNetwork implements AssociativeMemory, EnergyModel {
    private final Memories xi;
    private final Lagrangian feature, hidden;
    private final double tauFeature;
    private final double[] input;
    /** One thread's buffers for the drive: g, and h, f of the hidden layer. */
    private final ThreadLocal<double[][]> workspace;

    /** The effective model of ξ, L_v, L_h, τ_f and I (I may be null for zero input). */
    public EffectiveNetwork(Memories xi, Lagrangian feature, Lagrangian hidden, double tauFeature, double[] input) {
        if (xi == null) throw new IllegalArgumentException("memories ξ are null");
        if (feature == null || hidden == null) throw new IllegalArgumentException("Lagrangians must not be null");
        this.xi = xi;
        this.feature = feature;
        this.hidden = hidden;
        this.tauFeature = Checks.positive("τ_f", tauFeature);
        this.input = input == null ? new double[xi.dimension()] : Checks.vector("input current I", input, xi.dimension()).clone();
        int n = xi.dimension(), k = xi.count();
        this.workspace = ThreadLocal.withInitial(() -> new double[][] {new double[n], new double[k], new double[k]});
    }

    /**
     * The fast-hidden limit of a two-population network (THEORY.md §2): as τ_h → 0 its hidden neurons
     * sit at the steady state h = ξg(v) (KH2020 (5)), and putting it into the network's energy (M3)
     * and flow (M2) leaves the feature neurons alone,
     * <pre>
     *   E_eff(v) = (v − I)·g − L_v(v) − L_h(ξg(v))                                (M5)
     *   τ_f dv/dt = ξᵀf(ξg(v)) − v + I                                             (M6)
     * </pre>
     * with the network's ξ, L_v, L_h, τ_f and I (τ_h drops out). Only a symmetric network with decay
     * α = 1 reduces to (M5)–(M7): anything else is an IllegalStateException naming what stands in the way.
     */
    public static EffectiveNetwork fastHiddenLimit(Network network) {
        if (network == null) throw new IllegalArgumentException("network is null");
        if (!network.symmetric()) {
            throw new IllegalStateException("an asymmetric network (backward weights A ≠ ξ) has no energy and no effective model (M5–M7)");
        }
        if (network.decay() != 1) {
            throw new IllegalStateException("the effective model (M6) has decay α = 1, this network α = " + network.decay()
                    + "; for L_v = ‖v‖ use SphericalMemory with the same α (KH2020 (22))");
        }
        return new EffectiveNetwork(network.memories(), network.featureLagrangian(), network.hiddenLagrangian(),
                network.tauFeature(), network.input());
    }

    @Override public String name() { return "effective(L_v=" + feature.name() + ", L_h=" + hidden.name() + ")"; }
    @Override public Memories memories() { return xi; }
    @Override public int featureCount() { return xi.dimension(); }
    /** L_v. */
    public Lagrangian featureLagrangian() { return feature; }
    /** L_h. */
    public Lagrangian hiddenLagrangian() { return hidden; }
    /** τ_f. */
    public double tauFeature() { return tauFeature; }

    /** {τ_f}: the one time constant of the flow. */
    @Override
    public double[] timeConstants() { return new double[] {tauFeature}; }

    /** A copy of I. */
    public double[] input() { return input.clone(); }

    /** The hidden state the fast limit assumes, h = ξg(v). */
    public double[] hiddenState(double[] v) {
        return representable("the hidden state ξg(v)", xi.multiply(feature.activation(checkState(v))));
    }

    /** E_eff(v) (M5). */
    @Override
    public double energy(double[] v) {
        checkState(v);
        double[] g = feature.activation(v);
        return representable("E_eff(v)", feature.energyTerm(v, input) - hidden.value(xi.multiply(g)));
    }

    /** I·x, the input term of the energies (M5, M10, M12). */
    protected final double inputDot(double[] x) {
        return Dense.dot(input, x);
    }

    /**
     * The drive ξᵀf(ξg(v)) + I, i.e. the fixed-point map of (M6) and the update (M7), as computed
     * (not checked: the ODE right-hand side passes it on to the integrator as it is); update,
     * velocity, rate and ODE all use it.
     */
    protected final double[] drive(double[] v) {
        double[] out = new double[featureCount()];
        drive(v, out);
        return out;
    }

    /** The drive written into {@code out} (length N_f), {@link Memories#drive} plus I; allocates no arrays (per-thread buffers). */
    private void drive(double[] v, double[] out) {
        double[][] w = workspace.get();
        double[] g = w[0], h = w[1], f = w[2];
        feature.activation(v, g);
        xi.drive(g, hidden, h, f, out);
        for (int i = 0; i < out.length; i++) out[i] += input[i];
    }

    /** {@code value} itself when finite, else an ArithmeticException naming the quantity and this model. */
    protected final double representable(String what, double value) {
        if (Double.isFinite(value)) return value;
        throw new ArithmeticException(what + " is " + value + " for " + name() + ": " + why(value));
    }

    /** {@code values} itself when every entry is finite, else an ArithmeticException naming the first bad entry. */
    protected final double[] representable(String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new ArithmeticException(what + " has " + values[i] + " at entry " + i + " for " + name() + ": " + why(values[i]));
            }
        }
        return values;
    }

    private static String why(double value) {
        return Double.isNaN(value)
                ? "not a number (a Lagrangian is undefined here, or two overflowing terms cancel)"
                : "beyond the double range (the Lagrangians' values or activations overflow at this state)";
    }

    /** One discrete update v ← ξᵀf(ξg(v)) + I (M7). */
    @Override
    public double[] update(double[] v) {
        return representable("the update ξᵀf(ξg(v)) + I", drive(checkState(v)));
    }

    /** dv/dt (M6). */
    public double[] velocity(double[] v) {
        double[] d = drive(checkState(v));
        for (int i = 0; i < d.length; i++) d[i] = (d[i] - v[i]) / tauFeature;
        return representable("the velocity dv/dt", d);
    }

    /** dE_eff/dt = −τ_f v̇ᵀ∇²L_v v̇ along (M6). */
    @Override
    public double energyRate(double[] v) {
        double[] dv = velocity(v);
        return representable("dE_eff/dt", -tauFeature * feature.hessianQuadraticForm(v, dv));
    }

    /** Smallest Hessian eigenvalues of L_v at v and L_h at ξg(v). */
    public Convexity convexity(double[] v) {
        return Convexity.of(layers(v));
    }

    /** L_v at v and L_h at h = ξg(v). */
    @Override
    public List<Layer> layers(double[] v) {
        return List.of(new Layer(Population.FEATURE, feature, checkState(v).clone()), new Layer(Population.HIDDEN, hidden, hiddenState(v)));
    }

    @Override public int getDimension() { return featureCount(); }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        int n = featureCount();
        drive(y, yDot);
        for (int i = 0; i < n; i++) yDot[i] = (yDot[i] - y[i]) / tauFeature;
    }

    /** Requires a finite feature state of length N_f; returns it. */
    protected final double[] checkState(double[] v) {
        return Checks.vector("feature state v", v, featureCount());
    }

    @Override public String toString() { return name() + "[" + xi.count() + " memories × " + xi.dimension() + " features]"; }
}
