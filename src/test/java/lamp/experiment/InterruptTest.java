package lamp.experiment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import lamp.dynamics.Simulation;
import lamp.limit.DenseAssociativeMemory;
import lamp.limit.ModernHopfield;
import lamp.lagrangian.ScalarFunction;
import lamp.linalg.InterruptProbe;
import lamp.base.Interrupts;
import lamp.linalg.Parallel;
import lamp.linalg.Tasks;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;

/**
 * Every long call of lamp stops soon after an interrupt of its thread, with a message naming where
 * and how far it came, and leaves no lamp thread busy: the integrators, a retrieval loop, the trials
 * of an experiment (sequential and on the task pool), a bisection, a sweep of networks and
 * {@link Parallel}'s workers. The stop times are printed; the bound asserted is
 * {@link InterruptProbe#BOUND_SECONDS} (the target is 0.2 s).
 */
class InterruptTest {
    private static final Memories XI = Patterns.randomBinary(50, 32, 1);

    @Test
    void aLongSimulationStopsAtItsNextEvaluation() throws InterruptedException {
        double[] query = Corruption.flip(XI.row(0), 0.2, 3);
        InterruptProbe.Stop stop = InterruptProbe.interrupt("Simulation duration 1e6",
                () -> Simulation.of(new ModernHopfield(XI, 1)).duration(1e6).sampleEvery(1e5).run(query), 300);
        assertTrue(stop.message().startsWith("interrupted: stopped in Simulation.run at t = "), stop.message());
        assertTrue(stop.message().endsWith(" of 1e+06") || stop.message().contains(" of 1"), stop.message());
    }

    @Test
    void aRetrievalLoopStopsBeforeItsNextUpdate() throws InterruptedException {
        // an update that never converges: v ← −v, asked for two billion updates
        lamp.limit.AssociativeMemory flip = new lamp.limit.AssociativeMemory() {
            @Override public String name() { return "sign flip"; }
            @Override public Memories memories() { return XI; }
            @Override public double energy(double[] state) { return 0; }
            @Override public double[] update(double[] state) {
                double[] out = state.clone();
                for (int i = 0; i < out.length; i++) out[i] = -out[i];
                return out;
            }
        };
        InterruptProbe.Stop stop = InterruptProbe.interrupt("retrieval",
                () -> flip.retrieve(XI.row(0), Integer.MAX_VALUE, 0), 200);
        assertTrue(stop.message().matches("interrupted: stopped in the retrieval of sign flip after \\d+ of 2147483647 updates"),
                stop.message());
    }

    @Test
    void anExperimentStopsBetweenTrialsOnThePoolAndOnTheCallingThread() throws InterruptedException {
        for (boolean parallel : new boolean[] {true, false}) {
            InterruptProbe.Stop stop = InterruptProbe.interrupt("Capacity, parallel " + parallel,
                    () -> Capacity.of("modern(1)").features(32).memories(300).trials(10_000_000).parallel(parallel).run(), 300);
            assertTrue(stop.message().matches("interrupted: stopped (in the retrieval of modern Hopfield β=1.0 after \\d+ of 100 updates, )?"
                    + "in the trials of 300 memories after \\d+ of 10000000 trials"), stop.message());
        }
    }

    @Test
    void aBisectionStopsBetweenEvaluations() throws InterruptedException {
        AtomicInteger asked = new AtomicInteger();
        InterruptProbe.Stop stop = InterruptProbe.interrupt("Bisection", () -> Bisection.largestPassing(k -> {
            asked.incrementAndGet();
            long until = System.nanoTime() + 20_000_000;        // each evaluation 20 ms, not itself interruptible
            while (System.nanoTime() < until) Thread.onSpinWait();
            return k < 1_000_000_000;
        }, 1, 0, Integer.MAX_VALUE), 100);
        assertTrue(stop.message().startsWith("interrupted: stopped in Bisection after " + asked.get() + " evaluations"), stop.message());
    }

    @Test
    void aSweepOfNetworksStops() throws InterruptedException {
        InterruptProbe.Stop stop = InterruptProbe.interrupt("TimescaleSweep", () -> TimescaleSweep.create()
                .features(32).memories(20).ratios(0.1, 0.05).duration(1e6).sampleEvery(1e5).run(), 500);
        assertTrue(stop.message().contains("in Simulation.run at t = ") || stop.message().contains("in TimescaleSweep"),
                stop.message());
    }

    @Test
    void aHiddenSaturationRunStopsInItsTrialsOnLampsWorkers() throws InterruptedException {
        InterruptProbe.Stop stop = InterruptProbe.interrupt("HiddenSaturation", () -> HiddenSaturation.builder()
                .order(3).features(200).hidden(1500).checked(100).trials(1_000_000).run(), 500);
        assertTrue(stop.message().matches("interrupted: stopped (DAM sweep, )?in HiddenSaturation at n = 3, N_h = 1500 after \\d+ of "
                + "1000000 trials"), stop.message());
    }

