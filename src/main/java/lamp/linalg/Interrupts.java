package lamp.linalg;

/**
 * The one way a long loop of lamp's notices an interrupt: every loop that can run long calls
 * {@link #check(String)} often enough to stop within a fraction of a second of
 * {@link Thread#interrupt()} (a notebook's Kernel → Interrupt).
 */
public final class Interrupts {
    private Interrupts() {}

    /**
     * Throws {@link RunInterruptedException} naming {@code where} if the current thread has been
     * interrupted. The thread's interrupt flag stays set, so callers further up stop too.
     */
    public static void check(String where) {
        if (Thread.currentThread().isInterrupted()) throw new RunInterruptedException(where);
    }

    /** Thrown by {@link #check(String)}: the run was interrupted and stopped at {@code where}. */
    public static final class RunInterruptedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public RunInterruptedException(String where) {
            super("interrupted: stopped " + where);
        }
    }
}
