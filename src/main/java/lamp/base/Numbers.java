package lamp.base;

import java.util.Locale;

/**
 * Numbers as lamp writes them in messages, labels, titles and progress lines; every such number is
 * written by one of these, so the same value reads the same everywhere:
 * <ul>
 *   <li>{@link #format(double)}: six significant digits without trailing zeros (10000, 0.001, 1e-10, 0.804719);</li>
 *   <li>{@link #format(double, int)}: the same with fewer digits, for progress lines and chart labels;</li>
 *   <li>{@link #plain(double)}: a parameter as it was given, every digit (3, 0.25, 1.0E-5), for names and bounds.</li>
 * </ul>
 */
public final class Numbers {
    private Numbers() {}

    /** Whole numbers below this magnitude are written without a decimal point. */
    private static final double WHOLE = 1e15;

    /** {@code v} with six significant digits and no trailing zeros; whole numbers below 1e15 without a decimal point. */
    public static String format(double v) {
        return format(v, 6);
    }

    /**
     * {@code v} with {@code digits} significant digits (1 to 17) and no trailing zeros, in the
     * notation of {@code %g} (an exponent below 1e-4 and from 10^digits); whole numbers below 1e15
     * without a decimal point, every digit.
     */
    public static String format(double v, int digits) {
        if (digits < 1 || digits > 17) throw new IllegalArgumentException("significant digits must lie in [1, 17], got " + digits);
        if (!Double.isFinite(v)) return Double.toString(v);
        if (isWhole(v)) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%." + digits + "g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e), exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + exponent;
    }

    /**
     * {@code v} with every digit it has ({@link Double#toString}, which reads back as {@code v}),
     * whole numbers below 1e15 without a decimal point ("3", not "3.0"): a parameter in a name
     * ("exp(2x)"), a title or a bound in a message.
     */
    public static String plain(double v) {
        return isWhole(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static boolean isWhole(double v) {
        return v == Math.rint(v) && Math.abs(v) < WHOLE;
    }
}