    @Test
    void parallelCallersAndWorkersStop() throws InterruptedException {
        // parts that never end on their own: only an interrupt of the worker running them stops them
        InterruptProbe.Stop stop = InterruptProbe.interrupt("Parallel.forEach", () -> Parallel.forEach(Parallel.threads(), p -> {
            while (true) Interrupts.check("in part " + p);
        }), 200);
        assertTrue(stop.message().startsWith("interrupted: stopped in part "), stop.message());
        // and the workers serve the next call, with no interrupt left over from the stopped one
        AtomicInteger runs = new AtomicInteger();
        for (int call = 0; call < 100; call++) Parallel.forEach(Parallel.threads(), p -> {
            Interrupts.check("in a later call");
            runs.incrementAndGet();
        });
        assertEquals(100 * Parallel.threads(), runs.get());
    }

    @Test
    void taskPoolCallersStopAndTheTasksWithThem() throws InterruptedException {
        InterruptProbe.Stop stop = InterruptProbe.interrupt("Tasks.map", () -> Tasks.map(1000, i -> {
            while (true) Interrupts.check("in task " + i);
        }, true, "in the test's tasks", "tasks"), 200);
        assertTrue(stop.message().matches("interrupted: stopped in task \\d, in the test's tasks after 0 of 1000 tasks"), stop.message());
        List<Integer> squares = Tasks.map(50, i -> {
            Interrupts.check("in a later task");
            return i * i;
        }, true, "in later tasks", "tasks");
        for (int i = 0; i < 50; i++) assertEquals(i * i, squares.get(i));
    }

    @Test
    void trialsGiveTheSameBitsOnThePoolAndOnOneThread() {
        assumeSeveralThreads();
        for (String model : new String[] {"modern(2)", "dam(3)"}) {
            var on = Capacity.of(model).features(40).memories(30, 90).corruption(0.15).trials(37).seed(5).parallel(true).run().table();
            var off = Capacity.of(model).features(40).memories(30, 90).corruption(0.15).trials(37).seed(5).parallel(false).run().table();
            for (String c : new String[] {Columns.EXACT, Columns.OVERLAP, Columns.STEPS, Columns.CONVERGED}) {
                for (int r = 0; r < on.rowCount(); r++) {
                    assertEquals(Double.doubleToLongBits(off.doubleColumn(c).get(r)), Double.doubleToLongBits(on.doubleColumn(c).get(r)),
                            model + " " + c + " row " + r);
                }
            }
        }
        // the tasks really ran on more than one pool thread, and kernels inside them sequentially
        List<String> threads = Tasks.map(64, i -> {
            long until = System.nanoTime() + 2_000_000;
            while (System.nanoTime() < until) Thread.onSpinWait();
            return Thread.currentThread().getName() + (Parallel.available() ? " parallel" : "");
        }, true, "in the test", "tasks");
        assertTrue(new java.util.HashSet<>(threads).size() > 1, "one thread ran every task: " + threads);
        for (String t : threads) assertTrue(t.startsWith("lamp-task-") && !t.endsWith(" parallel"), t);
    }

    @Test
    void aTaskFailureIsRethrownByIndex() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tasks.map(40, i -> {
            if (i == 7) throw new IllegalStateException("task 7");
            return i;
        }, true, "in the test", "tasks"));
        assertEquals("task 7", e.getMessage());
        assertEquals(List.of(0, 1, 2), Tasks.map(3, i -> i, true, "in the test", "tasks"));
        assertEquals(new ArrayList<Integer>(), Tasks.map(0, i -> i, true, "in the test", "tasks"));
    }

    @Test
    void aDamRetrievalStops() throws InterruptedException {
        DenseAssociativeMemory dam = new DenseAssociativeMemory(Patterns.randomBinary(3000, 200, 2), ScalarFunction.power(3));
        InterruptProbe.Stop stop = InterruptProbe.interrupt("DAM retrievals", () -> {
            for (int i = 0; ; i++) dam.retrieve(Corruption.flip(dam.memories().row(i % 3000), 0.3, i), 100, 0);
        }, 300);
        assertTrue(stop.message().contains("in the retrieval of") || stop.message().contains("DAM sweep"), stop.message());
    }

    /** An interrupt that lands before the first sweep (in the product ξσ, a parallel call) still names the retrieval. */
    @Test
    void anInterruptBeforeTheFirstSweepNamesTheRetrieval() {
        DenseAssociativeMemory dam = new DenseAssociativeMemory(Patterns.randomBinary(3000, 200, 2), ScalarFunction.power(3));
        double[] q = dam.memories().row(0);
        Thread.currentThread().interrupt();
        try {
            Interrupts.RunInterruptedException e = assertThrows(Interrupts.RunInterruptedException.class, () -> dam.retrieve(q, 100, 0));
            assertTrue(e.getMessage().contains("in the retrieval of " + dam.name()), e.getMessage());
        } finally {
            Thread.interrupted();
        }
    }

    private static void assumeSeveralThreads() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Parallel.threads() > 1, "one thread: -Dlamp.threads=1");
    }
}
