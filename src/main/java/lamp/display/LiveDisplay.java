package lamp.display;

import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import lamp.experiment.StatusLine;

/**
 * A status line as one notebook display updated in place, the way Jupyter progress bars work: the first text
 * creates a display with an id ({@code display_data}), every later text replaces it ({@code update_display_data}),
 * so the saved notebook holds the last text only. Updates are throttled to one per {@link #DEFAULT_INTERVAL_MS}
 * ms; a text held back is sent when the interval has passed, and {@link #end()} always sends the last one.
 */
public final class LiveDisplay implements StatusLine {

    /** Least time between two updates sent to the front end. */
    static final long DEFAULT_INTERVAL_MS = 100;

    /** Where the display's messages go: the kernel, or a recording sink in a test. */
    interface Sink {
        /** Creates the display {@code id} showing {@code bundle}. */
        void create(String id, MimeBundle bundle);

        /** Replaces what display {@code id} shows with {@code bundle}. */
        void update(String id, MimeBundle bundle);
    }

    private static final class Flusher {
        static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lamp-status-line");
            t.setDaemon(true);
            return t;
        });
    }

    private final Sink sink;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final boolean scheduled;

    private String id;
    private String pending;
    private long lastSent;
    private ScheduledFuture<?> flush;

    /**
     * @param intervalMs least time between updates (0: every text is sent)
     * @param clock nanosecond clock
     * @param scheduled whether a held-back text is sent by a timer once the interval has passed (else by the next
     *        {@link #show} or {@link #end})
     */
    LiveDisplay(Sink sink, long intervalMs, LongSupplier clock, boolean scheduled) {
        if (sink == null) throw new IllegalArgumentException("display sink is null");
        if (intervalMs < 0) throw new IllegalArgumentException("update interval must be >= 0 ms, got " + intervalMs);
        if (clock == null) throw new IllegalArgumentException("clock is null");
        this.sink = sink;
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMs);
        this.clock = clock;
        this.scheduled = scheduled;
    }

    /** A live display in the running kernel, or null if no kernel that can update a display is running. */
    static LiveDisplay inKernel() {
        if (!KernelBridge.canUpdate()) return null;
        return new LiveDisplay(new Sink() {
            @Override
            public void create(String id, MimeBundle bundle) {
                KernelBridge.live(id, bundle, false);
            }

            @Override
            public void update(String id, MimeBundle bundle) {
                KernelBridge.live(id, bundle, true);
            }
        }, DEFAULT_INTERVAL_MS, System::nanoTime, true);
    }

    /** Creates the display on the first text, then replaces its text (at most once per interval). */
    @Override
    public synchronized void show(String text) {
        String t = text == null ? "" : text;
        if (id == null) {
            id = "lamp-status-" + UUID.randomUUID();
            sink.create(id, bundle(t));
            lastSent = clock.getAsLong();
            return;
        }
        pending = t;
        long wait = lastSent + intervalNanos - clock.getAsLong();
        if (wait <= 0) {
            send();
        } else if (scheduled && flush == null) {
            flush = Flusher.EXECUTOR.schedule(this::flushPending, wait, TimeUnit.NANOSECONDS);
        }
    }

    /** Sends the text held back, if any: the display keeps the last text. A later {@link #show} creates a new one. */
    @Override
    public synchronized void end() {
        if (id == null) return;
        if (pending != null) send();
        if (flush != null) {
            flush.cancel(false);
            flush = null;
        }
        id = null;
    }

    private synchronized void flushPending() {
        flush = null;
        if (id != null && pending != null) send();
    }

    private void send() {
        sink.update(id, bundle(pending));
        pending = null;
        lastSent = clock.getAsLong();
    }

    private static MimeBundle bundle(String text) {
        return MimeBundle.of(text);
    }

    /** Found by {@link StatusLine#open} through {@code META-INF/services}: a live display inside a kernel. */
    public static final class Provider implements StatusLine.Provider {
        /** The provider {@link java.util.ServiceLoader} instantiates. */
        public Provider() {}

        /** A live display, or null outside a kernel that can update one. */
        @Override
        public StatusLine open() {
            return inKernel();
        }
    }
}
