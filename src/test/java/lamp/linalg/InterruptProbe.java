package lamp.linalg;

import lamp.base.Interrupts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Interrupts a long call on its own thread and measures how it ends: the time from
 * {@link Thread#interrupt()} to the end of the thread (asserted below a generous bound, the target
 * being 0.2 s) and what it threw; then that no lamp thread keeps using the CPU.
 */
public final class InterruptProbe {
    /** The bound asserted on the stop time (the target is 0.2 s; a shared machine is noisy). */
    public static final double BOUND_SECONDS = 2;

    private InterruptProbe() {}

    /** What an interrupted run threw and how long after the interrupt its thread ended. */
    public record Stop(Throwable thrown, double seconds) {
        public String message() {
            return thrown.getMessage();
        }
    }

    /**
     * Runs {@code work} on a new thread, interrupts it after {@code delayMillis}, waits for it to
     * end; fails if it returned before the interrupt, or did not end within {@link #BOUND_SECONDS},
     * or ended with anything but {@link Interrupts.RunInterruptedException}.
     */
    public static Stop interrupt(String label, Runnable work, long delayMillis) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> returned = new AtomicReference<>(false);
        Thread t = new Thread(() -> {
            try {
                work.run();
                returned.set(true);
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "interrupt-probe " + label);
        t.setDaemon(true);
        t.start();
        Thread.sleep(delayMillis);
        assertTrue(t.isAlive(), label + ": the run ended before the interrupt (make it longer)");
        long sent = System.nanoTime();
        t.interrupt();
        t.join((long) (BOUND_SECONDS * 1000));
        double seconds = (System.nanoTime() - sent) / 1e9;
        if (t.isAlive()) {
            StringBuilder where = new StringBuilder();
            for (StackTraceElement e : t.getStackTrace()) where.append("\n    at ").append(e);
            fail(label + ": still running " + BOUND_SECONDS + " s after the interrupt:" + where);
        }
        assertFalse(returned.get(), label + ": returned normally after the interrupt");
        assertNotNull(thrown.get(), label + ": ended without an exception");
        if (!(thrown.get() instanceof Interrupts.RunInterruptedException)) {
            throw new AssertionError(label + ": ended with " + thrown.get() + " instead of RunInterruptedException", thrown.get());
        }
        System.out.printf("%s: stopped %.3f s after the interrupt: %s%n", label, seconds, thrown.get().getMessage());
        assertNoLampThreadBusy(label);
        return new Stop(thrown.get(), seconds);
    }

    /** Every thread named lamp-… uses under 30 % of a core over 0.4 s (a spinning or running one uses about 100 %). */
    public static void assertNoLampThreadBusy(String label) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, Long> before = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        Thread.sleep(100);                                 // the workers' own spin before they park (0.2 ms) is long over
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("lamp-")) {
                before.put(t.getId(), mx.getThreadCpuTime(t.getId()));
                names.put(t.getId(), t.getName());
            }
        }
        long start = System.nanoTime();
        Thread.sleep(400);
        double wall = (System.nanoTime() - start) / 1e9;
        for (Map.Entry<Long, Long> e : before.entrySet()) {
            long after = mx.getThreadCpuTime(e.getKey());
            if (after < 0 || e.getValue() < 0) continue;   // ended, or CPU time not measurable
            double share = (after - e.getValue()) / 1e9 / wall;
            assertTrue(share < 0.3, label + ": thread " + names.get(e.getKey()) + " used " + Math.round(100 * share)
                    + " % of a core after the interrupt");
        }
    }
}
