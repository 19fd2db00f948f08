package lamp.experiment;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * How a long run reports the points it has finished: nowhere, to a sink one line per point (for
 * tests and logs), or to the console as one status line rewritten in place with a carriage return,
 * which a notebook shows as a single line that keeps changing.
 */
final class Progress {
    private static final Progress NONE = new Progress(null, null);

    private final Consumer<String> lines;
    private final PrintStream console;
    private int shown;

    private Progress(Consumer<String> lines, PrintStream console) {
        this.lines = lines;
        this.console = console;
    }

    /** No reports. */
    static Progress none() {
        return NONE;
    }

    /** One status line on standard error, rewritten after each point and ended by {@link #done()}. */
    static Progress console() {
        return console(System.err);
    }

    /** The status line on {@code out}. */
    static Progress console(PrintStream out) {
        return new Progress(null, out);
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
        if (console != null) {
            StringBuilder s = new StringBuilder("\r").append(line);
            for (int i = line.length(); i < shown; i++) s.append(' ');   // blank what a longer line left
            console.print(s);
            console.flush();
            shown = line.length();
        }
    }

    /** Ends the run: the console line is kept and the cursor moves to the next line. */
    synchronized void done() {
        if (console != null && shown > 0) {
            console.println();
            console.flush();
            shown = 0;
        }
    }
}
