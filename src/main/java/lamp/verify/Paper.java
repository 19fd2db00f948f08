package lamp.verify;

import java.util.Optional;

/**
 * The statements of KH2020 (D. Krotov, J. J. Hopfield, ICLR 2021, arXiv:2008.06996), by the paper's
 * own equation numbers (1)–(28), its sections, figures and appendices, in reading order. MATH.md
 * maps them to its labels: (1) = M2, (2) = M3, (3) = M1, (4) = M4, Model A = (6)–(10) with M8 its
 * binary energy, Model B = (11)–(16) with M10, M11, Model C = (17)–(22) with M12, the continuous
 * Hopfield limit of Appendix B = (24)–(28). KH2020 is a theory paper with two schematic figures and
 * no numerical experiments: every simulation lamp runs comes from a {@link Related} paper.
 */
public enum Paper implements Item {
    SECTION_1("§1", "Introduction: the classical Hopfield network stores about 0.14 N_f memories; Dense Associative "
            + "Memories and modern Hopfield networks store far more, but written in the feature neurons alone they need "
            + "many-body synapses, which biology does not provide: the large associative memory problem, solved by hidden "
            + "neurons coupled to the features by two-body synapses",
            "the paper's motivation, an argument about biology; the capacities it quotes are the related papers' results "
            + "(see the Hopfield 1982, DAM 2016, Demircigil 2017 and Ramsauer 2020 rows)"),
    FIGURE_1("Fig. 1", "A classical network with pairwise synapses beside a DAM with F = x³, whose energy "
            + "Σ_μ (ξ_μ·σ)³ = Σ_ijk T_ijk σ_iσ_jσ_k needs three-index synapses T_ijk = Σ_μ ξ_μi ξ_μj ξ_μk, which no "
            + "biological synapse can be (N_f³ of them, against N_f·N_h two-body synapses with hidden neurons)"),
    SECTION_2("§2", "Mathematical formulation: N_f feature and N_h hidden neurons coupled only by symmetric two-body "
            + "synapses ξ, each population described by a Lagrangian; the energy never increases when both Lagrangians "
            + "are convex, and when it is bounded below the dynamics end at fixed points"),
    FIGURE_2("Fig. 2", "The bipartite network: N_f = 5 feature neurons, N_h = 11 hidden neurons, symmetric synapses, "
            + "no synapse within a population",
            "a schematic drawing: lamp draws it, there is nothing to measure"),
    EQ_1("(1)", "The dynamics (M2): τ_f dv_i/dt = Σ_μ ξ_μi f_μ − v_i + I_i, τ_h dh_μ/dt = Σ_i ξ_μi g_i − h_μ: the two "
            + "populations interact only through the symmetric two-body synapses ξ"),
    EQ_2("(2)", "The energy (M3): E = [Σ_i (v_i − I_i) g_i − L_v] + [Σ_μ h_μ f_μ − L_h] − Σ_μi f_μ ξ_μi g_i, the "
            + "Legendre transform of each Lagrangian plus the synapse term"),
    EQ_3("(3)", "The activations are the gradients of the Lagrangians (M1): g_i = ∂L_v/∂v_i, f_μ = ∂L_h/∂h_μ; they "
            + "may depend on the whole layer"),
    EQ_4("(4)", "Along (1), dE/dt = −τ_f v̇ᵀ(∇²L_v)v̇ − τ_h ḣᵀ(∇²L_h)ḣ ≤ 0 when both Hessians are positive "
            + "semi-definite (M4); with E bounded below the dynamics end at fixed points v = ξᵀf + I, h = ξg"),
    EQ_5("(5)", "The Hessians of the Lagrangians, ∇²L_v and ∇²L_h, decide the sign of (4): positive semi-definite "
            + "(convex Lagrangians) makes the energy a Lyapunov function"),
    SECTION_3("§3", "Integrating out fast hidden neurons (τ_h ≪ τ_f, so h = ξg(v)) gives effective theories of the "
            + "feature neurons alone (M5–M7) with many-body interactions, though the network has only two-body "
            + "synapses: Models A, B and C"),
    EQ_6("(6)", "Model A: an additive hidden Lagrangian L_h = Σ_μ F(h_μ), so f_μ = F′(h_μ)"),
    EQ_7("(7)", "Model A with fast hidden neurons: τ_f dv_i/dt = Σ_μ ξ_μi F′(Σ_j ξ_μj g_j) − v_i + I_i, with the "
            + "energy E = Σ_i (v_i − I_i) g_i − L_v − Σ_μ F(Σ_i ξ_μi g_i)"),
    EQ_8("(8)", "With sharp feature neurons (L_v = Σ_i |v_i|, g = sign v) the energy is the Dense Associative Memory "
            + "energy E = −Σ_μ F(ξ_μ·σ) − I·σ (M8); F = x² is the classical Hopfield network, F = xⁿ and eˣ the "
            + "polynomial and exponential DAMs"),
    EQ_9("(9)", "The hidden neurons bound the number of memories: N_mem ≤ N_h, and N_mem ~ min(N_f^{n−1}, N_h) for "
            + "F = xⁿ"),
    EQ_10("(10)", "The microscopic network with Model A's Lagrangians descends its energy when the activations f and "
            + "g are monotone: F = x³ (f = 3x², not monotone) can raise it, the rectified (x)₊³ cannot"),
    EQ_11("(11)", "Model B: the log-sum-exp hidden Lagrangian L_h = (1/β) log Σ_μ e^{βh_μ}, whose activation "
            + "f = softmax(βh) couples the whole layer, and L_v = ½‖v‖², g = v"),
    EQ_12("(12)", "Model B with fast hidden neurons: τ_f dv/dt = ξᵀ softmax(βξv) − v + I"),
    EQ_13("(13)", "Model B's effective energy E = ½‖v‖² − v·I − (1/β) log Σ_μ exp(β ξ_μ·v) (M10): the energy of "
            + "Ramsauer et al. up to constants"),
    EQ_14("(14)", "Model B's discrete update, one Euler step of (12) with Δt = τ_f: v ← ξᵀ softmax(βξv) + I (M7, M11)"),
    EQ_15("(15)", "Without input the update is softmax attention, with the state as the query and the memories as "
            + "the keys and the values"),
    EQ_16("(16)", "The log-sum-exp Hessian β(diag p − ppᵀ), p = softmax(βh), is positive semi-definite, so (4) "
            + "holds for Model B"),
    EQ_17("(17)", "Model C: L_v = ‖v‖, g = v/‖v‖: divisive normalisation of the feature neurons"),
    EQ_18("(18)", "Model C's hidden Lagrangian is additive, L_h = Σ_μ F(h_μ), fed by the normalised features "
            + "h_μ = ξ_μ·v/‖v‖"),
    EQ_19("(19)", "Model C's dynamics τ_f dv/dt = ξᵀ F′(ξv/‖v‖) − αv + I with a free decay coefficient α ≥ 0, which "
            + "may be 0"),
    EQ_20("(20)", "Model C's energy E = −I·g − Σ_μ F(ξ_μ·g) (M12): v·g − L_v = 0, so only the direction of v matters"),
    EQ_21("(21)", "Model C's feature Hessian (I − ggᵀ)/‖v‖ is positive semi-definite with v as its zero mode, so the "
            + "α-term drops out and dE/dt ≤ 0 for every α"),
    EQ_22("(22)", "Model C's dynamics without input: the energy, the fixed-point directions and the path of v/‖v‖ do "
            + "not depend on α; only ‖v‖ and the speed do"),
    SECTION_4("§4", "Discussion: hidden neurons as the units of the memories, symmetric synapses as the price of an "
            + "energy function, additive versus layer-coupled Lagrangians (lateral interactions), τ_h ≪ τ_f, and "
            + "examples of the models in biology and machine learning",
            "interpretation and biological argument: there is no quantity to compute"),
    SECTION_4_IMAGES("§4 images", "Pattern memorisation of 64×64 binary images: the classical network holds about "
            + "0.14·4096 ≈ 573 patterns, far fewer than the 3832 kanji classes of Kuzushiji-Kanji (a reader knows "
            + "3000–5000): a large associative memory problem"),
    SECTION_4_IMMUNE("§4 immune repertoires", "Immune repertoire classification (Widrich et al. 2020): N ≫ 10⁴ memories "
            + "with N_f = 32 features"),
    SECTION_4_HIPPOCAMPUS("§4 hippocampus", "The hippocampus: CA3 has about 3·10⁵ pyramidal cells in the rat and "
            + "2.3·10⁶ in humans; whatever the split into feature and memory cells, the memories are bounded by the "
            + "hidden (memory) cells",
            "a statement about cell counts in the brain: there is no measurement lamp can run on it"),
    SECTION_4_COLOUR("§4 colour vision", "Colour vision: N_f = 3 cone types against about 10⁶ discernible colours, "
            + "far beyond the classical 0.14·3 < 1"),
    SECTION_5("§5", "Discussion and conclusions: the extra capacity comes from the added hidden neurons and their "
            + "synapses, each synapse holding no more information than before"),
    APPENDIX_A("Appendix A", "The derivation of (4): d/dt[v·g − L_v] = v·ġ and likewise for h, so the terms "
            + "collect into −τ_f ġ·v̇ − τ_h ḟ·ḣ with ġ = (∇²L_v)v̇, ḟ = (∇²L_h)ḣ"),
    EQ_23("(23)", "Appendix A: the time derivative of the energy (2) along (1), term by term, from which (4) follows"),
    APPENDIX_B("Appendix B", "The continuous Hopfield network of 1984 is a limit of Model A: L_h = ½‖h‖², "
            + "L_v = Σ_i ∫^{v_i} g, T = ξᵀξ; its dynamics and energy follow from (1) and (2)"),
    EQ_24("(24)", "Hopfield's 1984 dynamics: τ_f dv_i/dt = Σ_j T_ij g(v_j) − v_i + I_i"),
    EQ_25("(25)", "Hopfield's 1984 energy: E = −½ Σ_ij T_ij g_i g_j − Σ_i g_i I_i + Σ_i ∫^{g_i} g⁻¹(z) dz"),
    EQ_26("(26)", "The Lagrangians of the limit: L_v = Σ_i ∫^{v_i} g(x) dx and L_h = ½ Σ_μ h_μ²"),
    EQ_27("(27)", "Their activations: g_i = g(v_i) and f_μ = h_μ"),
    EQ_28("(28)", "Integrating out the hidden neurons gives (24) with T = ξᵀξ, and the effective energy "
            + "−½ gᵀTg − g·I + Σ_i (v_i g_i − ∫^{v_i} g) equals (25) up to an additive constant (exactly when g(0) = 0)");

