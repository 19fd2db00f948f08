package lamp.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class HtmlTest {

    private static int count(String haystack, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Table numbered(int rows) {
        double[] x = new double[rows];
        int[] k = new int[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = i + 0.5;
            k[i] = i;
        }
        return Table.create("run", IntColumn.create("k", k), DoubleColumn.create("x", x));
    }

    @Test
    void smallTableIsARealHtmlTableWithHeaderAndAllRows() {
        String html = Html.table(numbered(3), 20);
        assertTrue(html.contains("<table"), html);
        assertTrue(html.contains("</table>"), html);
        assertTrue(html.contains("<th title=\"INTEGER\">k</th>"), html);
        assertTrue(html.contains("<th title=\"DOUBLE\">x</th>"), html);
        assertEquals(1 + 3, count(html, "<tr>"), "header row plus three data rows");
        assertTrue(html.contains("3 rows &times; 2 columns"), html);
        assertFalse(html.contains("shown"), "nothing is elided");
    }

    @Test
    void numbersAreFormattedForReaders() {
        assertEquals("0.333333", Html.number(1.0 / 3));
        assertEquals("2.5", Html.number(2.5));
        assertEquals("-1", Html.number(-1.0));
        assertEquals("0", Html.number(0.0));
        assertEquals("0", Html.number(-0.0));
        assertEquals("1.5e-07", Html.number(1.5e-7));
        assertEquals("1.23457e+07", Html.number(12345678.9));
        assertEquals("123457", Html.number(123456.7));
        assertEquals("42", Html.number(42));
        assertEquals("9007199254740993", Html.number(9007199254740993L));
        assertEquals("NaN", Html.number(Double.NaN));
        assertEquals("\u221e", Html.number(Double.POSITIVE_INFINITY));

        Table t = Table.create("t", DoubleColumn.create("e", new double[] {-0.1 - 0.2, 1e-12}));
        String html = Html.table(t, 20);
        assertTrue(html.contains(">-0.3<"), html);
        assertTrue(html.contains(">1e-12<"), html);
        assertFalse(html.contains("0.30000000000000004"), html);
    }

    @Test
    void longTableShowsHeadAndTailAroundAnEllipsisRow() {
        String html = Html.table(numbered(1000), 10);
        assertEquals(1 + 10 + 1, count(html, "<tr"), "header, 10 data rows and the ellipsis row");
        assertEquals(1, count(html, "lamp-elided"));
        assertTrue(html.contains(">0<"), "first row shown");
        assertTrue(html.contains(">4<"), "fifth row shown");
        assertFalse(html.contains(">5<"), "sixth row elided");
        assertFalse(html.contains(">994<"), "row 994 elided");
        assertTrue(html.contains(">995<") && html.contains(">999<"), "last five rows shown");
        assertTrue(html.contains("1000 rows &times; 2 columns (10 shown)"), html);
    }

    @Test
    void oddLimitsAreRespectedExactly() {
        String html = Html.table(numbered(50), 7);
        assertEquals(1 + 7 + 1, count(html, "<tr"));
    }

    @Test
    void defaultLimitComesFromNotebookSetting() {
        int before = Notebook.maxRows();
        try {
            Notebook.setMaxRows(4);
            assertEquals(1 + 4 + 1, count(Html.table(numbered(30)), "<tr"));
        } finally {
            Notebook.setMaxRows(before);
        }
    }

    @Test
    void textIsEscapedAndMissingValuesAreBlank() {
        StringColumn s = StringColumn.create("<name>", new String[] {"a&b", "<script>"});
        DoubleColumn d = DoubleColumn.create("v", new double[] {1, Double.NaN});
        String html = Html.table(Table.create("x<y", s, d), 20);
        assertTrue(html.contains("&lt;name&gt;"), html);
        assertTrue(html.contains("a&amp;b"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<b>x&lt;y</b>"), html);
        assertTrue(html.contains("<td style=\"text-align:right\"></td>") || html.contains("<td></td>"), html);
    }

    @Test
    void badArgumentsAreRejectedWithAMessage() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Html.table(numbered(3), 1));
        assertTrue(e.getMessage().contains("maxRows"));
        assertThrows(IllegalArgumentException.class, () -> Html.table(null, 10));
        assertThrows(IllegalArgumentException.class, () -> Notebook.setMaxRows(0));
    }
}
