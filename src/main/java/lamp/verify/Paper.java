package lamp.verify;

import java.util.List;
import java.util.Optional;

/**
 * The statements of KH2020 (D. Krotov, J. J. Hopfield, ICLR 2021, arXiv:2008.06996), by the paper's
 * own equation numbers (1)–(28), its sections, figures and appendices, in reading order: the one
 * source of truth for "KH2020 (n)" in lamp. Each item keeps what the paper states there, the formula
 * itself ({@link #formula()}) and topic words ({@link #topics()}) that a sentence citing it speaks of.
 * docs/THEORY.md maps the numbers to lamp's labels: (1) = M2, (2) = M3, (3) = M1, (4) = M4,
 * Model A = (5)–(10) with M8 its binary energy, Model B = (11)–(16) with M10, M11, Model C =
 * (17)–(22) with M12, Appendix A = (23), the continuous Hopfield limit of Appendix B = (24)–(28).
 * KH2020 is a theory paper with two schematic figures and no numerical experiments: every
 * simulation lamp runs comes from a {@link Related} paper or is lamp's own check ({@link Spec}).
 */
public enum Paper implements Item {
    SECTION_1("§1", "Introduction: N_f feature neurons have at most N_f² synapses of a few bits each, so they store "
            + "about N_f memories (the classical network fewer than 0.14 N_f); Dense Associative Memories and modern "
            + "Hopfield networks store far more, but written in the feature neurons alone they need many-body synapses; "
            + "hidden neurons coupled by two-body synapses remove them. Symmetric synapses are assumed for the energy "
            + "and can be relaxed at its price",
            "N_mem ≲ N_f (two-body synapses among N_f neurons); 0.14 N_f (classical)",
            null,
            List.of("introduction", "information", "many-body", "symmetric", "synapse", "motivation", "biolog")),
    FIGURE_1("Fig. 1", "Three binary neurons: the classical network with pairwise synapses T_ij = Σ_μ ξ_μi ξ_μj beside a "
            + "Dense Associative Memory with F = x³, whose tensor T_ijk = Σ_μ ξ_μi ξ_μj ξ_μk has three indices and so "
            + "cannot be a biological synapse, which connects two cells",
            "Σ_μ (ξ_μ·σ)³ = Σ_ijk T_ijk σ_i σ_j σ_k, T_ijk = Σ_μ ξ_μi ξ_μj ξ_μk",
            null, List.of("Fig. 1", "many-body", "three-body", "T_ijk", "tensor", "x³", "cubic", "binary", "neuron", "draw",
                    "diagram")),
    SECTION_2("§2", "Mathematical formulation: N_f feature and N_h hidden neurons coupled only by symmetric two-body "
            + "synapses ξ, each population described by a Lagrangian; the energy never increases when both Hessians are "
            + "positive semi-definite, and when it is bounded below (e.g. bounded activations) the dynamics end at fixed "
            + "points",
            "(1)–(4)",
            null, List.of("formulation", "two-population", "network", "Lagrangian", "energ", "dynamics", "bounded")),
    FIGURE_2("Fig. 2", "The bipartite network: N_f = 5 feature neurons, N_h = 11 hidden (memory) neurons, symmetric "
            + "synapses between the populations and none within one",
            "N_f = 5, N_h = 11",
            "a schematic drawing: lamp draws it, there is nothing to measure",
            List.of("Fig. 2", "bipartite", "draw", "diagram", "network", "neuron", "N_f = 5", "N_h = 11")),
    EQ_1("(1)", "The two-population dynamics (lamp's M2): the populations interact only through the symmetric two-body "
            + "synapses ξ, with input currents I into the feature neurons",
            "τ_f dv_i/dt = Σ_μ ξ_iμ f_μ − v_i + I_i,  τ_h dh_μ/dt = Σ_i ξ_μi g_i − h_μ",
            null, List.of("M2", "dynamics", "two-population", "two populations", "microscopic", "network", "integrat",
                    "flow", "τ_f dv", "ODE")),
    EQ_2("(2)", "The energy (M3): the Legendre transform of each Lagrangian (each population's own energy) plus the "
            + "synapse term",
            "E = [Σ_i (v_i − I_i) g_i − L_v] + [Σ_μ h_μ f_μ − L_h] − Σ_μi f_μ ξ_μi g_i",
            null, List.of("M3", "energ", "Legendre")),
    EQ_3("(3)", "The outputs are the gradients of the Lagrangians (M1); in Models B and C an output may depend on every "
            + "current of its layer",
            "f_μ = ∂L_h/∂h_μ,  g_i = ∂L_v/∂v_i",
            null, List.of("M1", "activation", "gradient", "output", "∂L", "Lagrangian")),
    EQ_4("(4)", "Along the dynamics (1) the energy (2) never increases when the Hessians of both Lagrangians are positive "
            + "semi-definite (M4)",
            "dE/dt = −τ_f v̇ᵀ(∂²L_v/∂v∂v)v̇ − τ_h ḣᵀ(∂²L_h/∂h∂h)ḣ ≤ 0",
            null, List.of("M4", "dE/dt", "energy rate", "Hessian", "PSD", "semi-definite", "convex", "descen", "never rise",
                    "never increase", "Lyapunov", "monoton")),
    SECTION_3("§3", "Effective theory for the feature neurons: integrating out fast hidden neurons gives models of the "
            + "features alone with many-body interactions, though the network has only two-body synapses: Model A "
            + "(Dense Associative Memory, and in Appendix B the continuous Hopfield network), Model B (modern Hopfield "
            + "network, attention) and Model C (spherical memory)",
            "τ_h → 0: h = ξg(v)",
            null, List.of("effective", "integrat", "fast hidden", "limit", "Model A", "Model B", "Model C")),
    EQ_5("(5)", "Model A: with fast hidden neurons (τ_h → 0) the second equation of the dynamics (1) equilibrates at the steady "
            + "state, used again by Models B and C (lamp's fast-hidden limit M5–M7)",
            "h_μ = Σ_i ξ_μi g_i",
            null, List.of("steady state", "steady-state", "h = ξg", "h = ξ g", "h_μ = Σ", "fast hidden", "fast-hidden",
                    "τ_h → 0", "τ_h ≪ τ_f", "τ_h/τ_f", "integrat", "adiabatic", "effective", "equilibrat")),
    EQ_6("(6)", "Model A: additive Lagrangians, one term per neuron, for both populations",
            "L_h = Σ_μ F(h_μ),  L_v = Σ_i G(v_i)",
            null, List.of("additive", "Model A", "Σ F", "ΣF", "Σ_μ F", "Σ G", "ΣG", "per neuron")),
    EQ_7("(7)", "Model A with G(x) = |x|: the feature outputs are the signs of their currents, binary variables σ_i",
            "σ_i = g_i = g(v_i) = ∂L_v/∂v_i = Sign(v_i)",
            null, List.of("sign", "|x|", "|v", "sharp", "binary", "±1", "σ")),
    EQ_8("(8)", "Model A's energy with sharp feature neurons: the Dense Associative Memory energy (M8) when I = 0; "
            + "F = xⁿ stores N_f^{n−1} memories, F = exp(x) exponentially many, n = 2 is the classical Hopfield network",
            "E = −Σ_i I_i σ_i − Σ_μ F(Σ_i ξ_μi σ_i)",
            null, List.of("M8", "DAM", "Dense Associative", "binary", "F(ξ", "energ", "Model A", "Hopfield")),
    EQ_9("(9)", "The capacity of Model A with F = xⁿ, bounded also by the hidden neurons, N_mem ≤ N_h",
            "N_mem ~ min(N_f^{n−1}, N_h)",
            null, List.of("N_mem", "capacity", "min(", "memories", "N_h", "hidden neurons", "N_f^{n−1}", "scaling")),
    EQ_10("(10)", "For the additive models (6) the energy rate reduces to a sum over neurons: the Hessians are positive "
            + "semi-definite exactly when the activations f and g increase monotonically",
            "dE/dt = −τ_f Σ_i (dv_i/dt)² g′(v_i) − τ_h Σ_μ (dh_μ/dt)² f′(h_μ) ≤ 0",
            null, List.of("monoton", "additive", "x³", "(x)₊", "dE/dt", "f′", "g′", "Model A")),
    EQ_11("(11)", "Model B: contrastive normalisation in the hidden layer, the log-sum-exp hidden Lagrangian and the "
            + "quadratic feature Lagrangian (β = 1 in the paper; a general β is lamp's generalisation)",
            "L_h = log Σ_μ e^{h_μ},  L_v = ½ Σ_i v_i²",
            null, List.of("log-sum-exp", "log Σ", "Lagrangian", "Model B", "½‖v‖²", "½Σv²", "quadratic", "contrastive")),
    EQ_12("(12)", "Model B's activations from (3): the softmax of the hidden currents and the identity for the features",
            "f_μ = softmax(h)_μ = e^{h_μ}/Σ_ν e^{h_ν},  g_i = v_i",
            null, List.of("softmax", "g = v", "activation", "Model B", "substitution")),
    EQ_13("(13)", "Model B's effective energy with I = 0 (M10): the energy of Ramsauer et al. up to additive constants, "
            + "with β = 1 (lamp's M10 adds β and the input I)",
            "E = ½ Σ_i v_i² − log Σ_μ exp(Σ_i ξ_μi v_i)",
            null, List.of("M10", "energ", "Ramsauer", "Model B")),
    EQ_14("(14)", "Model B's effective dynamics (the substitutions (12) and the steady state (5) in (1), I = 0): the "
            + "continuous-time counterpart of Ramsauer et al.'s update (lamp's M6 for Model B)",
            "τ_f dv_i/dt = Σ_μ ξ_iμ softmax(Σ_j ξ_μj v_j) − v_i",
            null, List.of("flow", "continuous", "τ_f dv", "dynamics", "M6", "ODE", "integrat")),
    EQ_15("(15)", "Model B's dynamics (14) written in finite differences: an Euler step with a general dt",
            "v^{(t+1)} = v^{(t)} + (dt/τ_f)[ξᵀ softmax(ξ v^{(t)}) − v^{(t)}]",
            null, List.of("Euler", "finite difference", "finite-difference", "dt/τ_f", "step", "a = dt")),
    EQ_16("(16)", "The step (15) at dt = τ_f: exactly Ramsauer et al.'s update; applied once it is dot-product attention "
            + "(the remark after (16)), and Model B's hidden Hessian has a zero mode (a remark, no formula) "
            + "(lamp's M11, the update M7 of Model B)",
            "v^{(t+1)} = ξᵀ softmax(ξ v^{(t)})",
            null, List.of("update", "attention", "M11", "M7", "dt = τ_f", "Δt = τ_f", "one step", "zero mode", "Ramsauer")),
    EQ_17("(17)", "Model C (spherical memory): spherical normalisation in the feature layer, an additive hidden "
            + "Lagrangian and the norm as the feature Lagrangian (log-sum-exp on the sphere is lamp's extension)",
            "L_h = Σ_μ F(h_μ),  L_v = √(Σ_i v_i²)",
            null, List.of("Model C", "spherical", "L_v = ‖v‖", "‖v‖", "Lagrangian", "√", "additive")),
    EQ_18("(18)", "Model C's activations: f_μ = F′(h_μ) and the normalised features g, divisive normalisation (the "
            + "remark after (22))",
            "f_μ = F′(h_μ),  g_i = v_i/√(Σ_j v_j²)",
            null, List.of("divisive", "normalis", "normaliz", "v/‖v‖", "activation", "Model C", "F′")),
    EQ_19("(19)", "Model C's two-population dynamics with I = 0 and a free coefficient α in front of the feature decay",
            "τ_f dv_i/dt = Σ_μ ξ_iμ f(h_μ) − α v_i,  τ_h dh_μ/dt = Σ_i ξ_μi g_i − h_μ",
            null, List.of("two-population", "two populations", "decay", "α", "alpha", "microscopic", "Model C")),
    EQ_20("(20)", "Model C's feature Hessian has the zero mode v, which is why the decay coefficient α in (19) is "
            + "arbitrary and may be 0",
            "M_ij = ∂²L_v/∂v_i∂v_j = [δ_ij Σ_l v_l² − v_i v_j]/(Σ_k v_k²)^{3/2},  Σ_j M_ij v_j = 0",
            null, List.of("Hessian", "zero mode", "M v = 0", "Mv = 0", "α", "decay", "annihilat")),
    EQ_21("(21)", "Model C's effective energy (τ_h → 0, I = 0; lamp's M12): it depends only on the direction of v",
            "E = −Σ_μ F(Σ_i ξ_μi v_i/√(Σ_j v_j²))",
            null, List.of("M12", "energ", "Model C", "sphere", "direction", "scale")),
    EQ_22("(22)", "Model C's effective dynamics with the free decay α (lamp's M6 for Model C)",
            "τ_f dv_i/dt = Σ_μ ξ_iμ f(Σ_j ξ_μj v_j/√(Σ_k v_k²)) − α v_i",
            null, List.of("dynamics", "flow", "effective", "α", "decay", "M6", "Model C", "update")),
    SECTION_4("§4", "A few examples of large associative memory problems, in AI and in biology, where the number of "
            + "memories wanted far exceeds the ~0.14 N_f of the classical network: 64×64 images, immune repertoires, "
            + "the hippocampus, colour vision",
            "N_mem ≫ 0.14 N_f",
            null, List.of("example", "large associative memory problem", "images", "immune", "hippocamp", "colour", "color",
                    "kanji")),
    SECTION_4_IMAGES("§4 images", "Pattern memorisation of 64×64 images: the classical network holds about "
            + "0.14·4096 ≈ 573 patterns, far fewer than the 3832 classes of Kuzushiji-Kanji (an educated reader knows "
            + "3000–5000)",
            "0.14 · 4096 ≈ 573 < 3832",
            null, List.of("64×64", "image", "kanji", "573", "4096", "pattern")),
    SECTION_4_IMMUNE("§4 immune repertoires", "Immune repertoire classification (Widrich et al. 2020): N ≫ 10⁴ "
            + "sequences stored with embedding dimension N_f = 32",
            "N ≫ 10⁴ at N_f = 32",
            null, List.of("immune", "repertoire", "Widrich", "N_f = 32")),
    SECTION_4_HIPPOCAMPUS("§4 hippocampus", "The cortical-hippocampal system: CA3 has about 3·10⁵ pyramidal cells in "
            + "the rat and 2.3·10⁶ in humans; some of them might be the feature neurons and the rest the memory "
            + "neurons (or CA1 the memory and entorhinal layer III the feature neurons)",
            "CA3: ≈ 3·10⁵ (rat), 2.3·10⁶ (human) pyramidal cells",
            "a hypothesis about the anatomy of the brain: there is no measurement lamp can run on it",
            List.of("hippocamp", "CA3", "CA1", "pyramidal", "entorhinal")),
    SECTION_4_COLOUR("§4 colour vision", "Colour vision: N_f = 3 cone types against about 10⁶ discernible colours, far "
            + "beyond what an O(N_f) memory can hold",
            "N_f = 3, ≈ 10⁶ colours",
            null, List.of("colour", "color", "cone", "10⁶")),
    SECTION_5("§5", "Discussion and conclusions: the extra capacity comes from unfolding the effective theory into "
            + "added hidden neurons and their synapses, each synapse holding no more information than before",
            "more synapses, the same information per synapse",
            null, List.of("discussion", "conclusion", "information", "synapse", "capacity", "hidden neurons")),
    APPENDIX_A("Appendix A", "The step-by-step derivation of the energy rate (4): differentiating the energy (2) "
            + "with the activations (3) and replacing the brackets by the right-hand sides of the dynamics (1)",
            "(23) ⇒ (4)",
            null, List.of("Appendix A", "derivation", "dE/dt", "M4")),
    EQ_23("(23)", "Appendix A: the time derivative of the energy (2) along the dynamics (1), term by term, "
            + "collected into the energy rate dE/dt of (4)",
            "dE/dt = −Σ_ij v̇_j (∂²L_v/∂v_j∂v_i)[Σ_μ ξ_iμ f_μ + I_i − v_i] − Σ_μν ḣ_ν (∂²L_h/∂h_ν∂h_μ)[Σ_i ξ_μi g_i − h_μ]",
            null, List.of("Appendix A", "derivation", "dE/dt", "M4", "time derivative")),
    APPENDIX_B("Appendix B", "The continuous Hopfield network of 1984 is a limit of Model A: the Lagrangians (26), the "
            + "activations (27) and T = ξᵀξ give its dynamics (24) and, up to an additive constant, its energy (25)",
            "(26), (27), T = ξᵀξ ⇒ (24), (28) = (25) + const",
            null, List.of("Appendix B", "continuous Hopfield", "Hopfield 1984", "graded")),
    EQ_24("(24)", "Hopfield's 1984 dynamics of neurons with graded response",
            "τ_f dv_i/dt = Σ_j T_ij g_j − v_i + I_i",
            null, List.of("Hopfield 1984", "continuous Hopfield", "graded", "dynamics", "T g", "T_ij g", "Appendix B", "M6")),
    EQ_25("(25)", "Hopfield's 1984 energy, with the integral of the inverse activation",
            "E = −½ Σ_ij T_ij g_i g_j − Σ_i g_i I_i + Σ_i ∫^{g_i} g⁻¹(z) dz",
            null, List.of("Hopfield 1984", "continuous Hopfield", "energ", "g⁻¹", "inverse", "Appendix B")),
    EQ_26("(26)", "The Lagrangians of the continuous Hopfield limit",
            "L_v = Σ_i ∫^{v_i} g(x) dx,  L_h = ½ Σ_μ h_μ²",
            null, List.of("Lagrangian", "L_v", "L_h", "∫", "Appendix B")),
    EQ_27("(27)", "Their activations from (3)",
            "g_i = g(v_i),  f_μ = h_μ",
            null, List.of("activation", "g(v", "f = h", "f_μ = h_μ", "Appendix B")),
    EQ_28("(28)", "The effective energy of the limit, a Legendre transform in its third term; equal to (25) up to an "
            + "additive constant (lamp's M5 in this case)",
            "E = −½ Σ_ij T_ij g_i g_j − Σ_i g_i I_i + Σ_i (v_i g_i − ∫^{v_i} g(x) dx)",
            null, List.of("effective energy", "energ", "E_eff", "M5", "Appendix B", "Legendre"));

