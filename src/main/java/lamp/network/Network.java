package lamp.network;

import java.util.Arrays;
import java.util.List;
import lamp.dynamics.EnergyModel;
import lamp.dynamics.Simulation;
import lamp.lagrangian.Convexity;
import lamp.lagrangian.Lagrangian;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.Layer;
import lamp.lagrangian.Population;
import lamp.base.Checks;
import lamp.linalg.Dense;
import lamp.memory.Memories;

/**
 * The microscopic two-population network of THEORY.md §1: N_f feature neurons v with Lagrangian L_v,
 * N_h hidden neurons h with Lagrangian L_h, two-body weights ξ (N_h × N_f), time constants τ_f, τ_h
 * and input current I.
 *
 * <pre>
 *   τ_f dv/dt = ξᵀf − v + I,   τ_h dh/dt = ξg − h                                  (M2)
 *   E = [(v − I)·g − L_v] + [h·f − L_h] − f·ξg                                     (M3)
 *   dE/dt = −τ_f v̇ᵀ∇²L_v v̇ − τ_h ḣᵀ∇²L_h ḣ                                        (M4)
 * </pre>
 *
 * Two options (KH2020 (19) and §1) generalise (M2), with the energy (M3) unchanged:
 * <ul>
 * <li>the feature decay coefficient α of KH2020 (19) ({@link Builder#decay}, default 1):
 *     τ_f dv/dt = ξᵀf − αv + I. Then dE/dt = −τ_f v̇ᵀ∇²L_v v̇ − τ_h ḣᵀ∇²L_h ḣ + (1 − α) vᵀ∇²L_v v̇;
 *     with L_v = ‖v‖ the Hessian annihilates v (KH2020 (20)) and the α-term drops out, so E never
 *     rises for any α ≥ 0 (THEORY.md check 17);</li>
 * <li>backward weights A ≠ ξ ({@link Builder#backwardWeights}; KH2020 §1: symmetric synapses "can
 *     be relaxed"): τ_h dh/dt = ξg − h from feature to hidden, τ_f dv/dt = Aᵀf − αv + I back.
 *     E (M3) is written with the forward weights ξ, and dE/dt gains v̇ᵀ∇²L_v (A − ξ)ᵀf, of either
 *     sign: the network has no energy guarantee and E can rise (THEORY.md check 18).</li>
 * </ul>
 * {@link #energyRate(double[], double[])} includes both terms, so it is the exact dE/dt in every case.
 *
 * Build with {@link #builder(Memories)}; integrate with {@link Simulation}. Its fast-hidden limit, the
 * feature neurons alone (M5–M7), is {@code lamp.limit.EffectiveNetwork.fastHiddenLimit(network)}, one
 * layer up. Immutable and safe to share between threads.
 */
public final class Network implements EnergyModel {
    private final Memories xi;
    private final Lagrangian feature, hidden;
    private final double tauFeature, tauHidden;
    /** α of KH2020 (19): τ_f dv/dt = ξᵀf − αv + I (1 in (M2)). */
    private final double decay;
    /** The weights A from hidden back to feature neurons; null when symmetric (A = ξ). */
    private final Memories backward;
    private final double[] input;
    /** Per-thread buffers of the right-hand side (M2), so an integration step allocates no arrays. */
    private final ThreadLocal<Workspace> workspace;

    private Network(Builder b) {
        this.xi = b.xi;
        this.feature = b.feature;
        this.hidden = b.hidden;
        this.tauFeature = b.tauFeature;
        this.tauHidden = b.tauHidden;
        this.decay = b.decay;
        this.backward = b.backward;
        this.input = b.input == null ? new double[xi.dimension()] : b.input.clone();
        int n = xi.dimension(), k = xi.count();
        this.workspace = ThreadLocal.withInitial(() -> new Workspace(n, k));
    }

    /** A builder for a network with memories ξ; defaults: L_v identity, L_h log-sum-exp β = 1, τ_f = 1, τ_h = 0.1, I = 0. */
    public static Builder builder(Memories xi) {
        return new Builder(xi);
    }

