package lamp.verify;

import java.util.Optional;

/**
 * Results of the papers KH2020 builds on, which lamp's simulations reproduce (KH2020 itself has none):
 * Hopfield 1982 and 1984, Dense Associative Memory (DAM 2016), Demircigil et al. 2017 and Ramsauer
 * et al. 2020, each with its {@link Source}.
 */
public enum Related implements Item {
    HOPFIELD_1982_DESCENT(Source.HOPFIELD_1982, "asynchronous descent", "With Hebbian weights T = ξᵀξ, asynchronous "
            + "updates σ_i ← sign(Σ_{j≠i} T_ij σ_j) never raise E = −½σᵀTσ, and a few stored patterns are fixed points"),
    HOPFIELD_1982_CAPACITY(Source.HOPFIELD_1982, "capacity", "The classical network recalls random ±1 patterns only up "
            + "to about 0.15 N of them in Hopfield's simulations (0.138 N with a small fraction of wrong bits, as Amit, "
            + "Gutfreund and Sompolinsky later computed; KH2020 quotes 0.14 N_f)"),
    HOPFIELD_1984_GRADED(Source.HOPFIELD_1984, "graded neurons", "Neurons with graded response, τ dv/dt = T g(v) − v + I "
            + "with symmetric T and monotone g, descend the energy −½gᵀTg − g·I + Σ_i ∫^{g_i} g⁻¹(z) dz"),
    DAM_2016_UPDATE(Source.DAM_2016, "energy and update", "The energy E = −Σ_μ F(ξ_μ·σ) and the asynchronous rule "
            + "σ_i ← sign[Σ_μ F(ξ_μ·σ⁽ⁱ⁺⁾) − F(ξ_μ·σ⁽ⁱ⁻⁾)] (M9), each flip of which never raises E"),
    DAM_2016_CAPACITY(Source.DAM_2016, "capacity", "For F = xⁿ the capacity grows as N^{n−1}: error-free recall up to "
            + "K_max ≈ N^{n−1}/(2(2n−3)!! ln N), a slope n − 1 of K_max against N on log–log axes"),
    DAM_2016_ORDER(Source.DAM_2016, "order on correlated patterns", "On correlated patterns such as handwritten digits "
            + "the order n of F matters: larger n moves the fixed points from mixtures of patterns (features) to single "
            + "patterns (prototypes)"),
    DEMIRCIGIL_2017_CAPACITY(Source.DEMIRCIGIL_2017, "capacity", "With F = eˣ the capacity is exponential in N (of "
            + "order 2^{N/2}), with basins of attraction almost as large as the classical network's"),
    DEMIRCIGIL_2017_ALL_PATTERNS(Source.DEMIRCIGIL_2017, "every pattern a fixed point", "With F = eˣ and K = e^{αN} "
            + "random ±1 patterns, every stored pattern is a fixed point with high probability when α < ln 2 / 2 ≈ 0.347"),
    RAMSAUER_2020_ENERGY(Source.RAMSAUER_2020, "energy", "The energy −(1/β) log Σ_μ exp(βξ_μ·v) + ½‖v‖² (plus "
            + "constants), which the update v ← ξᵀ softmax(βξv) never raises"),
    RAMSAUER_2020_ATTENTION(Source.RAMSAUER_2020, "attention", "The update is the attention of transformers, "
            + "softmax(βQKᵀ)V, with the stored patterns as keys and values"),
    RAMSAUER_2020_ONE_STEP(Source.RAMSAUER_2020, "one-step retrieval", "A stored pattern well separated from the others "
            + "is retrieved by one update, with an exponentially small error"),
    RAMSAUER_2020_CAPACITY(Source.RAMSAUER_2020, "capacity", "Exponentially many patterns (in N_f) can be stored and "
            + "retrieved"),
    RAMSAUER_2020_FIXED_POINTS(Source.RAMSAUER_2020, "fixed points", "Three kinds of fixed points: the global average "
            + "of all patterns (small β), metastable states averaging subsets, and single patterns (large β)"),
    RAMSAUER_2020_IMAGES(Source.RAMSAUER_2020, "image retrieval", "Stored images are retrieved from masked or "
            + "corrupted versions of themselves");

    private final Source source;
    private final String key;
    private final String statement;

    Related(Source source, String key, String statement) {
        this.source = source;
        this.key = key;
        this.statement = statement;
    }

    @Override public Source source() { return source; }

    @Override public String key() { return key; }

    @Override public String statement() { return statement; }

    @Override public Optional<String> notCheckable() { return Optional.empty(); }

    @Override public String toString() { return id(); }
}
