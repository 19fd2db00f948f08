package lamp.experiment;

import java.io.PrintStream;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * One line of status text that a long run rewrites in place: the last text shown is what remains. In a
 * notebook it is one display updated in place (see {@code lamp.display}, which provides it); elsewhere an
 * {@link InPlaceLine} on a console stream.
 */
public interface StatusLine {

    /** Replaces the line's text with {@code text}. */
    void show(String text);

    /** Ends the line, keeping the last text shown; a later {@link #show} starts a new line. */
    void end();

    /** Shows {@code text} and ends the line. */
    default void end(String text) {
        show(text);
        end();
    }

    /**
     * The notebook's own in-place display when this JVM runs inside a notebook kernel that can update a
     * display, else an {@link InPlaceLine} on {@code console}.
     */
    static StatusLine open(PrintStream console) {
        if (console == null) throw new IllegalArgumentException("console stream is null");
        try {
            for (Provider p : ServiceLoader.load(Provider.class, StatusLine.class.getClassLoader())) {
                StatusLine line = p.open();
                if (line != null) return line;
            }
        } catch (ServiceConfigurationError e) {
            // a broken provider: the console line still works
        }
        return new InPlaceLine(console);
    }

    /**
     * Supplies status lines that live outside the console (found with {@link ServiceLoader}); {@link #open()}
     * returns null where it cannot show one (e.g. no notebook kernel is running).
     */
    interface Provider {
        StatusLine open();
    }
}
