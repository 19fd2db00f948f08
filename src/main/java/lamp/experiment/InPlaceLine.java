package lamp.experiment;

import java.io.PrintStream;

/**
 * A status line rewritten in place: each {@link #show} returns the cursor with '\r' and overwrites
 * the previous text (padded with spaces where the new one is shorter), so a long run shows one
 * changing line instead of a line per step; {@link #end} writes the last text and the only newline.
 * Jupyter front ends and terminals both honour '\r' in a text stream.
 */
public final class InPlaceLine {
    private final PrintStream out;
    private int width;

    /** A line on {@code out} (e.g. {@code System.out} in a notebook cell). */
    public InPlaceLine(PrintStream out) {
        if (out == null) throw new IllegalArgumentException("output stream is null");
        this.out = out;
    }

    /** Replaces the line's text with {@code text} (no newline). */
    public synchronized void show(String text) {
        String t = text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
        StringBuilder b = new StringBuilder(Math.max(t.length(), width) + 1).append('\r').append(t);
        for (int j = t.length(); j < width; j++) b.append(' ');
        out.print(b);
        out.flush();
        width = t.length();
    }

    /** Replaces the text with {@code text} and ends the line; a later {@link #show} starts a new one. */
    public synchronized void end(String text) {
        show(text);
        out.println();
        out.flush();
        width = 0;
    }
}