    private final String key;
    private final String statement;
    private final String notCheckable;

    Paper(String key, String statement) {
        this(key, statement, null);
    }

    Paper(String key, String statement, String notCheckable) {
        this.key = key;
        this.statement = statement;
        this.notCheckable = notCheckable;
    }

    /** Equation (n) of the paper, 1 ≤ n ≤ 28. */
    public static Paper equation(int n) {
        if (n < 1 || n > 28) throw new IllegalArgumentException("KH2020 numbers its equations (1)–(28), not (" + n + ")");
        return Equations.BY_NUMBER[n - 1];
    }

    /** The equations in order (a holder: enum constants cannot be read in the enum's own static fields' initialisers). */
    private static final class Equations {
        static final Paper[] BY_NUMBER = {EQ_1, EQ_2, EQ_3, EQ_4, EQ_5, EQ_6, EQ_7, EQ_8, EQ_9, EQ_10, EQ_11, EQ_12, EQ_13,
            EQ_14, EQ_15, EQ_16, EQ_17, EQ_18, EQ_19, EQ_20, EQ_21, EQ_22, EQ_23, EQ_24, EQ_25, EQ_26, EQ_27, EQ_28};
    }

    @Override public Source source() { return Source.KH2020; }

    @Override public String key() { return key; }

    @Override public String statement() { return statement; }

    @Override public Optional<String> notCheckable() { return Optional.ofNullable(notCheckable); }

    @Override public String toString() { return id(); }
}
