package lamp.limit;

import java.util.Arrays;
import java.util.Locale;

/**
 * The outcome of iterating a model's update from a query: the final state, how many updates were
 * made, whether a fixed point was reached, and the energy there. Immutable: {@link #state()}
 * returns a copy. An energy that a double cannot hold (e.g. −Σ e^{ξ_μ·σ} on 784-pixel digits) is
 * not stored as ±∞: {@link #energy()} then throws an ArithmeticException that says so, while the
 * state, steps and convergence, which never needed it, are there as usual. The same holds for a state
 * where the energy is undefined (Model C at v = 0).
 */
public final class Retrieval {
    private final double[] state;
    private final int steps;
    private final boolean converged;
    private final double energy;
    private final String energyProblem;

    private Retrieval(double[] state, int steps, boolean converged, double energy, String energyProblem) {
        if (steps < 0) throw new IllegalArgumentException("a retrieval makes >= 0 updates, got " + steps);
        this.state = state.clone();
        this.steps = steps;
        this.converged = converged;
        this.energy = energy;
        this.energyProblem = energyProblem;
    }

    /** The retrieval of {@code state} after {@code steps} updates, with the model's energy there. */
    static Retrieval of(AssociativeMemory model, double[] state, int steps, boolean converged) {
        try {
            double e = model.energy(state);
            if (!Double.isFinite(e)) {
                return new Retrieval(state, steps, converged, Double.NaN, model.name() + ": the energy at the retrieved state is " + e);
            }
            return new Retrieval(state, steps, converged, e, null);
        } catch (ArithmeticException e) {
            return new Retrieval(state, steps, converged, Double.NaN, e.getMessage());
        } catch (IllegalArgumentException e) {
            // e.g. Model C (M12) at v = 0, where g = v/‖v‖ and so the energy are undefined
            return new Retrieval(state, steps, converged, Double.NaN,
                    model.name() + ": the energy is undefined at the retrieved state: " + e.getMessage());
        }
    }

    /** The final state (a copy). */
    public double[] state() { return state.clone(); }

    /** The number of updates made (0 … the maximum asked for). */
    public int steps() { return steps; }

    /** Whether the last update moved the state by no more than the tolerance (a fixed point). */
    public boolean converged() { return converged; }

    /** Whether the energy at the final state is a finite double. */
    public boolean hasEnergy() { return energyProblem == null; }

    /**
     * The model's energy at the final state.
     *
     * @throws ArithmeticException when it is beyond the double range or undefined there; the message says why
     */
    public double energy() {
        if (energyProblem != null) throw new ArithmeticException(energyProblem);
        return energy;
    }

    @Override
    public String toString() {
        String s = state.length <= 8 ? Arrays.toString(state) : "[" + state.length + " features]";
        String e = energyProblem == null ? String.valueOf(energy) : "unavailable";
        return String.format(Locale.ROOT, "Retrieval{state=%s, steps=%d, converged=%s, energy=%s}", s, steps, converged, e);
    }
}
