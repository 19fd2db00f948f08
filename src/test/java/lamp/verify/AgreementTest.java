package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import lamp.lagrangian.Lagrangians;
import lamp.limit.EffectiveNetwork;
import lamp.limit.ModernHopfield;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class AgreementTest {

    @Test
    void scalarAgreementOfM5AndM10IsRounding() {
        Memories xi = Patterns.gaussian(20, 6, 1);
        double[] input = Patterns.gaussian(1, 6, 2).row(0);
        ModernHopfield b = new ModernHopfield(xi, 2, input);
        EffectiveNetwork general = new EffectiveNetwork(xi, Lagrangians.identity(), Lagrangians.logSumExp(2), 1, input);
        Agreement a = Agreement.scalars("M5", general::energy, "M10", b::energy, Patterns.gaussian(30, 6, 3));
        assertEquals(30, a.count());
        assertTrue(a.worst() < 1e-12, a.toString());
        Table t = a.table();
        assertEquals(30, t.rowCount());
        assertEquals(b.energy(Patterns.gaussian(30, 6, 3).row(0)), t.doubleColumn("M10").get(0), 0);
    }

    @Test
    void vectorAgreementFindsADifference() {
        Memories states = Patterns.gaussian(5, 3, 4);
        Agreement same = Agreement.vectors("x", v -> v.clone(), "y", v -> v.clone(), states);
        assertEquals(0, same.worst());
        Agreement off = Agreement.vectors("x", v -> new double[] {v[0] + 1e-3, v[1], v[2]}, "y", v -> v.clone(), states);
        assertTrue(off.worst() >= 1e-3 / Math.max(1, 10) && off.worst() <= 1.0001e-3, off.toString());
        assertEquals("max|x|", off.table().column(1).name());
    }

    @Test
    void rowsAndNaNAndShapes() {
        Agreement r = Agreement.rows("a", new double[][] {{1, 2}}, "b", new double[][] {{1, 2}});
        assertEquals(0, r.worst());
        Agreement nan = Agreement.rows("a", new double[][] {{Double.NaN, 2}}, "b", new double[][] {{1, 2}});
        assertEquals(Double.POSITIVE_INFINITY, nan.worst());
        assertThrows(IllegalArgumentException.class, () -> Agreement.rows("a", new double[][] {{1}}, "b", new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> Agreement.rows("a", new double[0][], "b", new double[0][]));
    }
}
