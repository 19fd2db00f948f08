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
import lamp.limit.EffectiveNetwork;
import lamp.linalg.Checks;
import lamp.linalg.Dense;
import lamp.memory.Memories;

/**
 * The microscopic two-population network of MATH.md §1: N_f feature neurons v with Lagrangian L_v,
 * N_h hidden neurons h with Lagrangian L_h, two-body weights ξ (N_h × N_f), time constants τ_f, τ_h
 * and input current I.
 *
 * <pre>
 *   τ_f dv/dt = ξᵀf − v + I,   τ_h dh/dt = ξg − h                                  (M2)
 *   E = [(v − I)·g − L_v] + [h·f − L_h] − f·ξg                                     (M3)
 *   dE/dt = −τ_f v̇ᵀ∇²L_v v̇ − τ_h ḣᵀ∇²L_h ḣ                                        (M4)
 * </pre>
 *
 * Build with {@link #builder(Memories)}; integrate with {@link Simulation}; reduce to the feature
 * neurons alone with {@link #fastHiddenLimit()}. Immutable and safe to share between threads.
 */
public final class Network implements EnergyModel {
    private final Memories xi;
    private final Lagrangian feature, hidden;
    private final double tauFeature, tauHidden;
    private final double[] input;
    /** Per-thread buffers of the right-hand side (M2), so an integration step allocates nothing. */
    private final ThreadLocal<Workspace> workspace;

    private Network(Builder b) {
        this.xi = b.xi;
        this.feature = b.feature;
        this.hidden = b.hidden;
        this.tauFeature = b.tauFeature;
        this.tauHidden = b.tauHidden;
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

    /** dv/dt = (ξᵀf − v + I)/τ_f (M2). */
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
     * the velocities. The one home of the right-hand side. Its two products ξg and ξᵀf read ξ once
     * ({@link Memories#fusedPair}) for any L_h once ξ outgrows the cache ({@link Memories#fusionPays()}), since f = ∂L_h/∂h depends on the state h, not on ξg.
     */
    private void rightHandSide(double[] v, double[] h, double[] g, double[] f, double[] dv, double[] dh) {
        feature.activation(v, g);
        hidden.activation(h, f);
        if (xi.fusionPays() && finite(g) && finite(f)) {
            xi.fusedPair(g, f, dh, dv);                 // ξg and ξᵀf reading ξ once
        } else {
            xi.multiplyTransposed(f, dv);               // the two-pass form carries ±∞/NaN through as computed
            xi.multiply(g, dh);
        }
        for (int i = 0; i < dv.length; i++) dv[i] = (dv[i] - v[i] + input[i]) / tauFeature;
        for (int mu = 0; mu < dh.length; mu++) dh[mu] = (dh[mu] - h[mu]) / tauHidden;
    }

    private static boolean finite(double[] x) {
        for (double e : x) if (!Double.isFinite(e)) return false;
        return true;
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
     * The fast-hidden limit τ_h → 0, h = ξg(v): the effective model of the feature neurons alone
     * (M5–M7) with the same ξ, Lagrangians, τ_f and I.
     */
    public EffectiveNetwork fastHiddenLimit() {
        return new EffectiveNetwork(xi, feature, hidden, tauFeature, input);
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

    /** (M2) on y = [v; h], written into yDot; allocates nothing (the buffers are per thread). */
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
                + ", τ_f=" + tauFeature + ", τ_h=" + tauHidden + "}";
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
        private double tauFeature = 1, tauHidden = 0.1;
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
