package lamp.display;

import java.lang.reflect.Array;
import java.util.StringJoiner;

/**
 * The plain-text form of a cell's value, as JShell writes it: arrays show their type, length and elements
 * ({@code double[3] { 1.0, 2.0, 3.0 }}, strings quoted inside), long arrays their first and last
 * {@value #HALF} elements around {@code ...}; anything else is its {@code toString()}. Jupyter shows it as text,
 * so {@code <} and {@code &} read as themselves.
 */
public final class PlainText {

    /** Elements shown at each end of a long array. */
    public static final int HALF = 10;

    private PlainText() {}

    /** The text for {@code value}; {@code "null"} for null. */
    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value.getClass().isArray()) {
            StringBuilder sb = new StringBuilder();
            array(sb, value);
            return sb.toString();
        }
        return String.valueOf(value);
    }

    private static void array(StringBuilder sb, Object array) {
        int n = Array.getLength(array);
        Class<?> component = array.getClass().getComponentType();
        // int[][] of length 2 reads int[2][], as in JShell: the length goes into the first brackets
        String type = component.getSimpleName();
        int dims = type.indexOf('[');
        String base = dims < 0 ? type : type.substring(0, dims);
        String rest = dims < 0 ? "" : type.substring(dims);
        sb.append(base).append('[').append(n).append(']').append(rest).append(" { ");
        StringJoiner items = new StringJoiner(", ");
        boolean elide = n > 2 * HALF;
        for (int i = 0; i < n; i++) {
            if (elide && i == HALF) {
                items.add("...");
                i = n - HALF;
            }
            items.add(element(Array.get(array, i)));
        }
        sb.append(items).append(" }");
    }

    private static String element(Object e) {
        if (e == null) {
            return "null";
        }
        if (e.getClass().isArray()) {
            StringBuilder sb = new StringBuilder();
            array(sb, e);
            return sb.toString();
        }
        if (e instanceof CharSequence s) {
            return '"' + s.toString() + '"';
        }
        if (e instanceof Character c) {
            return "'" + c + "'";
        }
        return String.valueOf(e);
    }
}
