package lamp.limit;

import lamp.lagrangian.ScalarFunction;
import lamp.linalg.Checks;
import lamp.linalg.Dense;
import lamp.linalg.SweepKernel;
import lamp.memory.Memories;

/**
 * Model A with sharp feature neurons, the Dense Associative Memory (MATH.md §3): states are
 * σ ∈ {±1}^{N_f} and
 *
 * <pre>
 *   E(σ) = −Σ_μ F(ξ_μ·σ) − I·σ                                                    (M8)
 *   σ_i ← sign[ Σ_μ F(ξ_μ·σ⁽ⁱ⁺⁾) − F(ξ_μ·σ⁽ⁱ⁻⁾) + 2I_i ]    (asynchronous)            (M9)
 * </pre>
 *
 * F = x²/2 is the classical Hopfield network with Hebbian weights ξᵀξ; F = xⁿ or (x)₊ⁿ the
 * polynomial DAM; F = e^{βx} the exponential DAM. A tie keeps the current sign, so every flip
 * strictly lowers (M8). A sweep keeps the overlaps m_μ = ξ_μ·σ and updates them in O(K) per flip,
 * so it costs O(K·N_f).
 */
public final class DenseAssociativeMemory implements AssociativeMemory {
    private final Memories xi;
    private final ScalarFunction f;
    private final double[] input;

    /** DAM with interaction function F and no input current. */
    public DenseAssociativeMemory(Memories xi, ScalarFunction f) {
        this(xi, f, null);
    }

    /** DAM with interaction function F and input current I (null for zero). */
    public DenseAssociativeMemory(Memories xi, ScalarFunction f, double[] input) {
        if (xi == null) throw new IllegalArgumentException("memories ξ are null");
        if (f == null) throw new IllegalArgumentException("interaction function F is null");
        this.xi = xi;
        this.f = f;
        this.input = input == null ? new double[xi.dimension()] : Checks.vector("input current I", input, xi.dimension()).clone();
    }

    @Override public String name() { return "DAM F=" + f.name(); }
    @Override public Memories memories() { return xi; }
    /** F. */
    public ScalarFunction interaction() { return f; }

    /** E(σ) (M8) at σ = sign(state) (a zero entry counts as +1). */
    @Override
    public double energy(double[] state) {
        double[] s = binary(state);
        double[] m = Dense.multiply(xi, s);
        double e = -Dense.dot(input, s);
        for (double mu : m) e -= f.value(mu);
        return e;
    }

    /** One asynchronous sweep of (M9) over units 0, 1, …, N_f − 1 in order; returns the new σ. */
    @Override
    public double[] update(double[] state) {
        double[] s = binary(state);
        sweep(s, Dense.multiply(xi, s));
        return s;
    }

    /**
     * One asynchronous sweep of (M9) in place over σ, given the current overlaps m = ξσ (updated in
     * place too); returns the number of units flipped. Runs on {@link SweepKernel}: O(K·N_f), F
     * inlined for the catalogue functions, on two cores for large K, with the same result on one.
     */
    public int sweep(double[] sigma, double[] overlaps) {
        SweepKernel k = kernel;
        if (k == null) kernel = k = SweepKernel.of(xi, f, input);
        return k.sweep(sigma, overlaps);
    }

    /** Built on the first sweep: ξ column-major and F specialised (see {@link SweepKernel}). */
    private volatile SweepKernel kernel;

    /**
     * Iterates sweeps until none flips a unit (a fixed point of M9) or {@code maxSweeps} is reached.
     */
    @Override
    public Retrieval retrieve(double[] query, int maxSweeps, double tolerance) {
        Checks.vector("query", query, xi.dimension());
        double[] s = binary(query);
        double[] m = Dense.multiply(xi, s);
        for (int sweep = 1; sweep <= maxSweeps; sweep++) {
            if (sweep(s, m) == 0) return new Retrieval(s, sweep, true, energy(s));
        }
        return new Retrieval(s, maxSweeps, false, energy(s));
    }

    private double[] binary(double[] state) {
        Checks.vector("state σ", state, xi.dimension());
        double[] s = new double[state.length];
        for (int i = 0; i < s.length; i++) s[i] = state[i] >= 0 ? 1 : -1;
        return s;
    }

    @Override public String toString() { return name() + "[" + xi.count() + " memories × " + xi.dimension() + " features]"; }
}