    /** The stored memories ξ. */
    public Memories memories() { return xi; }
    /** The feature Lagrangian L_v. */
    public Lagrangian featureLagrangian() { return feature; }
    /** The hidden Lagrangian L_h. */
    public Lagrangian hiddenLagrangian() { return hidden; }
    /** τ_f. */
    public double tauFeature() { return tauFeature; }
    /** τ_h. */
    public double tauHidden() { return tauHidden; }
    /** A copy of the input current I. */
    public double[] input() { return input.clone(); }
    /** N_f. */
    @Override public int featureCount() { return xi.dimension(); }
    /** N_h. */
    public int hiddenCount() { return xi.count(); }
    /** α, the feature decay coefficient of KH2020 (19) (1 in (M2)). */
    public double decay() { return decay; }
    /** Whether the synapses are symmetric: the backward weights A are the forward weights ξ. */
    public boolean symmetric() { return backward == null; }
    /** The backward weights A (hidden → feature): ξ itself when the network is symmetric. */
    public Memories backwardWeights() { return backward == null ? xi : backward; }

    /** The feature activation g = ∂L_v/∂v at v (M1). */
    public double[] g(double[] v) {
        Checks.vector("feature state v", v, featureCount());
        return feature.activation(v);
    }

    /** The hidden activation f = ∂L_h/∂h at h (M1). */
    public double[] f(double[] h) {
        Checks.vector("hidden state h", h, hiddenCount());
        return hidden.activation(h);
    }

    /** dv/dt = (Aᵀf − αv + I)/τ_f ((M2) with A = ξ and α = 1; KH2020 (19)). */
    public double[] featureVelocity(double[] v, double[] h) {
        return velocity(check(v, h), h)[0];
    }

    /** dh/dt = (ξg − h)/τ_h (M2). */
    public double[] hiddenVelocity(double[] v, double[] h) {
        return velocity(check(v, h), h)[1];
    }

    /** {dv/dt, dh/dt} (M2) in fresh arrays. */
    private double[][] velocity(double[] v, double[] h) {
        double[] dv = new double[featureCount()], dh = new double[hiddenCount()];
        rightHandSide(v, h, new double[dv.length], new double[dh.length], dv, dh);
        return new double[][] {dv, dh};
    }

    /**
     * (M2) with caller-provided buffers: g and f are overwritten with the activations, dv and dh with
     * the velocities. The one home of the right-hand side; its two products ξg and ξᵀf are
     * {@link Memories#pair}.
     */
    private void rightHandSide(double[] v, double[] h, double[] g, double[] f, double[] dv, double[] dh) {
        feature.activation(v, g);
        hidden.activation(h, f);
        xi.pair(g, f, dh, dv);
        for (int i = 0; i < dv.length; i++) dv[i] = (dv[i] - v[i] + input[i]) / tauFeature;
        for (int mu = 0; mu < dh.length; mu++) dh[mu] = (dh[mu] - h[mu]) / tauHidden;
        if (decay != 1 || backward != null) generalise(v, f, dv);
    }

    /**
     * KH2020 (19) and §1 on top of (M2): adds (1 − α)v/τ_f for the decay α and (Aᵀf − ξᵀf)/τ_f for
     * backward weights A ≠ ξ, so that τ_f dv/dt = Aᵀf − αv + I. An asymmetric network allocates
     * its two products here on every call: it is for checks of the energy, not for speed.
     */
    private void generalise(double[] v, double[] f, double[] dv) {
        double[] back = backward == null ? null : backward.multiplyTransposed(f);
        double[] forward = backward == null ? null : xi.multiplyTransposed(f);
        for (int i = 0; i < dv.length; i++) {
            dv[i] += ((1 - decay) * v[i] + (back == null ? 0 : back[i] - forward[i])) / tauFeature;
        }
    }

    /**
     * The energy (M3) with its three terms: each population's own energy is its Lagrangian's
     * {@link Lagrangian#energyTerm Legendre term} (with the input I for the features), and the
     * synapse term is −f·ξg.
     */
    public Energy energyTerms(double[] v, double[] h) {
        check(v, h);
        double featureTerm = feature.energyTerm(v, input);
        double hiddenTerm = hidden.energyTerm(h, null);
        double synapse = -Dense.dot(hidden.activation(h), xi.multiply(feature.activation(v)));
        representable("the feature bracket (v − I)·g − L_v of E (M3)", featureTerm);
        representable("the hidden bracket h·f − L_h of E (M3)", hiddenTerm);
        representable("the synapse term −f·ξg of E (M3)", synapse);
        return new Energy(featureTerm, hiddenTerm, synapse);
    }

    /**
     * E(v, h) (M3); an ArithmeticException naming the term when a Lagrangian overflows or is undefined
     * at (v, h), as the effective network's energy does (no silent NaN or ∞).
     */
    public double energy(double[] v, double[] h) {
        return representable("E (M3)", energyTerms(v, h).total());
    }

