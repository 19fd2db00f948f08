package lamp.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lamp.experiment.InPlaceLine;
import lamp.experiment.StatusLine;
import org.junit.jupiter.api.Test;

class LiveDisplayTest {

    /** What a fake front end received: "create id text" or "update id text". */
    private static final class Recorder implements LiveDisplay.Sink {
        final List<String[]> messages = new ArrayList<>();

        @Override
        public void create(String id, MimeBundle bundle) {
            messages.add(new String[] {"create", id, bundle.get(MimeBundle.TEXT)});
        }

        @Override
        public void update(String id, MimeBundle bundle) {
            messages.add(new String[] {"update", id, bundle.get(MimeBundle.TEXT)});
        }
    }

    @Test
    void oneCreateThenAnUpdatePerTextOfTheSameDisplay() {
        Recorder r = new Recorder();
        LiveDisplay line = new LiveDisplay(r, 0, System::nanoTime, false);
        int n = 7;
        for (int i = 1; i <= n; i++) line.show("point " + i + "/" + n);
        line.end();
        assertEquals(n, r.messages.size());
        assertEquals("create", r.messages.get(0)[0]);
        assertEquals("point 1/7", r.messages.get(0)[2]);
        for (int i = 1; i < n; i++) {
            assertEquals("update", r.messages.get(i)[0], "message " + i);
            assertEquals(r.messages.get(0)[1], r.messages.get(i)[1], "every update names the display created");
        }
        assertEquals("point 7/7", r.messages.get(n - 1)[2], "the display keeps the last line");
    }

    @Test
    void updatesAreThrottledAndTheLastLineIsAlwaysSent() {
        Recorder r = new Recorder();
        long[] now = {0};
        LiveDisplay line = new LiveDisplay(r, 100, () -> now[0], false);
        int n = 200;
        for (int i = 1; i <= n; i++) {
            line.show("point " + i);
            now[0] += 10_000_000L;   // a point every 10 ms: two seconds in all
        }
        line.end();
        long updates = r.messages.stream().filter(m -> m[0].equals("update")).count();
        assertEquals(1, r.messages.stream().filter(m -> m[0].equals("create")).count());
        assertTrue(updates >= 19 && updates <= 21, "about ten updates a second over two seconds, got " + updates);
        assertEquals("point 200", r.messages.get(r.messages.size() - 1)[2]);
    }

    @Test
    void heldBackTextIsSentByTheTimer() throws InterruptedException {
        Recorder r = new Recorder();
        LiveDisplay line = new LiveDisplay(r, 50, System::nanoTime, true);
        line.show("a");
        line.show("b");   // within the interval: held back
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            synchronized (line) {
                if (r.messages.size() == 2) break;
            }
            Thread.sleep(10);
        }
        synchronized (line) {
            assertEquals(2, r.messages.size());
            assertEquals("b", r.messages.get(1)[2]);
        }
        line.end();
        assertEquals(2, r.messages.size(), "nothing left to send");
    }

    @Test
    void aShowAfterEndStartsANewDisplay() {
        Recorder r = new Recorder();
        LiveDisplay line = new LiveDisplay(r, 0, System::nanoTime, false);
        line.end("first run done");
        line.end();   // a second end sends nothing
        line.show("second run");
        assertEquals(2, r.messages.size());
        assertEquals("create", r.messages.get(1)[0]);
        assertNotEquals(r.messages.get(0)[1], r.messages.get(1)[1]);
    }

    @Test
    void outsideAKernelTheStatusLineIsTheConsoleLine() {
        assertNull(LiveDisplay.inKernel());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StatusLine line = StatusLine.open(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertTrue(line instanceof InPlaceLine, line.getClass().getName());
        line.end("done");
        assertEquals("\rdone" + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LiveDisplay(null, 0, System::nanoTime, false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LiveDisplay(new Recorder(), -1, System::nanoTime, false));
        assertTrue(e.getMessage().contains("interval"), e.getMessage());
    }
}
