package lamp.experiment;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * How a long run reports the points it has finished: nowhere, to a sink one line per point (for tests and
 * logs), or as one {@link StatusLine} rewritten in place: in a notebook a single display updated as points
 * finish, on a console a line rewritten with a carriage return.
 */
final class Progress {
    private static final Progress NONE = new Progress(null, null);

    private final Consumer<String> lines;
    private final StatusLine status;

    private Progress(Consumer<String> lines, StatusLine status) {
        this.lines = lines;
        this.status = status;
    }

    /** No reports. */
    static Progress none() {
        return NONE;
    }

    /** One status line (standard error outside a notebook), rewritten after each point and ended by {@link #done()}. */
    static Progress console() {
        return console(System.err);
    }

    /** The status line, on {@code out} outside a notebook. */
    static Progress console(PrintStream out) {
        return new Progress(null, StatusLine.open(out));
    }

    /** The status line {@code line} (e.g. a fake one in a test). */
    static Progress on(StatusLine line) {
        if (line == null) throw new IllegalArgumentException("status line is null");
        return new Progress(null, line);
    }

    /** One line per finished point to {@code sink} ({@code null}: no reports). */
    static Progress lines(Consumer<String> sink) {
        return sink == null ? NONE : new Progress(sink, null);
    }

    /** {@link #console()} if {@code on}, else {@link #none()}. */
    static Progress console(boolean on) {
        return on ? console() : NONE;
    }

    /** Reports one finished point. */
    synchronized void point(String line) {
        if (lines != null) lines.accept(line);
        if (status != null) status.show(line);
    }

    /** Ends the run: the last line is kept. */
    synchronized void done() {
        if (status != null) status.end();
    }
}
