package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence kind of a claim: given when the claim is made, written to the ledger, read back. */
class EvidenceTest {
    @TempDir Path dir;

    @BeforeEach void useTempLedger() { System.setProperty("lamp.ledger", dir.toString()); }
    @AfterEach void restore() { System.clearProperty("lamp.ledger"); }

    @Test
    void theKindIsGivenWhenTheClaimIsMadeAndReadBackFromTheLedger() {
        Claims.notebook("03-test");
        Claim identity = Claims.atMost("E.1", Evidence.IDENTITY, List.of(Paper.EQ_8), "two codings agree", 0, 1e-9);
        Claim extension = Claims.atLeast("E.2", Evidence.EXTENSION, List.of(Paper.EQ_17), "on the sphere", 1, 0.9);
        Claim illustration = Claims.check("E.3", Evidence.ILLUSTRATION, List.of(Related.DEMIRCIGIL_2017_CAPACITY),
                "far below the edge", true, "e");
        Claim close = Claims.close("E.4", Evidence.IDENTITY, List.of(Paper.EQ_13), "same number", 1.0, 1.0, 1e-12);
        Claim test = Claims.check("E.5", Spec.CHECK_2, "a test", true, "e");
        assertEquals(List.of(Evidence.IDENTITY, Evidence.EXTENSION, Evidence.ILLUSTRATION, Evidence.IDENTITY, Evidence.TEST),
                List.of(identity.kind(), extension.kind(), illustration.kind(), close.kind(), test.kind()));
        assertEquals(List.of(Evidence.IDENTITY, Evidence.EXTENSION, Evidence.ILLUSTRATION, Evidence.IDENTITY, Evidence.TEST),
                Claims.read().stream().map(Claim::kind).toList());
        assertEquals(List.of("identity", "lamp's extension", "illustration", "identity", "test"),
                Claims.ledger().stringColumn("kind").asList());
        assertTrue(identity.toString().startsWith("PASS E.1 [KH2020 (8)] (identity) two codings agree"), identity.toString());
        assertFalse(test.toString().contains("(test)"), "a test needs no label");
    }

    @Test
    void aFailingClaimKeepsItsKind() {
        ClaimFailed e = assertThrows(ClaimFailed.class,
                () -> Claims.atMost("E.6", Evidence.IDENTITY, List.of(Paper.EQ_8), "two codings agree", 1, 1e-9));
        assertTrue(e.getMessage().contains("E.6"), e.getMessage());
        Claim back = Claims.read().get(0);
        assertFalse(back.passed());
        assertEquals(Evidence.IDENTITY, back.kind());
    }

    @Test
    void aLineWithoutAKindIsATestAndAnUnknownKindFailsNamingIt() throws IOException {
        Files.writeString(dir.resolve("O.1.tsv"), "O.1\t" + Paper.EQ_4.id() + "\told\t00-nb\tev\ttrue\n", StandardCharsets.UTF_8);
        assertEquals(Evidence.TEST, Claims.read().get(0).kind());
        Files.writeString(dir.resolve("O.2.tsv"), "O.2\t" + Paper.EQ_4.id() + "\tnew\t00-nb\tev\ttrue\tGUESS\n",
                StandardCharsets.UTF_8);
        var e = assertThrows(IllegalStateException.class, Claims::read);
        assertTrue(e.getMessage().contains("O.2.tsv names an unknown evidence kind 'GUESS'"), e.getMessage());
    }

    @Test
    void aClaimWithoutAKindIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Claims.check("E.7", null, List.of(Paper.EQ_4), "no kind", true, "e"));
        assertTrue(e.getMessage().contains("E.7") && e.getMessage().contains("evidence kind"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Claim("E.8", List.of(Paper.EQ_4), "s", "nb", "e", true, null));
        assertTrue(Claims.read().isEmpty(), "nothing was recorded");
    }
}
