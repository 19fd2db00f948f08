package lamp.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** {@link Parallel#forEach}: every part exactly once, failures rethrown, nesting, concurrent callers, no lost wake-up. */
class ParallelTest {

    @Test
    void everyPartRunsExactlyOnce() {
        for (int parts : new int[] {0, 1, 2, 3, 17, 200}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(parts, 1));
            Parallel.forEach(parts, p -> runs.incrementAndGet(p));
            for (int p = 0; p < parts; p++) assertEquals(1, runs.get(p), "part " + p + " of " + parts);
        }
    }

    @Test
    void theFailureOfTheLowestFailingPartIsRethrown() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forEach(8, p -> {
            if (p == 3 || p == 6) throw new IllegalStateException("part " + p);
        }));
        assertEquals("part 3", e.getMessage());
        AssertionError error = assertThrows(AssertionError.class, () -> Parallel.forEach(4, p -> {
            if (p == 2) throw new AssertionError("an error, not an exception");
        }));
        assertEquals("an error, not an exception", error.getMessage());
        // and the workers still serve the next call
        AtomicIntegerArray runs = new AtomicIntegerArray(4);
        Parallel.forEach(4, runs::incrementAndGet);
        for (int p = 0; p < 4; p++) assertEquals(1, runs.get(p));
    }

    @Test
    void aNestedCallRunsOnItsCallersThread() {
        ConcurrentHashMap<Integer, Thread> outer = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, Thread> inner = new ConcurrentHashMap<>();
        Parallel.forEach(4, p -> {
            outer.put(p, Thread.currentThread());
            Parallel.forEach(3, q -> inner.put(p + "/" + q, Thread.currentThread()));
        });
        assertEquals(12, inner.size());
        inner.forEach((key, thread) -> assertSame(outer.get(Integer.parseInt(key.split("/")[0])), thread, key));
    }

    @Test
    void callsFromTwoThreadsAtOnceBothComplete() throws Exception {
        int calls = 2000;
        long[] sums = new long[2];
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                for (int c = 0; c < calls; c++) {
                    long[] part = new long[5];
                    Parallel.forEach(5, p -> part[p] = p + 1);
                    for (long x : part) sums[id] += x;
                }
            });
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (Thread t : threads) t.start();
            for (Thread t : threads) t.join();
        });
        assertEquals(15L * calls, sums[0]);
        assertEquals(15L * calls, sums[1]);
    }

    @Test
    void partsRunConcurrentlyEvenWhenTwoThreadsCallAtOnce() throws Exception {
        // the two halves of a parallel DAM sweep wait for each other: part 0 must never run alone
        // while part 1 waits for it, also when several threads (a parallel stream of trials) call at once
        org.junit.jupiter.api.Assumptions.assumeTrue(Parallel.threads() > 1, "one thread configured");
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Thread[] callers = new Thread[3];
            for (int t = 0; t < callers.length; t++) {
                callers[t] = new Thread(() -> {
                    for (int c = 0; c < 300; c++) {
                        java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
                        Parallel.forEach(2, p -> {
                            both.countDown();
                            try {
                                if (!both.await(10, java.util.concurrent.TimeUnit.SECONDS)) throw new IllegalStateException("part " + p + " ran alone");
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    }
                });
                callers[t].setUncaughtExceptionHandler((thread, e) -> failure.compareAndSet(null, e));
            }
            for (Thread t : callers) t.start();
            for (Thread t : callers) t.join();
        });
        if (failure.get() != null) throw new AssertionError("a caller failed: " + failure.get(), failure.get());
    }

    @Test
    void manyShortCallsWithPausesNeverHang() {
        // pauses longer than the spin make the workers park between calls: each call must wake them
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int c = 0; c < 300; c++) {
                AtomicIntegerArray runs = new AtomicIntegerArray(3);
                Parallel.forEach(3, runs::incrementAndGet);
                for (int p = 0; p < 3; p++) assertEquals(1, runs.get(p), "call " + c);
                if (c % 3 == 0) Thread.sleep(0, 300_000 + (c % 7) * 100_000);
            }
            for (int c = 0; c < 20000; c++) {
                int[] out = new int[2];
                Parallel.forEach(2, p -> out[p] = 1);
                assertEquals(2, out[0] + out[1], "call " + c);
            }
        });
    }
}
