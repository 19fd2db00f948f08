package lamp.limit;

import lamp.base.Checks;
import lamp.base.Interrupts;

/**
 * The one loop that iterates a model's discrete update to a fixed point (retrieval, M7, M9, M11):
 * update, measure the max-norm change, tell the observer, stop at a change within the tolerance or
 * after the last allowed update. {@link AssociativeMemory#retrieve} runs it with the model's
 * {@link AssociativeMemory#update}; {@link DenseAssociativeMemory} with its in-place sweep.
 * An interrupt of the thread stops it before its next update ({@link Interrupts}).
 */
final class Iteration {
    private Iteration() {}

    /** One update in place; returns the max-norm distance between the state before and after. */
    @FunctionalInterface
    interface Step {
        double apply(double[] state);
    }

    /** The step that replaces the state by {@code model.update(state)}. */
    static Step of(AssociativeMemory model) {
        return state -> {
            double[] next = model.update(state);
            if (next == null || next.length != state.length) {
                throw new IllegalStateException(model.name() + ": the update returned "
                        + (next == null ? "null" : next.length + " values") + " for a state of " + state.length);
            }
            double change = 0;
            for (int i = 0; i < state.length; i++) {
                if (!Double.isFinite(next[i])) {
                    throw new ArithmeticException(model.name() + ": the update gave " + next[i] + " at feature " + i
                            + " (not representable as a double)");
                }
                change = Math.max(change, Math.abs(next[i] - state[i]));
            }
            System.arraycopy(next, 0, state, 0, state.length);
            return change;
        };
    }

    /**
     * Iterates {@code step} from {@code start} (which becomes the loop's own state) at most
     * {@code maxSteps} times; see {@link AssociativeMemory#retrieve(double[], int, double, UpdateObserver)}.
     */
    static Retrieval run(AssociativeMemory model, double[] start, Step step, int maxSteps, double tolerance, UpdateObserver observer) {
        return named(model, () -> iterate(model, start, step, maxSteps, tolerance, observer));
    }

    /**
     * {@code body}, with an interrupt that stops it named as stopped in the retrieval of {@code model}
     * wherever it lands (the first product of the state, the loop, the energy at the end).
     */
    static Retrieval named(AssociativeMemory model, java.util.function.Supplier<Retrieval> body) {
        try {
            return body.get();
        } catch (Interrupts.RunInterruptedException e) {
            String where = "in the retrieval of " + model.name();
            if (e.where().contains(where)) throw e;
            throw new Interrupts.RunInterruptedException(e.where() + ", " + where, e);
        }
    }

    private static Retrieval iterate(AssociativeMemory model, double[] start, Step step, int maxSteps, double tolerance, UpdateObserver observer) {
        checkSettings(maxSteps, tolerance, observer);
        double[] state = start;
        boolean watched = observer != UpdateObserver.NONE;
        for (int s = 1; s <= maxSteps; s++) {
            if (Thread.currentThread().isInterrupted()) {
                Interrupts.check("in the retrieval of " + model.name(), s - 1, maxSteps, "updates");
            }
            double[] before = watched ? state.clone() : null;
            double change = step.apply(state);
            boolean more = !watched || observer.updated(s, before, state.clone(), change);
            if (change <= tolerance) return Retrieval.of(model, state, s, true);
            if (!more) return Retrieval.of(model, state, s, false);
        }
        return Retrieval.of(model, state, maxSteps, false);
    }

    static void checkSettings(int maxSteps, double tolerance, UpdateObserver observer) {
        Checks.count("maximum number of updates", maxSteps, 0);
        Checks.atLeast("tolerance", tolerance, 0);
        if (observer == null) throw new IllegalArgumentException("update observer is null (use UpdateObserver.NONE)");
    }
}
