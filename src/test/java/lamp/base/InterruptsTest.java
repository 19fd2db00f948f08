package lamp.base;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class InterruptsTest {
    @Test
    void checkThrowsOnlyWhenInterruptedAndKeepsTheFlag() {
        Interrupts.check("nowhere");                      // not interrupted: returns
        Thread.currentThread().interrupt();
        try {
            Interrupts.RunInterruptedException e = assertThrows(Interrupts.RunInterruptedException.class,
                    () -> Interrupts.check("in the test loop at step 3"));
            assertTrue(e.getMessage().contains("in the test loop at step 3"), e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set for callers further up");
        } finally {
            Thread.interrupted();                          // clear it for the other tests
        }
    }
}
