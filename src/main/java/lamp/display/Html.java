package lamp.display;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Renders a Tablesaw {@link Table} as an HTML fragment: escaped text, formatted numbers, a row limit. */
public final class Html {

    /** Default number of rows shown before the middle of a long table is elided. */
    public static final int DEFAULT_MAX_ROWS = 30;

    /** Rows shown at each end of an elided table (fewer when {@code maxRows} is smaller). */
    public static final int EDGE_ROWS = 10;

    /** Significant digits used for floating-point cells. */
    public static final int SIGNIFICANT_DIGITS = 6;

    private Html() {}

    /** The table with at most {@link Notebook#maxRows()} rows shown. */
    public static String table(Table table) {
        return table(table, Notebook.maxRows());
    }

    /**
     * The table as {@code <table>} HTML. When it has more than {@code maxRows} rows, its first and last rows
     * ({@value #EDGE_ROWS} each, or {@code maxRows/2} if fewer) are shown around a row "… N rows …"; the caption
     * always gives the full size.
     *
     * @param maxRows rows to show, at least 2
     */
    public static String table(Table table, int maxRows) {
        if (table == null) {
            throw new IllegalArgumentException("table is null");
        }
        if (maxRows < 2) {
            throw new IllegalArgumentException("maxRows must be at least 2, got " + maxRows);
        }
        int rows = table.rowCount();
        int cols = table.columnCount();
        int[] shown = shownRows(rows, maxRows);
        int head = shown[0], tail = shown[1];
        boolean elide = head + tail < rows;

        StringBuilder sb = new StringBuilder(256 + 32 * Math.min(rows, maxRows) * Math.max(cols, 1));
        sb.append("<div class=\"lamp-table\">");
        sb.append("<table class=\"dataframe lamp\" border=\"1\">");
        sb.append("<caption style=\"caption-side:bottom;text-align:left\">");
        String name = table.name();
        if (name != null && !name.isBlank()) {
            sb.append("<b>").append(escape(name)).append("</b>: ");
        }
        sb.append(rows).append(rows == 1 ? " row" : " rows").append(" &times; ")
                .append(cols).append(cols == 1 ? " column" : " columns");
        if (elide) {
            sb.append(" (").append(head + tail).append(" shown)");
        }
        sb.append("</caption>");
        sb.append("<thead><tr>");
        for (int c = 0; c < cols; c++) {
            Column<?> col = table.column(c);
            sb.append("<th title=\"").append(escape(col.type().name())).append("\">")
                    .append(escape(col.name())).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        for (int r = 0; r < head; r++) {
            row(sb, table, r);
        }
        if (elide) {
            sb.append("<tr class=\"lamp-elided\"><td colspan=\"").append(Math.max(cols, 1))
                    .append("\" style=\"text-align:center\">&#8230; ").append(rows - head - tail)
                    .append(" rows &#8230;</td></tr>");
            for (int r = rows - tail; r < rows; r++) {
                row(sb, table, r);
            }
        }
        sb.append("</tbody></table></div>");
        return sb.toString();
    }

    /** {head, tail}: the rows shown at the start and the end of a table of {@code rows} rows. */
    static int[] shownRows(int rows, int maxRows) {
        if (rows <= maxRows) return new int[] {rows, 0};
        return new int[] {Math.min(EDGE_ROWS, (maxRows + 1) / 2), Math.min(EDGE_ROWS, maxRows / 2)};
    }

    static boolean isNumeric(Column<?> col) {
        return col instanceof tech.tablesaw.api.NumericColumn<?>;
    }

    /** One cell as text: numbers through {@link #number}, missing values empty. */
    static String cell(Column<?> col, int r) {
        Object v = col.isMissing(r) ? null : col.get(r);
        if (v == null) return "";
        return v instanceof Number n ? number(n) : col.getString(r);
    }

    private static void row(StringBuilder sb, Table table, int r) {
        sb.append("<tr>");
        for (int c = 0; c < table.columnCount(); c++) {
            Column<?> col = table.column(c);
            sb.append(isNumeric(col) ? "<td style=\"text-align:right\">" : "<td>");
            sb.append(escape(cell(col, r)));
            sb.append("</td>");
        }
        sb.append("</tr>");
    }

    /**
     * A number as a reader wants it: integers as they are; floating point with {@link #SIGNIFICANT_DIGITS}
     * significant digits, plain notation between 1e-4 and 1e6 and scientific outside, no trailing zeros.
     */
    public static String number(Number n) {
        if (n == null) {
            return "";
        }
        if (n instanceof Double || n instanceof Float) {
            return real(n.doubleValue());
        }
        if (n instanceof BigDecimal) {
            return real(n.doubleValue());
        }
        return n.toString();
    }

    private static String real(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "\u221e" : "\u2212\u221e";
        }
        if (x == 0.0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(SIGNIFICANT_DIGITS));
        double abs = Math.abs(rounded.doubleValue());
        if (abs >= 1e-4 && abs < 1e6) {
            String s = rounded.stripTrailingZeros().toPlainString();
            return s.equals("-0") ? "0" : s;
        }
        String s = String.format(Locale.ROOT, "%." + (SIGNIFICANT_DIGITS - 1) + "e", x);
        // 1.50000e-07 -> 1.5e-07
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + s.substring(e);
    }

    /** HTML-escapes text for element content and attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
