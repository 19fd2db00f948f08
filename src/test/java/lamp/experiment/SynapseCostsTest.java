package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SynapseCostsTest {

    @Test
    void countsAreTheClosedForms() {
        Table t = SynapseCosts.table(3, new int[] {5, 11}, new int[] {100, 1000});
        assertEquals(2, t.rowCount());
        // N_f = 5: 125 entries, C(7, 3) = 35 distinct, C(5, 3) = 10 triples, 5·11 = 55 two-body synapses
        assertEquals(125L, t.longColumn(SynapseCosts.DENSE).get(0));
        assertEquals(35L, t.longColumn(SynapseCosts.DISTINCT).get(0));
        assertEquals(10L, t.longColumn(SynapseCosts.JUNCTIONS).get(0));
        assertEquals(55L, t.longColumn(SynapseCosts.TWO_BODY).get(0));
        assertEquals(35.0 / 55, t.doubleColumn(SynapseCosts.DISTINCT_PER_TWO_BODY).get(0), 1e-15);
        // N_f = 100: 10⁶, 102·101·100/6 = 171700, 100·99·98/6 = 161700, 10⁵
        assertEquals(1_000_000L, t.longColumn(SynapseCosts.DENSE).get(1));
        assertEquals(171_700L, t.longColumn(SynapseCosts.DISTINCT).get(1));
        assertEquals(161_700L, t.longColumn(SynapseCosts.JUNCTIONS).get(1));
        assertEquals(100_000L, t.longColumn(SynapseCosts.TWO_BODY).get(1));
        assertEquals(3, t.intColumn(Columns.DEGREE).get(1));
    }

    @Test
    void badInputIsNamed() {
        assertEquals("no (N_f, N_h) pairs given", assertThrows(IllegalArgumentException.class, () -> SynapseCosts.table(3)).getMessage());
        assertEquals("each size is a pair {N_f, N_h}",
                assertThrows(IllegalArgumentException.class, () -> SynapseCosts.table(3, new int[] {5})).getMessage());
    }
}
