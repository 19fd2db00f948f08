package lamp.linalg;

/**
 * The hidden activation of an additive Lagrangian L_h = Σ_μ F(h_μ) applied to a block of hidden
 * units, f[μ] = F′(h[μ]) for μ in [from, to): the form in which the single-pass kernels of
 * {@link Dense#additiveDrive} call it, once per block of rows, possibly from several threads at once on
 * disjoint ranges. It must not keep state between calls.
 */
@FunctionalInterface
public interface BlockActivation {
    void apply(double[] h, double[] f, int from, int to);
}
