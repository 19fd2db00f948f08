package lamp.dynamics;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers in messages: settings exactly as given, measured values to six digits. */
final class Format {
    private Format() {}

    /** A setting as the user gave it: 10000, 0.001, 0.05. */
    static String exact(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A measured value to six significant digits without trailing zeros: 0.4123, 2.5e-07, 0. */
    static String brief(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e), exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + exponent;
    }
}
