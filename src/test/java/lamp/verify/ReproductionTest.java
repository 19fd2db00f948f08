package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ReproductionTest {

    private static Claim claim(String id, String notebook, boolean passed, Item... items) {
        return new Claim(id, List.of(items), "statement of " + id, notebook, "evidence", passed);
    }

    @Test
    void anItemIsCheckedByTheClaimsThatNameItNotByWordsInTheirText() {
        Claim rate = claim("1.14", "01-nb", true, Spec.CHECK_1, Paper.EQ_4);
        Claim worded = new Claim("1.15", List.of(Spec.CHECK_2), "(M4) KH2020 (4) dE/dt equals the finite difference THEORY §5.1",
                "01-nb", "e", true);
        Reproduction r = Reproduction.of(List.of(rate, worded));
        assertEquals(List.of(rate), r.row(Spec.CHECK_1).claims());
        assertEquals(List.of(rate), r.row(Paper.EQ_4).claims());
        assertEquals(List.of(worded), r.row(Spec.CHECK_2).claims());
        assertEquals(List.of(), r.row(Spec.CHECK_10).claims(), "§5.1 is not a prefix of §5.10");
    }

    @Test
    void statusPerItem() {
        Reproduction r = Reproduction.of(List.of(
                claim("3.7", "03-nb", true, Related.DAM_2016_CAPACITY, Paper.EQ_9),
                claim("4.1", "04-nb", true, Paper.EQ_13),
                claim("4.2", "04-nb", false, Paper.EQ_13)));
        assertEquals(Reproduction.Status.REPRODUCED, r.status(Paper.EQ_9));
        assertEquals(Reproduction.Status.FAILED, r.status(Paper.EQ_13), "one failing claim fails the item");
        assertEquals(Reproduction.Status.NOT_RUN, r.status(Paper.EQ_1));
        assertEquals(Reproduction.Status.NOT_CHECKABLE, r.status(Paper.FIGURE_2));
        assertEquals("not checkable numerically: a schematic drawing: lamp draws it, there is nothing to measure",
                r.row(Paper.FIGURE_2).statusText());
        assertEquals("04-nb: 4.1, 4.2", r.row(Paper.EQ_13).checkedBy());
        assertEquals("03-nb: 3.7", r.row(Related.DAM_2016_CAPACITY).checkedBy());
    }

    @Test
    void tablesHaveOneRowPerItemWithWhereAndStatus() {
        Reproduction r = Reproduction.of(List.of(claim("2.3", "02-nb", true, Spec.CHECK_5), claim("0.1", "00-nb", true, Spec.CHECK_5)));
        Table paper = r.paper();
        assertEquals(List.of("item", "source", "statement", "checked by (notebook: claims)", "status"), paper.columnNames());
        assertEquals(Paper.values().length, paper.rowCount());
        assertEquals("(1)", paper.stringColumn("item").get(paper.stringColumn("item").indexOf("(1)")));
        assertEquals(Spec.values().length, r.spec().rowCount());
        Table spec = r.spec();
        int row5 = spec.stringColumn("item").indexOf("§5.5");
        assertEquals("02-nb: 2.3; 00-nb: 0.1", spec.stringColumn("checked by (notebook: claims)").get(row5));
        assertEquals("reproduced", spec.stringColumn("status").get(row5));
        assertEquals("not run", spec.stringColumn("status").get(spec.stringColumn("item").indexOf("§5.6")));
        Table related = r.related();
        assertEquals(Related.values().length, related.rowCount());
        assertEquals("capacity", related.stringColumn("item").get(related.stringColumn("source").indexOf("Demircigil 2017")));
        Table one = r.table(List.of(Paper.SECTION_4_HIPPOCAMPUS));
        assertTrue(one.stringColumn("status").get(0).startsWith("not checkable numerically: a hypothesis"));
        assertThrows(IllegalArgumentException.class, () -> r.table(List.of()));
    }

    @Test
    void reportNamesWhatIsNotRunAndWhatFails() {
        List<Claim> claims = new ArrayList<>();
        for (Item i : Item.all()) if (i.checkable()) claims.add(claim("c" + claims.size(), "0" + (claims.size() % 7) + "-nb", true, i));
        Reproduction.Report full = Reproduction.of(claims).report();
        assertTrue(full.complete(), full.message());
        assertTrue(full.allPassed());
        assertEquals(3, full.notCheckable());
        assertEquals(Item.all().size() - 3, full.reproduced());
        assertTrue(full.message().contains("of " + Item.all().size() + " items " + (Item.all().size() - 3) + " reproduced, 3 not checkable numerically"),
                full.message());

        claims.removeIf(c -> c.checks(Paper.EQ_10));
        claims.add(claim("x", "06-nb", false, Spec.CHECK_15));
        Reproduction.Report r = Reproduction.of(claims).report();
        assertFalse(r.complete());
        assertFalse(r.allPassed());
        assertEquals(List.of("KH2020 (10)"), r.notRun());
        assertEquals(List.of("THEORY §5.15"), r.failing());
        assertEquals(List.of("x"), r.failedClaims());
        assertTrue(r.message().contains("FAILED: x") && r.message().contains("not run: KH2020 (10)")
                && r.message().contains("checked by a failing claim: THEORY §5.15"), r.message());
        assertSame(full, full.require());
        IllegalStateException e = assertThrows(IllegalStateException.class, r::require);
        assertEquals("the reproduction is not complete: " + r.message(), e.getMessage());

        Reproduction.Report paperOnly = Reproduction.of(claims).report(List.of(Paper.values()));
        assertEquals(Paper.values().length, paperOnly.items());
        assertEquals(List.of("KH2020 (10)"), paperOnly.notRun());
        assertTrue(paperOnly.failing().isEmpty());
    }

    @Test
    void emptyLedgerSaysHowToFillIt() {
        Reproduction.Report r = Reproduction.of(List.of()).report();
        assertFalse(r.allPassed());
        assertFalse(r.complete());
        assertTrue(r.message().contains("ledger is empty") && r.message().contains("00–06"), r.message());
        assertEquals(Item.all().size() - 3, r.notRun().size());
    }

    @Test
    void claimsPerNotebook() {
        Table t = Reproduction.of(List.of(claim("1.1", "01-nb", true, Spec.CHECK_1), claim("1.2", "01-nb", false, Spec.CHECK_2),
                claim("2.1", "02-nb", true, Spec.CHECK_3))).byNotebook();
        assertEquals(List.of("01-nb", "02-nb"), t.stringColumn("notebook").asList());
        assertEquals(List.of(2, 1), t.intColumn("claims").asList());
        assertEquals(List.of(1, 0), t.intColumn("failed").asList());
    }
}
