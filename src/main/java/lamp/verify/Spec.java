package lamp.verify;

import java.util.Optional;

/**
 * The checks of lamp's theory document, docs/THEORY.md: its §4 (the Lagrangian catalogue against
 * finite differences), the eighteen checks of §5 a correct implementation passes, §5's exact values,
 * and §6's two estimates of lamp's own (Model B's capacity, the exponential DAM's one-pattern
 * criterion). An item's id is "THEORY" and its place there, e.g. "THEORY §5.12" for §5 check 12.
 */
public enum Spec implements Item {
    CATALOGUE("§4", "Every activation of the Lagrangian catalogue equals the finite-difference gradient of its "
            + "Lagrangian (M1), every Hessian the finite-difference Jacobian of its activation, and the catalogue's "
            + "Lagrangians are convex (PSD Hessians)"),
    CHECK_1("§5.1", "(M4) equals the central finite difference of E along the flow (step 1e-6) at random states, for "
            + "Models A, B and C"),
    CHECK_2("§5.2", "E is non-increasing along integrated trajectories whenever both Hessians are PSD"),
    CHECK_3("§5.3", "A non-PSD choice (e.g. L_h = −Σ log cosh) makes dE/dt > 0 somewhere: the convexity the "
            + "guarantee asks for is really needed"),
    CHECK_4("§5.4", "At a fixed point of (M2), v = ξᵀf + I and h = ξg to solver tolerance"),
    CHECK_5("§5.5", "Fast-hidden limit: ‖v_micro(t) − v_eff(t)‖ decreases as τ_h/τ_f → 0 (1, 0.1, 0.01), about "
            + "linearly (lamp's own check, not the paper's)"),
    CHECK_6("§5.6", "Model B's update equals ξᵀ softmax(βξq) computed directly; with N_h = 1000 random ±1 patterns, "
            + "N_f = 64, β = 1 and 10% of a pattern's entries flipped, the sign of one update is the pattern"),
    CHECK_7("§5.7", "Classical Hopfield: −½σᵀ(ξᵀξ)σ equals (M8) with F = x²/2; with N_f = 100, 5 random patterns are "
            + "fixed points"),
    CHECK_8("§5.8", "Polynomial DAM n = 3, N_f = 100: 200 random patterns (K > N_f) are retrieved exactly from 10% "
            + "corruption by asynchronous sweeps of (M9) in ≥ 90% of trials; classical Hopfield at K = 200 fails almost always"),
    CHECK_9("§5.9", "Log-sum-exp memory stores K ≫ N_f: N_f = 64, K = 1000 random ±1 patterns, β = 1, 6 entries "
            + "flipped: one update (M11) retrieves exactly"),
    CHECK_10("§5.10", "Model C: the energy is invariant to v → c·v, c > 0"),
    CHECK_11("§5.11", "The log-sum-exp Hessian is β(diag p − ppᵀ) with rows summing to 0; the spherical Hessian "
            + "annihilates v"),
    CHECK_12("§5.12", "The discrete update (M7) never increases E_eff for convex L_v, L_h (a concave–convex step), on "
            + "random instances of Models A (tanh), B and C"),
    CHECK_13("§5.13", "Continuous Hopfield (Appendix B): with g = tanh, E_eff − [−½gᵀTg − g·I + Σ(g_i artanh g_i "
            + "+ ½ ln(1 − g_i²))] is the same constant (0) at random states, and (M6) is τ_f dv/dt = T tanh(v) − v + I"),
    CHECK_14("§5.14", "Many-body: for F = x³ and random ±1 ξ and σ, Σ_μ (ξ_μ·σ)³ = Σ_ijk T_ijk σ_iσ_jσ_k exactly"),
    CHECK_15("§5.15", "Model C with α ∈ {0, 0.5, 1}: E never rises and v/‖v‖ follows the same path for every α at a "
            + "different speed (compared at equal energies the directions agree to the integrator's accuracy); with "
            + "α = 0, ‖v‖ grows"),
    CHECK_16("§5.16", "Model B's Euler step v ← v + a[ξᵀ softmax(βξv) − v], a = dt/τ_f (KH2020 (15)): the Hessian of "
            + "(M10) is ⪯ I, so E(v + a d) ≤ E(v) − a(1 − a/2)‖d‖² and every a ∈ (0, 2) descends; beyond a = 2 the energy "
            + "can rise"),
    CHECK_17("§5.17", "The two-population Model C, KH2020 (19) (L_v = ‖v‖, additive L_h, decay −αv, I = 0): the α-term "
            + "drops out of dE/dt because M v = 0 (20); E (M3) never rises for α ∈ {0, 0.5, 1}, and as τ_h → 0 the "
            + "trajectory approaches the effective dynamics (22)"),
    CHECK_18("§5.18", "Asymmetric synapses (§1: symmetry can be relaxed at the price of the energy): with weights B from "
            + "feature to hidden and A ≠ B back, E (M3) written with B rises along the trajectory; with A = B it never does"),
    EXACT_LOG_SUM_EXP("§5 exact: log-sum-exp", "Log-sum-exp at x = (0, ln 2, ln 3), β = 1: L = ln 6, activation "
            + "(1/6, 1/3, 1/2), 36·Hessian = [[5,−2,−3],[−2,8,−6],[−3,−6,9]]"),
    EXACT_LAYER_NORM("§5 exact: layer norm", "Layer norm (γ = 1, δ = 0) at x = (1, 2, 3, 4): L = 2√5, activation "
            + "(−3, −1, 1, 3)/√5"),
    EXACT_MODEL_B_ONE_HOT("§5 exact: Model B one-hot", "Model B, one-hot memories of ℝ³, β = 10, q = e₁: one update "
            + "gives (p₁, p₂, p₂), p₁ = 1/(1 + 2e^{−10}), p₂ = e^{−10}p₁; E(e₁) = −0.5000090795737466; β → 0 gives the mean"),
    EXACT_BINARY_DAM("§5 exact: binary DAM", "Binary DAM (M8), memories (1,1,1,1), (1,−1,1,−1), (1,1,−1,−1), at the "
            + "first memory and with its first bit flipped: F = x²: −16, −12; (x)₊²: −16, −4; x³: −64, +8; (x)₊³: −64, −8"),
    EXACT_BLOW_UP("§5 exact: blow-up", "L_v = ½‖v‖², L_h = Σ(h)₊³/3, ξ = I₂, fast hidden limit: from (1.5, 0.2), "
            + "v(t) = (1/(1 − eᵗ/3), 1/(1 + 4eᵗ)) blows up at t = ln 3; from (0.5, 0.2) it decays to 0"),
    EXACT_MODEL_C("§5 exact: Model C", "Model C, ξ = I₂, L_h = Σ(h)₊³/3: E(2, 0.5) = E(10, 2.5) = −0.30911403190905185; "
            + "the update converges to (1, 0) with E = −1/3"),
    MODEL_B_CAPACITY("§6 Model B capacity", "For ±1 patterns and a fraction ρ of flipped entries, Model B retrieves "
            + "in one update up to K* with ln K* ≈ N_f[β(1 − 2ρ) − ln cosh β], since the mean of e^{βξ·q} over random "
            + "patterns is cosh(β)^{N_f} (lamp's estimate)"),
    EXP_DAM_ONE_PATTERN("§6 exponential DAM, one pattern", "For F = eˣ and random ±1 patterns, a random stored pattern "
            + "is a fixed point of (M9) up to K = e^{αN_f} with α at a threshold between 1 − ln cosh 1 ≈ 0.566 (below it, as N_f "
            + "grows, the other patterns' terms, every sign against the signal, stay below the signal: their sum nears its mean) and ln 2 (beyond it patterns one flip "
            + "away appear); more than the ln 2 / 2 of every pattern at once; lamp's bounds");

    private final String key;
    private final String statement;

    Spec(String key, String statement) {
        this.key = key;
        this.statement = statement;
    }

    /** Check n of docs/THEORY.md §5, 1 ≤ n ≤ 18. */
    public static Spec check(int n) {
        if (n < 1 || n > 18) throw new IllegalArgumentException("docs/THEORY.md §5 has checks 1–18, not " + n);
        return Numbered.BY_NUMBER[n - 1];
    }

    /** The checks in order (a holder: enum constants cannot be read in the enum's own static fields' initialisers). */
    private static final class Numbered {
        static final Spec[] BY_NUMBER = {CHECK_1, CHECK_2, CHECK_3, CHECK_4, CHECK_5, CHECK_6, CHECK_7, CHECK_8, CHECK_9,
            CHECK_10, CHECK_11, CHECK_12, CHECK_13, CHECK_14, CHECK_15, CHECK_16, CHECK_17, CHECK_18};
    }

    @Override public Source source() { return Source.THEORY; }

    @Override public String key() { return key; }

    @Override public String statement() { return statement; }

    @Override public Optional<String> notCheckable() { return Optional.empty(); }

    @Override public String toString() { return id(); }
}
