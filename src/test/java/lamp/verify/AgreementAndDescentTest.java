package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import lamp.lagrangian.Lagrangians;
import lamp.limit.AssociativeMemory;
import lamp.limit.EffectiveNetwork;
import lamp.limit.ModernHopfield;
import lamp.limit.SphericalMemory;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class AgreementAndDescentTest {

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

    @Test
    void modelBAndCUpdatesNeverRaiseTheEnergy() {
        UpdateDescent b = UpdateDescent.of(rng -> new ModernHopfield(Patterns.gaussian(1 + rng.nextInt(20), 5, rng.nextLong()),
                0.1 + 5 * rng.nextDouble(), Patterns.gaussian(1, 5, rng.nextLong()).row(0))).instances(40).steps(8).seed(3);
        assertEquals(40, b.table().rowCount());
        assertTrue(b.largestRelativeRise() <= 1e-12, "rise " + b.largestRelativeRise());
        assertTrue(b.largestFall() > 0);
        UpdateDescent c = UpdateDescent.of(rng -> new SphericalMemory(Patterns.gaussian(1 + rng.nextInt(20), 5, rng.nextLong()),
                Lagrangians.rectifiedPower(3))).instances(40).seed(4);
        assertTrue(c.largestRelativeRise() <= 1e-12, "rise " + c.largestRelativeRise());
    }

    @Test
    void aRisingUpdateIsCaught() {
        ModernHopfield b = new ModernHopfield(Memories.identity(2), 1);
        AssociativeMemory up = new AssociativeMemory() {
            @Override public String name() { return "rising"; }
            @Override public Memories memories() { return b.memories(); }
            @Override public double energy(double[] v) { return b.energy(v); }
            @Override public double[] update(double[] v) { return new double[] {2 * v[0] + 1, 2 * v[1] + 1}; }
        };
        UpdateDescent d = UpdateDescent.of(rng -> up).instances(3).steps(3).seed(1);
        assertTrue(d.largestRelativeRise() > 0);
        assertThrows(IllegalArgumentException.class, () -> UpdateDescent.of(rng -> null).table());
        assertThrows(IllegalArgumentException.class, () -> UpdateDescent.of(null));
    }
}
