package lamp.display;

import java.util.Locale;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * What a notebook needs from lamp besides the model: the run size and kernel-agnostic display.
 *
 * <h2>Run size</h2>
 * Notebooks scale their experiments with {@link #size()}, read from the environment variable
 * {@value #SIZE_ENV} ({@code quick} or {@code full}; default {@code quick}) or, if set, the system property
 * {@value #SIZE_PROPERTY}. {@code ./kernel-config/run-notebooks.sh} passes it through to the kernel, e.g.
 * {@code LAMP_SIZE=full ./kernel-config/run-notebooks.sh}. In a cell:
 * <pre>{@code int trials = Notebook.pick(20, 500);   // 20 for quick runs, 500 for full ones}</pre>
 *
 * <h2>Display</h2>
 * Under the rapaio kernel a cell whose value is a Tablesaw table or an XChart chart displays by itself
 * (see {@link LampDisplayProvider}). To display in the middle of a cell, or under IJava or JJava, call
 * {@link #show(Object)}; it returns nothing, so no display id is echoed.
 */
public final class Notebook {

    /** Environment variable holding the run size. */
    public static final String SIZE_ENV = "LAMP_SIZE";

    /** System property that, when set, overrides {@link #SIZE_ENV}. */
    public static final String SIZE_PROPERTY = "lamp.size";

    /** How much work a notebook run should do. */
    public enum Size {
        /** Small instances, seconds per notebook: the default, used by the tests and CI. */
        QUICK,
        /** The sizes the paper-style figures need; minutes per notebook. */
        FULL
    }

    private static volatile int maxRows = Html.DEFAULT_MAX_ROWS;

    private Notebook() {}

    /** The run size from {@value #SIZE_PROPERTY} or {@value #SIZE_ENV}; {@link Size#QUICK} if neither is set. */
    public static Size size() {
        String raw = System.getProperty(SIZE_PROPERTY);
        String source = "system property " + SIZE_PROPERTY;
        if (raw == null || raw.isBlank()) {
            raw = System.getenv(SIZE_ENV);
            source = "environment variable " + SIZE_ENV;
        }
        return parseSize(raw, source);
    }

    static Size parseSize(String raw, String source) {
        if (raw == null || raw.isBlank()) {
            return Size.QUICK;
        }
        switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "quick":
                return Size.QUICK;
            case "full":
                return Size.FULL;
            default:
                throw new IllegalStateException(
                        source + " is '" + raw + "'; use 'quick' or 'full' (or leave it unset for quick)");
        }
    }

    /** True unless the run size is {@link Size#FULL}. */
    public static boolean isQuick() {
        return size() == Size.QUICK;
    }

    /** {@code quick} for quick runs, {@code full} for full ones. */
    public static <T> T pick(T quick, T full) {
        return isQuick() ? quick : full;
    }

    /** {@code quick} for quick runs, {@code full} for full ones. */
    public static int pick(int quick, int full) {
        return isQuick() ? quick : full;
    }

    /** Rows shown before a table's middle is elided (default {@value Html#DEFAULT_MAX_ROWS}). */
    public static int maxRows() {
        return maxRows;
    }

    /** Sets the most rows a table shows whole; a longer one shows its first and last rows only. At least 2. */
    public static void setMaxRows(int rows) {
        if (rows < 2) {
            throw new IllegalArgumentException("maxRows must be at least 2, got " + rows);
        }
        maxRows = rows;
    }

    /** Shows every row of every table from now on ({@link #setMaxRows} with a number brings elision back). */
    public static void showAllRows() {
        maxRows = Integer.MAX_VALUE;
    }

    /** The chart as a vector image, to return from a cell or pass to {@link #show}. */
    public static Svg svg(Chart<?, ?> chart) {
        return new Svg(Images.svg(chart));
    }

    /**
     * Displays each object in the running notebook: tables as HTML, charts as PNG, {@link Svg} as SVG,
     * anything else as text. Works under the rapaio kernel, IJava and JJava; with no kernel (a plain JVM or
     * jshell) it prints the text form to standard output.
     */
    public static void show(Object... objects) {
        if (objects == null) {
            show((Object) null);
            return;
        }
        for (Object o : objects) {
            MimeBundle bundle = MimeBundle.of(o);
            if (!KernelBridge.display(bundle)) {
                System.out.println(bundle.get(MimeBundle.TEXT));
            }
        }
    }

    /** The kernel lamp is running under: "rapaio", "ijava", "jjava", or "none". */
    public static String kernel() {
        return KernelBridge.detect();
    }
}
