package lamp.base;

/**
 * The one way a long loop of lamp's notices an interrupt: every loop that can run long calls
 * {@link #check(String)} often enough to stop within a fraction of a second of
 * {@link Thread#interrupt()} (a notebook's Kernel → Interrupt). The exception names where the run
 * stopped and, with {@link #check(String, long, long, String)}, how far it had come.
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

    /**
     * As {@link #check(String)}, the message also saying how far the run had come:
     * "stopped in Capacity after 312 of 500 trials" for {@code check("in Capacity", 312, 500, "trials")}.
     */
    public static void check(String where, long done, long total, String units) {
        if (Thread.currentThread().isInterrupted()) throw new RunInterruptedException(progress(where, done, total, units));
    }

    /** "where after done of total units", the text {@link #check(String, long, long, String)} reports. */
    public static String progress(String where, long done, long total, String units) {
        return where + " after " + done + " of " + total + " " + units;
    }

    /** Thrown by {@link #check(String)}: the run was interrupted and stopped at {@code where}. */
    public static final class RunInterruptedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String where;

        public RunInterruptedException(String where) {
            this(where, null);
        }

        /** The same, {@code cause} being where a part of the run (on another thread) stopped. */
        public RunInterruptedException(String where, Throwable cause) {
            super("interrupted: stopped " + where, cause);
            this.where = where;
        }

        /** Where the run stopped ("in Simulation.run at t = 12.5 of 1e+06"). */
        public String where() {
            return where;
        }
    }
}
