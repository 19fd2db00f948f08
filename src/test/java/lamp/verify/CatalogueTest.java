package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void everyEquationOfThePaperFromOneToTwentyEight() {
        for (int n = 1; n <= 28; n++) {
            Paper eq = Paper.equation(n);
            assertEquals("(" + n + ")", eq.key());
            assertEquals("KH2020 (" + n + ")", eq.id());
            assertTrue(eq.checkable(), eq.id());
        }
        assertEquals(28, List.of(Paper.values()).stream().filter(p -> p.key().startsWith("(")).count());
        assertThrows(IllegalArgumentException.class, () -> Paper.equation(0));
        assertThrows(IllegalArgumentException.class, () -> Paper.equation(29));
        for (Paper p : List.of(Paper.SECTION_1, Paper.SECTION_2, Paper.SECTION_3, Paper.SECTION_4, Paper.FIGURE_1,
                Paper.FIGURE_2, Paper.APPENDIX_A, Paper.APPENDIX_B)) {
            assertTrue(List.of(Paper.values()).contains(p));
        }
    }

    @Test
    void eachItemOfThePaperKeepsItsFormulaAndTopicsAndTheProseFixesTheAnchors() {
        for (Paper p : Paper.values()) {
            assertFalse(p.formula().isBlank(), p.id());
            assertFalse(p.topics().isEmpty(), p.id());
            for (String t : p.topics()) assertFalse(t.isBlank(), p.id());
        }
        // the paper's prose names these: "steady state condition (5)", "additive models (6)", "substitutions (12)",
        // "the activation function g_i that appears in equation (18)", "(25)" against "(28)"
        assertTrue(Paper.EQ_5.formula().contains("h_μ = Σ_i ξ_μi g_i"));
        assertTrue(Paper.EQ_6.formula().contains("L_v = Σ_i G(v_i)"));
        assertTrue(Paper.EQ_7.formula().contains("Sign(v_i)"));
        assertTrue(Paper.EQ_12.formula().contains("softmax") && Paper.EQ_12.formula().contains("g_i = v_i"));
        assertTrue(Paper.EQ_15.formula().contains("dt/τ_f"));
        assertTrue(Paper.EQ_16.statement().contains("attention"));
        assertTrue(Paper.EQ_18.formula().contains("g_i = v_i/√"));
        assertTrue(Paper.EQ_19.formula().contains("α v_i") && Paper.EQ_19.formula().contains("τ_h dh_μ/dt"));
        assertTrue(Paper.EQ_20.formula().contains("Σ_j M_ij v_j = 0"));
        assertTrue(Paper.EQ_25.formula().contains("g⁻¹") && Paper.EQ_28.formula().contains("v_i g_i"));
        assertTrue(Paper.EQ_11.statement().contains("lamp's generalisation") && Paper.EQ_17.statement().contains("lamp's extension"));
        for (Item i : Item.all()) assertFalse(i.statement().toLowerCase().contains("lateral"), i.id());
        assertSame(Paper.SECTION_4, Paper.section(4));
        assertThrows(IllegalArgumentException.class, () -> Paper.section(6));
    }

    @Test
    void onlyTheArgumentAndTheDrawingAreNotCheckableAndEachSaysWhy() {
        Set<Item> not = new HashSet<>();
        for (Item i : Item.all()) if (!i.checkable()) not.add(i);
        assertEquals(Set.of(Paper.FIGURE_2, Paper.SECTION_4_HIPPOCAMPUS), not);
        for (Item i : not) assertFalse(i.notCheckable().orElseThrow().isBlank(), i.id());
    }

    @Test
    void everyCheckOfTheTheoryDocumentFromOneToEighteen() {
        for (int n = 1; n <= 18; n++) {
            assertEquals("THEORY §5." + n, Spec.check(n).id());
        }
        assertThrows(IllegalArgumentException.class, () -> Spec.check(19));
        assertEquals(6, List.of(Spec.values()).stream().filter(s -> s.key().startsWith("§5 exact")).count());
    }

    @Test
    void relatedResultsNameTheirOwnSource() {
        for (Related r : Related.values()) assertNotEquals(Source.KH2020, r.source(), r.id());
        Set<Source> sources = new HashSet<>();
        for (Related r : Related.values()) sources.add(r.source());
        assertEquals(Set.of(Source.HOPFIELD_1982, Source.HOPFIELD_1984, Source.DAM_2016, Source.DEMIRCIGIL_2017, Source.RAMSAUER_2020), sources);
        assertEquals("DAM 2016 capacity", Related.DAM_2016_CAPACITY.id());
    }

    @Test
    void idsAreUniqueFitTheLedgerAndLeadBackToTheirItem() {
        Set<String> ids = new HashSet<>();
        for (Item i : Item.all()) {
            assertTrue(ids.add(i.id()), "duplicate " + i.id());
            assertFalse(i.id().contains(Claims.ITEM_SEPARATOR) || i.id().contains("\t") || i.id().contains("\n"), i.id());
            assertSame(i, Item.byId(i.id()));
            assertFalse(i.statement().isBlank(), i.id());
        }
        assertEquals(Paper.values().length + Spec.values().length + Related.values().length, Item.all().size());
        var e = assertThrows(IllegalArgumentException.class, () -> Item.byId("KH2020 (29)"));
        assertTrue(e.getMessage().startsWith("unknown item 'KH2020 (29)'"), e.getMessage());
    }
}
