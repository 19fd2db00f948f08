package lamp.experiment;

/**
 * Column names of the experiment tables, shared with {@link lamp.plot.Plots}. Parameters
 * (model, N_f, K, corruption, trials, seed, …) are columns too, so every row says how it was made.
 */
public final class Columns {
    private Columns() {}

    public static final String MODEL = "model";
    public static final String PATTERNS = "patterns";
    public static final String N_F = "N_f";
    public static final String K = "K";
    public static final String LOAD = "K/N_f";
    public static final String KIND = "corruption kind";
    public static final String CORRUPTION = "corruption";
    public static final String TRIALS = "trials";
    public static final String MAX_STEPS = "max steps";
    public static final String SEED = "seed";
    /** Fraction of trials whose final state has exactly the target's signs. */
    public static final String EXACT = "exact fraction";
    /** Mean overlap m = ξ_target·v / N_f of the final state with the target memory. */
    public static final String OVERLAP = "mean overlap";
    public static final String STEPS = "mean steps";
    public static final String CONVERGED = "converged fraction";
    public static final String BETA = "beta";
    /** Mean participation ratio 1/Σ p_μ² of the softmax weights at the final state. */
    public static final String PARTICIPATION = "mean participation";
    /** Mean entropy −Σ p_μ ln p_μ of the softmax weights at the final state. */
    public static final String ENTROPY = "mean entropy";
    /** Mean largest softmax weight max_μ p_μ at the final state. */
    public static final String MAX_WEIGHT = "mean max weight";
    public static final String STEP = "step";
    /** Time column of {@link lamp.dynamics.Trajectory} tables. */
    public static final String TIME = "time";
    public static final String ENERGY = "energy";
    public static final String ENERGY_CHANGE = "dE";
    public static final String ENERGY_RATE = "dE/dt";
    public static final String CHANGE = "change";
    public static final String OVERLAP_TARGET = "overlap";
    public static final String RATIO = "tau_h/tau_f";
    public static final String DISTANCE = "distance";
}
