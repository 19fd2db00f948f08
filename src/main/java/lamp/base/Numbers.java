package lamp.base;

import java.util.Locale;

/** Numbers as lamp's messages write them: six significant digits without trailing zeros (10000, 0.001, 1e-10, 0.804719). */
public final class Numbers {
    private Numbers() {}

    /** {@code v} with six significant digits and no trailing zeros; whole numbers below 1e15 without a decimal point. */
    public static String format(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e), exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + exponent;
    }
}
