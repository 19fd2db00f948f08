package lamp.experiment;

import java.io.PrintStream;

/**
 * A status line rewritten in place on a console stream: each {@link #show} returns the cursor with '\r' and
 * overwrites the previous text (padded with spaces where the new one is shorter), so a long run shows one
 * changing line instead of a line per step; {@link #end} writes the only newline. Terminals honour '\r'; a
 * notebook shows its own in-place display instead (see {@link StatusLine#open}).
 */
public final class InPlaceLine implements StatusLine {
    private final PrintStream out;
    private int width;
    private boolean open;

    /** A line on {@code out} (e.g. {@code System.err}). */
    public InPlaceLine(PrintStream out) {
        if (out == null) throw new IllegalArgumentException("output stream is null");
        this.out = out;
    }

    /** Replaces the line's text with {@code text} (no newline). */
    @Override
    public synchronized void show(String text) {
        String t = text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
        StringBuilder b = new StringBuilder(Math.max(t.length(), width) + 1).append('\r').append(t);
        for (int j = t.length(); j < width; j++) b.append(' ');
        out.print(b);
        out.flush();
        width = t.length();
        open = true;
    }

    /** Keeps the text and ends the line (nothing if nothing was shown since the last end). */
    @Override
    public synchronized void end() {
        if (!open) return;
        out.println();
        out.flush();
        width = 0;
        open = false;
    }

    /** Replaces the text with {@code text} and ends the line; a later {@link #show} starts a new one. */
    @Override
    public synchronized void end(String text) {
        show(text);
        end();
    }
}
