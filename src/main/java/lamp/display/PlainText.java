package lamp.display;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

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

    /**
     * A table as aligned text: its name, the column names, the rows with numbers as {@link Html#number} writes
     * them (integers as they are, floating point at {@value Html#SIGNIFICANT_DIGITS} significant digits) right
     * aligned; a table longer than {@code maxRows} shows its first and last rows (as {@link Html#table(Table, int)})
     * around a line "… N rows …" naming how many are left out.
     */
    public static String table(Table table, int maxRows) {
        if (table == null) throw new IllegalArgumentException("table is null");
        if (maxRows < 2) throw new IllegalArgumentException("maxRows must be at least 2, got " + maxRows);
        int rows = table.rowCount(), cols = table.columnCount();
        int[] shown = Html.shownRows(rows, maxRows);
        int head = shown[0], tail = shown[1];
        List<String[]> lines = new ArrayList<>();
        String[] header = new String[cols];
        boolean[] numeric = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            Column<?> col = table.column(c);
            header[c] = col.name();
            numeric[c] = Html.isNumeric(col);
        }
        for (int r = 0; r < rows; r++) {
            if (r == head && head + tail < rows) {
                lines.add(null);
                r = rows - tail - 1;
                continue;
            }
            String[] cells = new String[cols];
            for (int c = 0; c < cols; c++) cells[c] = Html.cell(table.column(c), r);
            lines.add(cells);
        }
        int[] width = new int[cols];
        for (int c = 0; c < cols; c++) {
            width[c] = header[c].length();
            for (String[] l : lines) if (l != null) width[c] = Math.max(width[c], l[c].length());
        }
        StringBuilder sb = new StringBuilder();
        String name = table.name();
        if (name != null && !name.isBlank()) sb.append(name).append('\n');
        line(sb, header, width, numeric);
        for (int c = 0; c < cols; c++) {
            sb.append(c == 0 ? "" : "-+-").append("-".repeat(width[c]));
        }
        sb.append('\n');
        for (String[] l : lines) {
            if (l == null) {
                sb.append("\u2026 ").append(rows - head - tail).append(" rows \u2026").append('\n');
            } else {
                line(sb, l, width, numeric);
            }
        }
        sb.append(rows).append(rows == 1 ? " row" : " rows").append(" \u00d7 ").append(cols)
                .append(cols == 1 ? " column" : " columns");
        if (head + tail < rows) sb.append(" (").append(head + tail).append(" shown)");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells, int[] width, boolean[] right) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) l.append(" | ");
            String pad = " ".repeat(width[c] - cells[c].length());
            l.append(right[c] ? pad + cells[c] : cells[c] + pad);
        }
        sb.append(l.toString().stripTrailing()).append('\n');
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
