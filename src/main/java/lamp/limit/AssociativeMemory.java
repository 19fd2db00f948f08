package lamp.limit;

import lamp.base.Checks;
import lamp.memory.Memories;

/**
 * A limit model of the feature neurons alone (THEORY.md §2–3): an energy over feature states, a
 * discrete update that never raises it, and retrieval by iterating the update to a fixed point.
 * Experiments (capacity, basins, β sweeps) drive every model through this interface.
 */
public interface AssociativeMemory {

    /** A short name with the parameters, e.g. {@code "DAM F=x^3"}; for display, never parsed. */
    String name();

    /** The stored memories ξ (N_h × N_f). */
    Memories memories();

    /**
     * The model's energy at a feature state (M5, M8, M10 or M12).
     *
     * @throws ArithmeticException when the energy is beyond the double range (never ±∞ or NaN)
     */
    double energy(double[] state);

    /**
     * One discrete update of the feature state (M7, M9 sweep, M11); the argument is not modified.
     *
     * @throws ArithmeticException when the updated state is beyond the double range
     */
    double[] update(double[] state);

    /**
     * Iterates {@link #update} from {@code query} until an update moves the state by no more than
     * {@code tolerance} in max-norm (a fixed point: converged) or {@code maxSteps} updates have been
     * made, telling {@code observer} about every update (it may end the retrieval early).
     *
     * @param maxSteps  the most updates to make, ≥ 0
     * @param tolerance finite and ≥ 0
     */
    default Retrieval retrieve(double[] query, int maxSteps, double tolerance, UpdateObserver observer) {
        Iteration.checkSettings(maxSteps, tolerance, observer);
        double[] start = Checks.vector("query", query, memories().dimension()).clone();
        return Iteration.run(this, start, Iteration.of(this), maxSteps, tolerance, observer);
    }

    /** {@link #retrieve(double[], int, double, UpdateObserver)} with no observer. */
    default Retrieval retrieve(double[] query, int maxSteps, double tolerance) {
        return retrieve(query, maxSteps, tolerance, UpdateObserver.NONE);
    }

    /** {@link #retrieve(double[], int, double)} with at most 100 updates and tolerance 1e-12. */
    default Retrieval retrieve(double[] query) {
        return retrieve(query, 100, 1e-12);
    }
}
