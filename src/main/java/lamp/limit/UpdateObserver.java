package lamp.limit;

/**
 * Watches the discrete updates of a retrieval (M7, M9 sweeps, M11) one by one, e.g. to tabulate
 * the energy along the way or to stop early; handed to
 * {@link AssociativeMemory#retrieve(double[], int, double, UpdateObserver)}. What is observed is
 * the observer's business: the model only updates.
 */
@FunctionalInterface
public interface UpdateObserver {

    /** Observes nothing and never stops a retrieval. */
    UpdateObserver NONE = (step, before, after, change) -> true;

    /**
     * Called after update {@code step} (1, 2, …) with copies of the state before and after it and
     * their max-norm distance; return {@code false} to end the retrieval at this state (it then
     * reports itself not converged unless the change was within the tolerance).
     */
    boolean updated(int step, double[] before, double[] after, double change);
}
