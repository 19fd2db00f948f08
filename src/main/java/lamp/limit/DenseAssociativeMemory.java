package lamp.limit;

import java.util.Locale;
import lamp.lagrangian.ScalarFunction;
import lamp.base.Checks;
import lamp.linalg.Dense;
import lamp.memory.Memories;

/**
 * Model A with sharp feature neurons, the Dense Associative Memory (THEORY.md §3): states are
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
 * so it costs O(K·N_f). The sweep compares only differences of F, in scaled form where F's values
 * leave the double range (e^{ξ·σ} on 784-pixel digits, x²⁰⁰ at N_f = 100), so retrieval works
 * there; the energy itself, when a double cannot hold it, is an ArithmeticException that says so.
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

    /**
     * E(σ) (M8) at σ = sign(state) (a zero entry counts as +1).
     *
     * @throws ArithmeticException when |E| is beyond the double range (the message gives its size)
     */
    @Override
    public double energy(double[] state) {
        double[] s = binary(state);
        double[] m = xi.multiply(s);
        double inputTerm = Dense.dot(input, s);
        double sum = 0;
        for (double mu : m) sum += f.value(mu);
        double e = -sum - inputTerm;
        if (Double.isFinite(e)) return e;
        return scaledEnergy(m, inputTerm);
    }

    /**
     * The energy where Σ F(m_μ) overflowed term by term: Σ F(m_μ) = c·S with the largest term
     * shifted out (catalogue F), which still fits when large terms cancel; otherwise an error that
     * gives its size.
     */
    private double scaledEnergy(double[] m, double inputTerm) {
        double log = Double.NaN, sum = 0;
        if (f instanceof ScalarFunction.Exponential || f.degree().isPresent()) {
            double[] scaled = f.scaledSum(m);
            log = scaled[0];
            sum = scaled[1];
        }
        if (!Double.isNaN(log) && Double.isFinite(sum)) {
            double e = sum == 0 ? -inputTerm : -sum * Math.exp(Math.min(log, 1e4)) - inputTerm;
            if (Double.isFinite(e)) return e;
            double log10 = (Math.log(Math.abs(sum)) + log) / Math.log(10);
            throw new ArithmeticException(String.format(Locale.ROOT,
                    "%s: the energy −Σ_μ F(ξ_μ·σ) − I·σ at this state is about %s10^%.1f, beyond the double range"
                            + " (|E| < 1.8e308); the sweep compares energy differences in scaled form and retrieval still works",
                    name(), sum > 0 ? "−" : "+", log10));
        }
        throw new ArithmeticException(name() + ": Σ_μ F(ξ_μ·σ) is not finite at this state (F leaves the double range"
                + " at overlaps up to " + max(m) + ")");
    }

    private static double max(double[] m) {
        double max = 0;
        for (double mu : m) max = Math.max(max, Math.abs(mu));
        return max;
    }

    /** One asynchronous sweep of (M9) over units 0, 1, …, N_f − 1 in order; returns the new σ. */
    @Override
    public double[] update(double[] state) {
        double[] s = binary(state);
        kernel().sweepUnchecked(s, xi.multiply(s));
        return s;
    }

    /**
     * One asynchronous sweep of (M9) in place over σ, given the current overlaps m = ξσ (updated in
     * place too); returns the number of units flipped. O(K·N_f), F inlined for the catalogue
     * functions, on the calling thread.
     *
     * @throws IllegalArgumentException when σ holds anything but ±1, or the overlaps are not finite
     *         or do not belong to σ (checked in O(K + N_f) with a random weighted sum)
     */
    public int sweep(double[] sigma, double[] overlaps) {
        return kernel().sweep(sigma, overlaps);
    }

    /** Built on the first sweep: ξ column-major and F specialised (see {@link SweepKernel}). */
    private volatile SweepKernel kernel;

    private SweepKernel kernel() {
        SweepKernel k = kernel;
        if (k == null) kernel = k = new SweepKernel(xi, f, input);
        return k;
    }

    /**
     * Sweeps from sign(query) until one flips no unit (a fixed point of M9, converged) or
     * {@code maxSweeps} sweeps are made; the observer sees each sweep (its change is 2 when a unit
     * flipped, 0 otherwise).
     */
    @Override
    public Retrieval retrieve(double[] query, int maxSweeps, double tolerance, UpdateObserver observer) {
        Iteration.checkSettings(maxSweeps, tolerance, observer);
        Checks.vector("query", query, xi.dimension());
        double[] s = binary(query);
        return Iteration.named(this, () -> {
            double[] m = xi.multiply(s);
            SweepKernel k = kernel();
            return Iteration.run(this, s, state -> k.sweepUnchecked(state, m) == 0 ? 0 : 2, maxSweeps, tolerance, observer);
        });
    }

    private double[] binary(double[] state) {
        Checks.vector("state σ", state, xi.dimension());
        double[] s = new double[state.length];
        for (int i = 0; i < s.length; i++) s[i] = state[i] >= 0 ? 1 : -1;
        return s;
    }

    @Override public String toString() { return name() + "[" + xi.count() + " memories × " + xi.dimension() + " features]"; }
}
