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

    private static Claim claim(String id, Evidence kind, boolean passed, Item... items) {
        return new Claim(id, List.of(items), "statement of " + id, "0" + id.charAt(0) + "-nb", "evidence", passed, kind);
    }

    @Test
    void onlyATestReproducesAnItem() {
        Reproduction r = Reproduction.of(List.of(
                claim("3.1", Evidence.IDENTITY, true, Paper.FIGURE_1, Spec.CHECK_14),
                claim("3.2", Evidence.IDENTITY, true, Paper.EQ_8),
                claim("5.1", Evidence.TEST, true, Paper.EQ_17, Paper.EQ_21),
                claim("5.5", Evidence.EXTENSION, true, Paper.EQ_17),
                claim("6.2", Evidence.EXTENSION, true, Related.RAMSAUER_2020_IMAGES),
                claim("4.1", Evidence.IDENTITY, true, Paper.EQ_13),
                claim("4.3", Evidence.EXTENSION, true, Paper.EQ_13),
                claim("3.8", Evidence.ILLUSTRATION, true, Related.DEMIRCIGIL_2017_CAPACITY),
                claim("0.1", Evidence.ILLUSTRATION, true, Related.RAMSAUER_2020_CAPACITY),
                claim("4.9", Evidence.IDENTITY, true, Related.RAMSAUER_2020_CAPACITY),
                claim("2.4", Evidence.TEST, true, Spec.CHECK_12),
                claim("2.5", Evidence.ILLUSTRATION, false, Spec.CHECK_12)));
        assertEquals(Reproduction.Status.DERIVED, r.status(Paper.FIGURE_1), "an identity alone derives");
        assertEquals(Reproduction.Status.DERIVED, r.status(Paper.EQ_8));
        assertEquals(Reproduction.Status.REPRODUCED, r.status(Paper.EQ_17), "a test reproduces, whatever else names the item");
        assertEquals(Reproduction.Status.EXTENSION, r.status(Related.RAMSAUER_2020_IMAGES), "only lamp's extension tested it");
        assertEquals(Reproduction.Status.EXTENSION, r.status(Paper.EQ_13), "a test of the extension says more than an identity");
        assertEquals(Reproduction.Status.NOT_RUN, r.status(Related.DEMIRCIGIL_2017_CAPACITY), "an illustration tests nothing");
        assertEquals("not run (only illustrated, far from where it could fail)", r.row(Related.DEMIRCIGIL_2017_CAPACITY).statusText());
        assertEquals(Reproduction.Status.DERIVED, r.status(Related.RAMSAUER_2020_CAPACITY));
        assertEquals(Reproduction.Status.FAILED, r.status(Spec.CHECK_12), "any failing claim fails the item, whatever its kind");
        assertEquals("FAILED", r.row(Spec.CHECK_12).statusText());
        assertEquals("05-nb: 5.1, 5.5 (lamp's extension)", r.row(Paper.EQ_17).checkedBy());
        assertEquals("03-nb: 3.8 (illustration)", r.row(Related.DEMIRCIGIL_2017_CAPACITY).checkedBy());
        assertEquals("derived (identity)", r.table(List.of(Paper.EQ_8)).stringColumn("status").get(0));

        Reproduction.Report report = r.report(List.of(Paper.FIGURE_1, Paper.EQ_8, Paper.EQ_17, Paper.EQ_13,
                Related.DEMIRCIGIL_2017_CAPACITY, Paper.FIGURE_2));
        assertEquals(1, report.reproduced());
        assertEquals(List.of(Paper.FIGURE_1.id(), Paper.EQ_8.id()), report.derived());
        assertEquals(List.of(Paper.EQ_13.id()), report.extension());
        assertEquals(List.of(Related.DEMIRCIGIL_2017_CAPACITY.id()), report.notRun());
        assertEquals(1, report.notCheckable());
        assertFalse(report.complete(), "derived, extension and not-run items are not reproduced");
        assertTrue(report.message().contains("1 reproduced, 2 derived (identity), 1 tested only through lamp's extension, "
                + "1 not checkable numerically, 1 not run"), report.message());
    }

    @Test
    void requirePassedFailsOnlyOnFailedClaimsOrAnEmptyLedger() {
        Reproduction.Report partial = Reproduction.of(List.of(claim("1.1", Evidence.TEST, true, Paper.EQ_4),
                claim("3.1", Evidence.IDENTITY, true, Paper.FIGURE_1))).report();
        assertFalse(partial.complete());
        assertSame(partial, partial.requirePassed(), "items not run stay not run; nothing failed");
        Reproduction.Report failed = Reproduction.of(List.of(claim("1.1", Evidence.TEST, false, Paper.EQ_4))).report();
        var e = assertThrows(IllegalStateException.class, failed::requirePassed);
        assertTrue(e.getMessage().contains("FAILED: 1.1"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Reproduction.of(List.of()).report().requirePassed());
    }

    @Test
    void summaryCountsTheItemsOfEachSourceByStatus() {
        Reproduction r = Reproduction.of(List.of(claim("1.1", Evidence.TEST, true, Paper.EQ_4, Spec.CHECK_1),
                claim("3.1", Evidence.IDENTITY, true, Paper.FIGURE_1), claim("3.2", Evidence.TEST, false, Related.DAM_2016_CAPACITY)));
        Table t = r.summary();
        assertEquals(List.of("KH2020", "related papers", "THEORY.md checks"), t.stringColumn("items").asList());
        assertEquals(List.of(1, 0, 1), t.intColumn("reproduced").asList());
        assertEquals(List.of(1, 0, 0), t.intColumn("derived (identity)").asList());
        assertEquals(List.of(0, 1, 0), t.intColumn("FAILED").asList());
        assertEquals(List.of(Paper.values().length, Related.values().length, Spec.values().length), t.intColumn("total").asList());
        for (int row = 0; row < 3; row++) {
            int sum = 0;
            for (Reproduction.Status s : Reproduction.Status.values()) sum += t.intColumn(s.label()).get(row);
            assertEquals(t.intColumn("total").get(row), sum, "every item has exactly one status");
        }
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
        assertEquals(2, full.notCheckable());
        assertEquals(Item.all().size() - 2, full.reproduced());
        assertTrue(full.message().contains("of " + Item.all().size() + " items " + (Item.all().size() - 2)
                        + " reproduced, 0 derived (identity), 0 tested only through lamp's extension, 2 not checkable numerically, 0 not run"),
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
        assertTrue(r.message().contains("ledger is empty") && r.message().contains("notebooks before it"), r.message());
        assertEquals(Item.all().size() - 2, r.notRun().size());
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
