package lamp.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every claim keeps its own ledger file: ids that differ only in characters a file name cannot hold are not merged. */
class LedgerKeyTest {
    @TempDir Path dir;

    @BeforeEach void useTempLedger() { System.setProperty("lamp.ledger", dir.toString()); }
    @AfterEach void restore() { System.clearProperty("lamp.ledger"); }

    @Test
    void idsThatDifferOnlyInUnsafeCharactersKeepTheirOwnClaims() {
        List<String> ids = List.of("α.1", "β.1", "3 1", "3_1", "3/1", "3:1", "..", ".", "_2e_", "3.1");
        for (String id : ids) Claims.check(id, Spec.CHECK_1, "statement of " + id, true, "e");
        Set<String> read = new TreeSet<>();
        for (Claim c : Claims.read()) {
            read.add(c.id());
            assertEquals("statement of " + c.id(), c.statement());
        }
        assertEquals(new TreeSet<>(ids), read, "a claim was lost to another's file");
        Set<String> names = new TreeSet<>();
        for (String id : ids) names.add(Claims.fileName(id));
        assertEquals(ids.size(), names.size());
        assertEquals("3.7.tsv", Claims.fileName("3.7"), "safe ids keep their readable file names");
        assertNotEquals(Claims.fileName("3 1"), Claims.fileName("3_1"));
        for (String n : names) assertTrue(!n.startsWith(".") && !n.contains("/") && n.endsWith(".tsv"), n);
    }

    @Test
    void longIdsAndEmptyStatementsAreRefusedWithTheReason() {
        String longId = "x".repeat(300);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Claims.check(longId, Spec.CHECK_1, "s", true, "e"));
        assertTrue(e.getMessage().contains("300 characters") && e.getMessage().contains("too long"), e.getMessage());
        String escaped = "α".repeat(40);   // 40 characters, 200 once escaped
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Claims.check(escaped, Spec.CHECK_1, "s", true, "e"))
                .getMessage().contains("once escaped"));
        for (String statement : new String[] {null, "", "  "}) {
            IllegalArgumentException s = assertThrows(IllegalArgumentException.class, () -> Claims.check("T.9", Spec.CHECK_1, statement, true, "e"));
            assertTrue(s.getMessage().contains("T.9") && s.getMessage().contains("empty statement"), s.getMessage());
        }
        assertTrue(Claims.read().isEmpty(), "a refused claim writes nothing");
    }
}
