package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
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
    void passingClaimIsRecordedAndReturned() {
        Claims.notebook("01-test");
        Claim c = Claims.close("T.1", "MATH §5", "ln 6", Math.log(6), 1.791759469228055, 1e-12);
        assertTrue(c.passed());
        List<Claim> all = Claims.read();
        assertEquals(1, all.size());
        assertEquals("01-test", all.get(0).notebook());
        assertTrue(Claims.allPassed());
    }

    @Test
    void notebookNamesTheLedgerRelativeToTheWorkingDirectory() {
        java.nio.file.Path cwd = java.nio.file.Paths.get("").toAbsolutePath();
        assertEquals("build/claims", Claims.shown(cwd.resolve("build").resolve("claims")));
        assertEquals("../build/claims", Claims.shown(cwd.resolve("..").resolve("build").resolve("claims")));
        String line = Claims.notebook("01-test");
        assertFalse(line.contains(cwd.toString()), line);
    }

    @Test
    void failingClaimIsRecordedThenThrown() {
        ClaimFailed e = assertThrows(ClaimFailed.class, () -> Claims.atMost("T.2", "MATH §5.2", "energy never rises", 0.5, 0));
        assertTrue(e.getMessage().contains("T.2"), e.getMessage());
        assertFalse(Claims.read().get(0).passed());
        assertFalse(Claims.allPassed());
    }

    @Test
    void closeRejectsNaNAndLargeErrors() {
        assertThrows(ClaimFailed.class, () -> Claims.close("T.3", "r", "s", Double.NaN, 1, 1e-9));
        assertThrows(ClaimFailed.class, () -> Claims.close("T.4", "r", "s", 1.001, 1, 1e-9));
        assertTrue(Claims.close("T.5", "r", "s", 1 + 1e-12, 1, 1e-9).passed());
    }

    @Test
    void ledgerIsSortedNaturallyAndRerunsReplace() {
        Claims.atLeast("B.10", "r", "ten", 1, 0);
        Claims.atLeast("B.9", "r", "nine", 1, 0);
        Claims.atLeast("A.1", "r", "one", 1, 0);
        Claims.atLeast("A.1", "r", "one again", 2, 0);
        Table t = Claims.ledger();
        assertEquals(3, t.rowCount());
        assertEquals(List.of("A.1", "B.9", "B.10"), t.stringColumn("id").asList());
        assertEquals("one again", t.stringColumn("claim").get(0));
        Claims.clear();
        assertEquals(0, Claims.read().size());
        assertFalse(Claims.allPassed(), "an empty ledger is not a pass");
    }
}
