package lamp.limit;

import lamp.memory.Memories;

/**
 * A limit model of the feature neurons alone (MATH.md §2–3): an energy over feature states, a
 * discrete update that never raises it, and retrieval by iterating the update to a fixed point.
 * Experiments (capacity, basins, β sweeps) drive every model through this interface.
 */
public interface AssociativeMemory {

    /** A short name with the parameters, e.g. {@code "DAM F=x^3"}. */
    String name();

    /** The stored memories ξ (N_h × N_f). */
    Memories memories();

    /** The model's energy at a feature state (M5, M8, M10 or M12). */
    double energy(double[] state);

    /** One discrete update of the feature state (M7, M9 sweep, M11); the argument is not modified. */
    double[] update(double[] state);

    /**
     * Iterates {@link #update} from {@code query} until the state stops changing (to within
     * {@code tolerance} in max-norm) or {@code maxSteps} updates have been made.
     */
    default Retrieval retrieve(double[] query, int maxSteps, double tolerance) {
        lamp.linalg.Checks.vector("query", query, memories().dimension());
        double[] state = query.clone();
        for (int step = 1; step <= maxSteps; step++) {
            double[] next = update(state);
            double change = 0;
            for (int i = 0; i < state.length; i++) change = Math.max(change, Math.abs(next[i] - state[i]));
            state = next;
            if (change <= tolerance) return new Retrieval(state, step, true, energy(state));
        }
        return new Retrieval(state, maxSteps, false, energy(state));
    }

    /** {@link #retrieve(double[], int, double)} with at most 100 updates and tolerance 1e-12. */
    default Retrieval retrieve(double[] query) {
        return retrieve(query, 100, 1e-12);
    }
}
