package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CoverageTest {

    private static Claim claim(String id, String ref, String statement, boolean passed) {
        return new Claim(id, ref, statement, "0" + id.charAt(0) + "-test", "evidence", passed);
    }

    @Test
    void referencesReadIntoSourcedTokens() {
        assertEquals(Set.of("MATH §5.8"), Coverage.tokens("MATH §5.8"));
        assertEquals(Set.of("MATH M9"), Coverage.tokens("MATH M9"));
        assertEquals(Set.of("MATH §5.6", "MATH M11"), Coverage.tokens("MATH §5.6, M11"));
        assertEquals(Set.of("MATH M5", "MATH M6", "MATH M7"), Coverage.tokens("MATH M5–M7"));
        assertEquals(Set.of("MATH M5", "MATH M6", "MATH M7"), Coverage.tokens("MATH M5-7"));
        assertEquals(Set.of("MATH §5 exact values"), Coverage.tokens("MATH §5 exact values"));
        assertEquals(Set.of("MATH §5 exact values"), Coverage.tokens("MATH §5 exact value (Model B)"));
        assertEquals(Set.of("KH2020 §3", "MATH M8"), Coverage.tokens("KH2020 §3; MATH M8"));
        assertEquals(Set.of("MATH §5.6", "MATH §5.9"), Coverage.tokens("MATH §5 checks 6, 9"));
        assertEquals(Set.of("MATH §5.10", "MATH §5.11", "MATH §5.12"), Coverage.tokens("MATH §5 checks 10-12"));
        assertEquals(Set.of("MATH §5.2", "MATH M4"), Coverage.tokens("MATH §5.2 (M4)"));
        assertTrue(Coverage.tokens(null).isEmpty());
        assertTrue(Coverage.tokens("").isEmpty());
    }

    @Test
    void checksAreMatchedByNumberNotByPrefix() {
        Claim c1 = claim("1.1", "MATH §5.1", "rate", true);
        Claim c10 = claim("5.3", "MATH §5.10", "scale", true);
        List<Coverage.Row> rows = Coverage.rows(List.of(c1, c10));
        Coverage.Row check1 = rows.stream().filter(r -> r.item().key().equals("§5.1")).findFirst().orElseThrow();
        Coverage.Row check10 = rows.stream().filter(r -> r.item().key().equals("§5.10")).findFirst().orElseThrow();
        assertEquals(List.of(c1), check1.claims());
        assertEquals(List.of(c10), check10.claims());
    }

    @Test
    void exactValueBulletsAreToldApartByKeywords() {
        Claim b = claim("4.5", "MATH §5 exact values", "Model B one-hot memories, β = 10: one update gives (p1, p2, p2)", true);
        Claim c = claim("5.4", "MATH §5 exact values", "Model C: E(2, 0.5) = −0.30911403190905185", true);
        Claim dam = claim("3.2", "MATH §5 exact values", "binary DAM F = x³: E = −64 at the memory", true);
        for (Coverage.Row r : Coverage.rows(List.of(b, c, dam))) {
            if (!r.item().group().equals(Coverage.EXACT)) continue;
            switch (r.item().key()) {
                case "Model B one-hot" -> assertEquals(List.of(b), r.claims());
                case "Model C" -> assertEquals(List.of(c), r.claims());
                case "binary DAM" -> assertEquals(List.of(dam), r.claims());
                default -> assertTrue(r.claims().isEmpty(), r.item().key() + " " + r.claims());
            }
        }
    }

    @Test
    void referencesAsTheOtherNotebooksWriteThem() {
        assertEquals(Set.of("MATH M5", "MATH M8"), Coverage.tokens("MATH M5→M8"));
        assertEquals(Set.of("KH2020 §3"), Coverage.tokens("KH2020 §3; DAM 2016"));
        assertEquals(Set.of("MATH §3"), Coverage.tokens("MATH §3 (DAM 2016 K_max)"));
        List<Claim> claims = List.of(
                claim("1.2", "MATH §5 exact values", "softmax(0, ln 2, ln 3) = (1/6, 1/3, 1/2) and 36·Hessian = [[5,−2,−3],[−2,8,−6],[−3,−6,9]]", true),
                claim("1.4", "MATH §5 exact values", "layer-norm activation at (1, 2, 3, 4) is (−3, −1, 1, 3)/√5", true),
                claim("1.20", "MATH §5 exact values", "the integrated v(t) follows (1/(1 − eᵗ/3), 1/(1 + 4eᵗ)) for t ≤ 1", true),
                claim("1.22", "MATH §5 exact values", "from (0.5, 0.2) the flow decays to 0 along (1/(1 + eᵗ), 1/(1 + 4eᵗ))", true),
                claim("3.10", "KH2020 §3; DAM 2016", "capacity far beyond 0.138 N_f", true));
        for (Coverage.Row r : Coverage.rows(claims)) {
            List<String> ids = r.claims().stream().map(Claim::id).toList();
            switch (r.item().key()) {
                case "log-sum-exp" -> assertEquals(List.of("1.2"), ids);
                case "layer norm" -> assertEquals(List.of("1.4"), ids);
                case "blow-up" -> assertEquals(List.of("1.20", "1.22"), ids);
                case "DAM capacity beyond N_f" -> assertEquals(List.of("3.10"), ids);
                default -> assertTrue(ids.isEmpty(), r.item().key() + " " + ids);
            }
        }
    }

    @Test
    void paperClaimsFollowFromChecksAndLabels() {
        Claim attention = claim("4.3", "MATH M11", "one update equals softmax attention", true);
        Claim update = claim("4.9", "MATH M11", "the update never raises E", true);
        List<Coverage.Row> rows = Coverage.rows(List.of(attention, update));
        Coverage.Row row = rows.stream().filter(r -> r.item().key().equals("attention equivalence")).findFirst().orElseThrow();
        assertEquals(List.of(attention), row.claims());
        assertEquals("PASS", row.result());
        Coverage.Row spherical = rows.stream().filter(r -> r.item().key().equals("spherical invariance")).findFirst().orElseThrow();
        assertEquals("MISSING", spherical.result());
    }

    @Test
    void oneFailingClaimFailsItsItemAndTheReport() {
        List<Claim> all = fullSet();
        assertTrue(Coverage.report(all).complete(), Coverage.report(all).message());
        assertTrue(Coverage.report(all).allPassed());
        all.add(claim("5.9", "MATH §5.10", "scale invariance at c = 1e6", false));
        Coverage.Report r = Coverage.report(all);
        assertFalse(r.allPassed());
        assertFalse(r.complete());
        assertEquals(List.of("5.9"), r.failedClaims());
        assertTrue(r.failingItems().contains("§5.10"), r.failingItems().toString());
        assertTrue(r.message().contains("FAILED: 5.9"), r.message());
    }

    @Test
    void missingItemsAreNamed() {
        List<Claim> all = fullSet();
        all.removeIf(c -> c.reference().equals("MATH §5.3"));
        Coverage.Report r = Coverage.report(all);
        assertTrue(r.allPassed());
        assertFalse(r.complete());
        assertEquals(List.of("§5.3"), r.missingItems());
        assertTrue(r.message().contains("not checked by any claim: §5.3"), r.message());
    }

    @Test
    void emptyLedgerSaysHowToFillIt() {
        Coverage.Report r = Coverage.report(List.of());
        assertFalse(r.allPassed());
        assertFalse(r.complete());
        assertTrue(r.message().contains("ledger is empty"), r.message());
        assertTrue(r.message().contains("00–06"), r.message());
        assertEquals(Coverage.items().size(), r.missingItems().size());
    }

    @Test
    void tablesHaveOneRowPerItemAndPerNotebook() {
        List<Claim> all = fullSet();
        Table t = Coverage.table(all);
        assertEquals(Coverage.items().size(), t.rowCount());
        assertEquals(List.of("group", "item", "statement", "claims", "notebooks", "result"), t.columnNames());
        assertTrue(t.stringColumn("result").asList().stream().allMatch("PASS"::equals));
        Table nb = Coverage.byNotebook(all);
        assertEquals(all.stream().map(Claim::notebook).distinct().count(), nb.rowCount());
        assertEquals(all.size(), nb.intColumn("claims").sum(), 1e-9);
        assertEquals(0, nb.intColumn("failed").sum(), 1e-9);
    }

    @Test
    void itemsCoverEveryCheckAndBullet() {
        long checks = Coverage.items().stream().filter(i -> i.group().equals(Coverage.CHECKS)).count();
        long exact = Coverage.items().stream().filter(i -> i.group().equals(Coverage.EXACT)).count();
        long paper = Coverage.items().stream().filter(i -> i.group().equals(Coverage.PAPER)).count();
        assertEquals(12, checks);
        assertEquals(6, exact);
        assertEquals(6, paper);
    }

    /** One passing claim per item, referenced the way the notebooks reference them. */
    private static List<Claim> fullSet() {
        List<Claim> l = new ArrayList<>();
        for (int n = 1; n <= 12; n++) l.add(claim((n % 6 + 1) + "." + n, "MATH §5." + n, "check " + n, true));
        l.add(claim("1.20", "MATH §5 exact values", "log-sum-exp at (0, ln 2, ln 3): L = ln 6", true));
        l.add(claim("1.21", "MATH §5 exact values", "layer norm at (1, 2, 3, 4)", true));
        l.add(claim("4.20", "MATH §5 exact values", "Model B one-hot update", true));
        l.add(claim("3.20", "MATH §5 exact values", "binary DAM energies", true));
        l.add(claim("1.22", "MATH §5 exact values", "blow-up at t = ln 3", true));
        l.add(claim("5.20", "MATH §5 exact values", "Model C energy at (2, 0.5)", true));
        l.add(claim("5.21", "MATH M12", "v·g − L_v = 0", true));
        l.add(claim("2.20", "MATH M5–M7", "effective model", true));
        return l;
    }
}