    private final String key;
    private final String statement;
    private final String formula;
    private final String notCheckable;
    private final List<String> topics;

    Paper(String key, String statement, String formula, String notCheckable, List<String> topics) {
        this.key = key;
        this.statement = statement;
        this.formula = formula;
        this.notCheckable = notCheckable;
        this.topics = List.copyOf(topics);
    }

    /** Equation (n) of the paper, 1 ≤ n ≤ 28. */
    public static Paper equation(int n) {
        if (n < 1 || n > 28) throw new IllegalArgumentException("KH2020 numbers its equations (1)–(28), not (" + n + ")");
        return Equations.BY_NUMBER[n - 1];
    }

    /** Section n of the paper (its opening item), 1 ≤ n ≤ 5. */
    public static Paper section(int n) {
        return switch (n) {
            case 1 -> SECTION_1;
            case 2 -> SECTION_2;
            case 3 -> SECTION_3;
            case 4 -> SECTION_4;
            case 5 -> SECTION_5;
            default -> throw new IllegalArgumentException("KH2020 has sections §1–§5 (and Appendices A, B), not §" + n);
        };
    }

    /** The equations in order (a holder: enum constants cannot be read in the enum's own static fields' initialisers). */
    private static final class Equations {
        static final Paper[] BY_NUMBER = {EQ_1, EQ_2, EQ_3, EQ_4, EQ_5, EQ_6, EQ_7, EQ_8, EQ_9, EQ_10, EQ_11, EQ_12, EQ_13,
            EQ_14, EQ_15, EQ_16, EQ_17, EQ_18, EQ_19, EQ_20, EQ_21, EQ_22, EQ_23, EQ_24, EQ_25, EQ_26, EQ_27, EQ_28};
    }

    @Override public Source source() { return Source.KH2020; }

    @Override public String key() { return key; }

    @Override public String statement() { return statement; }

    /** The formula the paper writes there (for a section or figure, the numbers it rests on), in plain Unicode. */
    public String formula() { return formula; }

    /**
     * Words a sentence citing this item speaks of (compared case-insensitively, from the start of a word, so
     * "energ" stands for energy and energies):
     * a citation of "KH2020 (n)" next to none of them names the wrong number.
     */
    public List<String> topics() { return topics; }

    @Override public Optional<String> notCheckable() { return Optional.ofNullable(notCheckable); }

    @Override public String toString() { return id(); }
}
