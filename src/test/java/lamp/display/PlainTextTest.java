package lamp.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PlainTextTest {

    @Test
    void tablesPrintNumbersAtSixSignificantDigitsAligned() {
        Table t = Table.create("capacity",
                StringColumn.create("model", "dam(3)", "classical"),
                IntColumn.create("K", 200, 7),
                DoubleColumn.create("mean overlap", 1.0, 0.27960000000000007),
                DoubleColumn.create("energy", -20.000000000279115, 1.5e-9));
        assertEquals(String.join("\n",
                "capacity",
                "model     |   K | mean overlap |  energy",
                "----------+-----+--------------+--------",
                "dam(3)    | 200 |            1 |     -20",
                "classical |   7 |       0.2796 | 1.5e-09",
                "2 rows \u00d7 4 columns"), PlainText.table(t, 30));
    }

    @Test
    void longTablesShowTheirEndsAndSayHowManyRowsAreLeftOut() {
        Table t = Table.create("trajectory", IntColumn.create("k", IntStream.range(0, 100).toArray()),
                DoubleColumn.create("t", IntStream.range(0, 100).mapToDouble(k -> 0.1 * k).toArray()));
        String text = PlainText.table(t, 30);
        List<String> lines = text.lines().toList();
        assertEquals(2 + 1 + 10 + 1 + 10 + 1, lines.size(), text);
        assertEquals("0 | 0", lines.get(3).strip().replaceAll(" +", " "));
        assertEquals("9 | 0.9", lines.get(12).strip().replaceAll(" +", " "));
        assertEquals("\u2026 80 rows \u2026", lines.get(13));
        assertEquals("90 | 9", lines.get(14).strip().replaceAll(" +", " "));
        assertEquals("99 | 9.9", lines.get(23).strip().replaceAll(" +", " "), "0.1 * 99 = 9.9000000000000004 prints as 9.9");
        assertEquals("100 rows \u00d7 2 columns (20 shown)", lines.get(24));
        String all = PlainText.table(t, Integer.MAX_VALUE);
        assertEquals(104, all.lines().count());
        assertFalse(all.contains("\u2026"));
        assertThrows(IllegalArgumentException.class, () -> PlainText.table(t, 1));
    }

    @Test
    void theKnobShowsEveryRow() {
        Table t = Table.create("t", IntColumn.create("k", IntStream.range(0, 40).toArray()));
        int before = Notebook.maxRows();
        try {
            assertTrue(MimeBundle.of(t).get(MimeBundle.TEXT).contains("20 rows"), "40 > 30 rows: elided");
            Notebook.showAllRows();
            String text = MimeBundle.of(t).get(MimeBundle.TEXT);
            assertFalse(text.contains("\u2026"), text);
            assertFalse(MimeBundle.of(t).get(MimeBundle.HTML).contains("lamp-elided"));
        } finally {
            Notebook.setMaxRows(before);
        }
    }

    @Test
    void arraysReadAsJShellWritesThem() {
        assertEquals("double[3] { 1.0, 2.0, 3.0 }", PlainText.of(new double[] {1, 2, 3}));
        assertEquals("int[0] {  }", PlainText.of(new int[0]));
        assertEquals("String[2] { \"a\", null }", PlainText.of(new String[] {"a", null}));
        assertEquals("char[1] { 'x' }", PlainText.of(new char[] {'x'}));
        assertEquals("int[2][] { int[2] { 1, 2 }, int[1] { 3 } }", PlainText.of(new int[][] {{1, 2}, {3}}));
    }

    @Test
    void longArraysShowTheirEnds() {
        int[] values = IntStream.range(0, 2 * PlainText.HALF + 1).toArray();
        assertEquals("int[21] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ..., 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 }",
                PlainText.of(values));
        int[] exactlyFull = IntStream.range(0, 2 * PlainText.HALF).toArray();
        assertEquals(20, PlainText.of(exactlyFull).split(",").length);
    }

    @Test
    void otherValuesAreTheirToString() {
        assertEquals("null", PlainText.of(null));
        assertEquals("a <b>", PlainText.of("a <b>"));
        assertEquals("[1, 2]", PlainText.of(List.of(1, 2)));
    }
}
