package lamp.limit;

import java.util.List;
import lamp.lagrangian.Layer;
import lamp.lagrangian.Population;

import lamp.dynamics.EnergyModel;
import lamp.lagrangian.Lagrangians;
import lamp.base.Checks;
import lamp.memory.Memories;

/**
 * Hopfield's 1984 network of neurons with graded response, written his way with an explicit weight
 * matrix, as an independent reference for the limit of Model A that KH2020 derives in its Appendix B
 * (THEORY.md §3 (the continuous Hopfield network), §5 check 13):
 *
 * <pre>
 *   τ_f dv_i/dt = Σ_j T_ij g(v_j) − v_i + I_i                                        (24)
 *   E = −½ Σ_ij T_ij V_i V_j − Σ_i V_i I_i + Σ_i ∫₀^{V_i} g⁻¹(z) dz,   V = g(v)           (25)
 * </pre>
 *
 * with Hebbian weights T = ξᵀξ. KH2020 obtains it from the two-population network with
 * L_v = Σ_i ∫^{v_i} g(x) dx and L_h = ½‖h‖² (its (26)), activations g and f = h (its (27)): integrating
 * out the hidden neurons turns (M6) into (24) with T_ij = Σ_μ ξ_μi ξ_μj, and (M5) into
 *
 * <pre>
 *   E_eff = −½ Σ_ij T_ij V_i V_j − Σ_i V_i I_i + Σ_i [v_i V_i − ∫^{v_i} g(x) dx]           (28)
 * </pre>
 *
 * whose last term equals Hopfield's ∫₀^{V_i} g⁻¹ by parts, up to a constant per neuron
 * ({@link #effectiveEnergyOffset()}; 0 for tanh). {@link #effectiveNetwork()} builds that Model A from
 * lamp's general effective model, so the two can be compared state by state and along trajectories.
 * Along the dynamics (24), dE/dt = −τ_f Σ_i g'(v_i) v̇_i² ≤ 0 for monotone g.
 */
public final class ContinuousHopfield implements EnergyModel {
    private final Memories xi;
    private final double[][] weights;
    private final GradedResponse response;
    private final double tauFeature;
    private final double[] input;

    /** The network with T = ξᵀξ, response g, time constant τ_f and input I (null for zero input). */
    public ContinuousHopfield(Memories xi, GradedResponse response, double tauFeature, double[] input) {
        if (xi == null) throw new IllegalArgumentException("memories ξ are null");
        if (response == null) throw new IllegalArgumentException("graded response g is null");
        this.xi = xi;
        this.weights = Hebbian.weights(xi);
        this.response = response;
        this.tauFeature = Checks.positive("τ_f", tauFeature);
        this.input = input == null ? new double[xi.dimension()] : Checks.vector("input current I", input, xi.dimension()).clone();
    }

    /** A copy of the weights T = ξᵀξ (N_f × N_f, symmetric, diagonal included). */
    public double[][] weights() {
        double[][] copy = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) copy[i] = weights[i].clone();
        return copy;
    }

    /** The neurons' response g. */
    public GradedResponse response() { return response; }

    /** τ_f. */
    public double tauFeature() { return tauFeature; }

    /** {τ_f}: the one time constant of the flow. */
    @Override
    public double[] timeConstants() { return new double[] {tauFeature}; }

    /** A copy of I. */
    public double[] input() { return input.clone(); }

    /** The memories ξ, whose Hebbian weights are T. */
    public Memories memories() { return xi; }

    @Override public int featureCount() { return xi.dimension(); }

    /** The outputs V = g(v). */
    public double[] output(double[] v) {
        checkState(v);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = response.output(v[i]);
        return out;
    }

    /**
     * Hopfield's energy (25) as a function of the outputs V (each in the closed range of g):
     * −½ VᵀTV − V·I + Σ_i ∫₀^{V_i} g⁻¹(z) dz.
     */
    public double energyOfOutputs(double[] outputs) {
        Checks.vector("outputs V", outputs, featureCount());
        double[] tv = times(outputs);
        double e = 0;
        for (int i = 0; i < outputs.length; i++) {
            e += -0.5 * outputs[i] * tv[i] - outputs[i] * input[i] + response.inverseIntegral(outputs[i]);
        }
        return e;
    }

    /** Hopfield's energy (25) at V = g(v). */
    @Override
    public double energy(double[] v) {
        return energyOfOutputs(output(v));
    }

    /** dv/dt from (24): (T g(v) − v + I)/τ_f. */
    public double[] velocity(double[] v) {
        double[] tg = times(output(v));
        for (int i = 0; i < tg.length; i++) tg[i] = (tg[i] - v[i] + input[i]) / tauFeature;
        return tg;
    }

    /**
     * dE/dt along (24): ∂E/∂V_i = −(TV + I)_i + g⁻¹(V_i) = −τ_f v̇_i and dV_i/dt = g'(v_i) v̇_i, so
     * dE/dt = −τ_f Σ_i g'(v_i) v̇_i².
     */
    @Override
    public double energyRate(double[] v) {
        double[] dv = velocity(v);
        double s = 0;
        for (int i = 0; i < v.length; i++) s += response.gain(v[i]) * dv[i] * dv[i];
        return -tauFeature * s;
    }

    /**
     * E_eff − E: how much the effective energy (28) of {@link #effectiveNetwork()} exceeds Hopfield's
     * (25) at every state, N_f·(−L(0) − ∫₀^{g(0)} g⁻¹); 0 for tanh and the logistic sigmoid.
     */
    public double effectiveEnergyOffset() {
        return featureCount() * response.energyOffset();
    }

    /**
     * The same network as Model A in the fast-hidden limit: L_v = Σ ∫g (the response's Lagrangian),
     * L_h = ½‖h‖² (identity), the same ξ, τ_f and I (KH2020 (26)–(27)); its (M5) is (28), its (M6) is (24).
     */
    public EffectiveNetwork effectiveNetwork() {
        return new EffectiveNetwork(xi, response.featureLagrangian(), Lagrangians.identity(), tauFeature, input);
    }

    @Override public int getDimension() { return featureCount(); }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        double[] dv = velocity(y);
        System.arraycopy(dv, 0, yDot, 0, dv.length);
    }

    /** L_v = Σ∫g at v and L_h = ½‖h‖² at h = ξg(v): the Lagrangians of the Model A network it is the limit of. */
    @Override
    public List<Layer> layers(double[] v) {
        checkState(v);
        return List.of(new Layer(Population.FEATURE, response.featureLagrangian(), v.clone()),
                new Layer(Population.HIDDEN, Lagrangians.identity(), xi.multiply(output(v))));
    }

    private double[] times(double[] x) {
        int n = weights.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            double[] row = weights[i];
            for (int j = 0; j < n; j++) s += row[j] * x[j];
            out[i] = s;
        }
        return out;
    }

    private double[] checkState(double[] v) {
        return Checks.vector("feature state v", v, featureCount());
    }

    @Override
    public String toString() {
        return "ContinuousHopfield[g = " + response.name() + ", " + xi.count() + " memories × " + xi.dimension() + " features]";
    }
}
