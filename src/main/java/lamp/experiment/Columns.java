package lamp.experiment;

import lamp.dynamics.Trajectory;

/**
 * Column names of the experiment tables, which the charts (lamp.plot, a layer above) read too.
 * Parameters (model, N_f, K, degree n, β, corruption, trials, seed, …) are columns of their own,
 * typed as numbers where they are numbers, so every row says how it was made and nothing has to be
 * read back from a label.
 */
public final class Columns {
    private Columns() {}

    public static final String MODEL = "model";
    /** Degree n of a Model A interaction F = c·xⁿ (0: none), for the capacity formulas. */
    public static final String DEGREE = "degree n";
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
    /** Time column of the trajectory tables of lamp.dynamics ({@link Trajectory#TIME}). */
    public static final String TIME = Trajectory.TIME;
    /** The energy, named as in the trajectory tables ({@link Trajectory#ENERGY}). */
    public static final String ENERGY = Trajectory.ENERGY;
    public static final String ENERGY_CHANGE = "dE";
    /** dE / max(1, |E before|): the one measure of a rise ({@link Descent#isRise}). */
    public static final String RELATIVE_CHANGE = "relative dE";
    /** dE/dt, named as in the trajectory tables ({@link Trajectory#ENERGY_RATE}). */
    public static final String ENERGY_RATE = Trajectory.ENERGY_RATE;
    public static final String CHANGE = "change";
    public static final String OVERLAP_TARGET = "overlap";
    public static final String RATIO = "tau_h/tau_f";
    public static final String DISTANCE = "distance";
}
