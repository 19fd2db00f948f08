package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class ClaimsTest {
    @TempDir Path dir;

    @BeforeEach void useTempLedger() { System.setProperty("lamp.ledger", dir.toString()); }
    @AfterEach void restore() { System.clearProperty("lamp.ledger"); }

    @Test
    void passingClaimIsRecordedWithItsItemAndReturned() {
        Claims.notebook("01-test");
        Claim c = Claims.close("T.1", Spec.EXACT_LOG_SUM_EXP, "ln 6", Math.log(6), 1.791759469228055, 1e-12);
        assertTrue(c.passed());
        assertEquals(dir, Claims.folder(), "-Dlamp.ledger names the folder");
        List<Claim> all = Claims.read();
        assertEquals(1, all.size());
        assertEquals("01-test", all.get(0).notebook());
        assertEquals(List.of(Spec.EXACT_LOG_SUM_EXP), all.get(0).items());
        assertTrue(Claims.allPassed());
        assertEquals("PASS T.1 [THEORY §5 exact: log-sum-exp] ln 6 — " + c.evidence(), c.toString());
    }

    @Test
    void aClaimNamesSeveralItemsAndTheLedgerReadsThemBackAsValues() throws IOException {
        Claims.check("T.6", List.of(Paper.EQ_4, Spec.CHECK_1, Related.DAM_2016_CAPACITY), "several", true, "e");
        String line = Files.readString(dir.resolve("T.6.tsv"), StandardCharsets.UTF_8);
        assertTrue(line.startsWith("T.6\tKH2020 (4); THEORY §5.1; DAM 2016 capacity\tseveral\t"), line);
        Claim back = Claims.read().get(0);
        assertEquals(List.of(Paper.EQ_4, Spec.CHECK_1, Related.DAM_2016_CAPACITY), back.items());
        assertTrue(back.checks(Spec.CHECK_1));
        assertFalse(back.checks(Spec.CHECK_2));
        assertEquals("KH2020 (4); THEORY §5.1; DAM 2016 capacity", Claims.ledger().stringColumn("items").get(0));
    }

    @Test
    void anItemThatCannotBeCheckedNumericallyCannotBeClaimed() {
        var e = assertThrows(IllegalArgumentException.class, () -> Claims.check("T.7", Paper.FIGURE_2, "drawn", true, ""));
        assertEquals("claim T.7 names KH2020 Fig. 2, which is not checkable numerically: a schematic drawing: lamp draws it, "
                + "there is nothing to measure", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Claims.check("T.8", List.of(), "none", true, ""));
        assertThrows(IllegalArgumentException.class, () -> Claims.atLeast("T.9", (Item) null, "null", 1, 0));
        assertTrue(Claims.read().isEmpty(), "nothing was recorded");
    }

    @Test
    void aLedgerFileNamingAnUnknownItemFailsNamingIt() throws IOException {
        Files.writeString(dir.resolve("X.1.tsv"), "X.1\tMATH M11\told\t00-nb\tev\ttrue\n", StandardCharsets.UTF_8);
        var e = assertThrows(IllegalStateException.class, Claims::read);
        assertTrue(e.getMessage().contains("X.1.tsv names an unknown item 'MATH M11'"), e.getMessage());
    }

    @Test
    void notebookNamesTheLedgerRelativeToTheWorkingDirectory() {
        Path cwd = Paths.get("").toAbsolutePath();
        assertEquals("build/claims", Claims.shown(cwd.resolve("build").resolve("claims")));
        assertEquals("../build/claims", Claims.shown(cwd.resolve("..").resolve("build").resolve("claims")));
        String line = Claims.notebook("01-test");
        assertFalse(line.contains(cwd.toString()), line);
    }

    @Test
    void failingClaimIsRecordedThenThrown() {
        ClaimFailed e = assertThrows(ClaimFailed.class, () -> Claims.atMost("T.2", Spec.CHECK_2, "energy never rises", 0.5, 0));
        assertTrue(e.getMessage().contains("T.2"), e.getMessage());
        assertFalse(Claims.read().get(0).passed());
        assertEquals(List.of(Spec.CHECK_2), Claims.read().get(0).items());
        assertFalse(Claims.allPassed());
    }

    @Test
    void closeRejectsNaNAndLargeErrors() {
        assertThrows(ClaimFailed.class, () -> Claims.close("T.3", Spec.CHECK_1, "s", Double.NaN, 1, 1e-9));
        assertThrows(ClaimFailed.class, () -> Claims.close("T.4", Spec.CHECK_1, "s", 1.001, 1, 1e-9));
        assertTrue(Claims.close("T.5", Spec.CHECK_1, "s", 1 + 1e-12, 1, 1e-9).passed());
    }

    @Test
    void ledgerIsSortedNaturallyAndRerunsReplace() {
        Claims.atLeast("B.10", Spec.CHECK_3, "ten", 1, 0);
        Claims.atLeast("B.9", Spec.CHECK_3, "nine", 1, 0);
        Claims.atLeast("A.1", Spec.CHECK_3, "one", 1, 0);
        Claims.atLeast("A.1", Spec.CHECK_4, "one again", 2, 0);
        Table t = Claims.ledger();
        assertEquals(List.of("id", "items", "claim", "notebook", "evidence", "kind", "result"), t.columnNames());
        assertEquals(3, t.rowCount());
        assertEquals(List.of("A.1", "B.9", "B.10"), t.stringColumn("id").asList());
        assertEquals("one again", t.stringColumn("claim").get(0));
        assertEquals("THEORY §5.4", t.stringColumn("items").get(0));
        Claims.clear();
        assertEquals(0, Claims.read().size());
        assertFalse(Claims.allPassed(), "an empty ledger is not a pass");
    }
}