    /** The analytic dE/dt (M4) at (v, h); an ArithmeticException when it is not representable there. */
    public double energyRate(double[] v, double[] h) {
        if (decay != 1 || backward != null) return generalisedRate(check(v, h), h);
        double[][] d = velocity(check(v, h), h);
        for (double[] velocity : d) representable("the velocity (M2)", velocity);
        return representable("dE/dt (M4)", -tauFeature * feature.hessianQuadraticForm(v, d[0]) - tauHidden * hidden.hessianQuadraticForm(h, d[1]));
    }

    /** {@code value} itself when finite, else an ArithmeticException naming the quantity and this network. */
    private double representable(String what, double value) {
        if (Double.isFinite(value)) return value;
        throw new ArithmeticException(what + " is " + value + " for " + this + ": " + (Double.isNaN(value)
                ? "not a number (a Lagrangian is undefined here, or two overflowing terms cancel)"
                : "beyond the double range (the Lagrangians' values or activations overflow at this state)"));
    }

    private void representable(String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) representable(what + " at entry " + i, values[i]);
        }
    }

    /** The smallest Hessian eigenvalues of L_v at v and L_h at h (M4): whether E can rise there. */
    public Convexity convexity(double[] v, double[] h) {
        check(v, h);
        return Convexity.of(List.of(new Layer(Population.FEATURE, feature, v.clone()), new Layer(Population.HIDDEN, hidden, h.clone())));
    }

    /**
     * dE/dt with the decay α and backward weights A: (M4) plus (1 − α) v̇ᵀ∇²L_v v and v̇ᵀ∇²L_v (A − ξ)ᵀf.
     * From dE/dt = v̇ᵀ∇²L_v (v − I − ξᵀf) + ḣᵀ∇²L_h (h − ξg) with v − I − ξᵀf = −τ_f v̇ + (1 − α)v + (A − ξ)ᵀf
     * and h − ξg = −τ_h ḣ.
     */
    private double generalisedRate(double[] v, double[] h) {
        double[][] d = velocity(v, h);
        double rate = -tauFeature * feature.hessianQuadraticForm(v, d[0]) - tauHidden * hidden.hessianQuadraticForm(h, d[1]);
        double[] extra = new double[v.length];
        for (int i = 0; i < v.length; i++) extra[i] = (1 - decay) * v[i];
        if (backward != null) {
            double[] f = hidden.activation(h);
            double[] back = backward.multiplyTransposed(f), forward = xi.multiplyTransposed(f);
            for (int i = 0; i < v.length; i++) extra[i] += back[i] - forward[i];
        }
        return rate + Dense.dot(feature.hessianTimes(v, d[0]), extra);
    }

    /** Joins v and h into the ODE state y = [v; h]. */
    public double[] state(double[] v, double[] h) {
        check(v, h);
        double[] y = new double[v.length + h.length];
        System.arraycopy(v, 0, y, 0, v.length);
        System.arraycopy(h, 0, y, v.length, h.length);
        return y;
    }

    /** The state at rest for the features v: h = ξg(v), the point the fast-hidden limit assumes. */
    public double[] adiabaticState(double[] v) {
        return state(v, xi.multiply(g(v)));
    }

    /** The feature part v of y = [v; h]. */
    public double[] features(double[] y) {
        return Arrays.copyOfRange(checkState(y), 0, featureCount());
    }

    /** The hidden part h of y = [v; h]. */
    public double[] hidden(double[] y) {
        return Arrays.copyOfRange(checkState(y), featureCount(), y.length);
    }

    // --- EnergyModel: the ODE on y = [v; h] -----------------------------------------------

    @Override public int getDimension() { return featureCount() + hiddenCount(); }

    /** {τ_f, τ_h}: the feature and hidden time constants of (M2), KH2020 (1). */
    @Override
    public double[] timeConstants() { return new double[] {tauFeature, tauHidden}; }

    /** (M2) on y = [v; h], written into yDot; allocates no arrays (the buffers are per thread). */
    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        Workspace w = workspace.get();
        int n = w.v.length, k = w.h.length;
        if (y == null || yDot == null || y.length != n + k || yDot.length != n + k) {
            throw new IllegalArgumentException("the state y = [v; h] and its derivative need length " + (n + k) + " (N_f + N_h), got "
                    + (y == null ? "null" : y.length) + " and " + (yDot == null ? "null" : yDot.length));
        }
        System.arraycopy(y, 0, w.v, 0, n);
        System.arraycopy(y, n, w.h, 0, k);
        rightHandSide(w.v, w.h, w.g, w.f, w.dv, w.dh);
        System.arraycopy(w.dv, 0, yDot, 0, n);
        System.arraycopy(w.dh, 0, yDot, n, k);
    }

    @Override public double energy(double[] y) { return energy(features(y), hidden(y)); }

    @Override public double energyRate(double[] y) { return energyRate(features(y), hidden(y)); }

    /** L_v at v and L_h at h. */
    @Override
    public List<Layer> layers(double[] y) {
        return List.of(new Layer(Population.FEATURE, feature, features(y)), new Layer(Population.HIDDEN, hidden, hidden(y)));
    }

    private double[] checkState(double[] y) {
        return Checks.vector("network state [v; h]", y, featureCount() + hiddenCount());
    }

    private double[] check(double[] v, double[] h) {
        Checks.vector("feature state v", v, featureCount());
        Checks.vector("hidden state h", h, hiddenCount());
        return v;
    }

    @Override
    public String toString() {
        return "Network{N_f=" + featureCount() + ", N_h=" + hiddenCount() + ", L_v=" + feature.name() + ", L_h=" + hidden.name()
                + ", τ_f=" + tauFeature + ", τ_h=" + tauHidden + ", α=" + decay
                + (backward == null ? "" : ", asymmetric: backward weights A ≠ ξ, no energy guarantee") + "}";
    }

    /** The buffers of one thread's right-hand side: v, h copied out of y, the activations, the velocities. */
    private static final class Workspace {
        final double[] v, h, g, f, dv, dh;

        Workspace(int n, int k) {
            v = new double[n];
            g = new double[n];
            dv = new double[n];
            h = new double[k];
            f = new double[k];
            dh = new double[k];
        }
    }

    /** Fluent construction of a {@link Network}. */
    public static final class Builder {
        private final Memories xi;
        private Lagrangian feature = Lagrangians.identity();
        private Lagrangian hidden = Lagrangians.logSumExp(1);
        private double tauFeature = 1, tauHidden = 0.1, decay = 1;
        private Memories backward;
        private double[] input;

        private Builder(Memories xi) {
            if (xi == null) throw new IllegalArgumentException("memories ξ are null");
            this.xi = xi;
        }

        /** L_v, the feature neurons' Lagrangian. */
        public Builder featureLagrangian(Lagrangian l) { this.feature = nonNull("feature Lagrangian", l); return this; }
        /** L_v by catalogue name, e.g. {@code "identity"}. */
        public Builder featureLagrangian(String name) { return featureLagrangian(Lagrangians.byName(name)); }
        /** L_h, the hidden neurons' Lagrangian. */
        public Builder hiddenLagrangian(Lagrangian l) { this.hidden = nonNull("hidden Lagrangian", l); return this; }
        /** L_h by catalogue name, e.g. {@code "logSumExp(4)"}. */
        public Builder hiddenLagrangian(String name) { return hiddenLagrangian(Lagrangians.byName(name)); }
        /** τ_f &gt; 0. */
        public Builder tauFeature(double tau) { this.tauFeature = Checks.positive("τ_f", tau); return this; }
        /** τ_h &gt; 0. */
        public Builder tauHidden(double tau) { this.tauHidden = Checks.positive("τ_h", tau); return this; }
        /**
         * α, the feature decay coefficient of KH2020 (19): τ_f dv/dt = ξᵀf − αv + I; finite and ≥ 0
         * (default 1, which is (M2)). E (M3) is unchanged; it never rises for L_v = ‖v‖ whatever α.
         */
        public Builder decay(double alpha) { this.decay = Checks.atLeast("decay coefficient α", alpha, 0); return this; }
        /**
         * The weights A from the hidden neurons back to the features (N_h × N_f like ξ):
         * τ_f dv/dt = Aᵀf − αv + I while τ_h dh/dt = ξg − h (KH2020 §1, asymmetric synapses). With
         * A ≠ ξ the energy (M3), written with ξ, is no longer a Lyapunov function.
         */
        public Builder backwardWeights(Memories a) {
            nonNull("backward weights A", a);
            if (a.count() != xi.count() || a.dimension() != xi.dimension()) {
                throw new IllegalArgumentException("backward weights A must have the shape of ξ, " + xi.count() + " × " + xi.dimension()
                        + " (N_h × N_f), got " + a.count() + " × " + a.dimension());
            }
            this.backward = a;
            return this;
        }
        /** The input current I (length N_f). */
        public Builder input(double[] i) { this.input = Checks.vector("input current I", i, xi.dimension()).clone(); return this; }

        /** The network. */
        public Network build() { return new Network(this); }

        private static <T> T nonNull(String what, T t) {
            if (t == null) throw new IllegalArgumentException(what + " is null");
            return t;
        }
    }
}
