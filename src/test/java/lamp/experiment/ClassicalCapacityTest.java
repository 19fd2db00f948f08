package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The classical capacity (Hopfield 1982, AGS 1987): AGS's zero-temperature numbers and the measured collapse. */
class ClassicalCapacityTest {

    @Test
    void agsNumbersAreTheKnownOnes() {
        // AGS 1987: α_c ≈ 0.138 with m_c ≈ 0.967, i.e. about 1.6 % wrong bits just below α_c
        assertEquals(0.1379, ClassicalCapacity.AGS_CRITICAL_LOAD, 2e-4);
        assertEquals(0.0165, ClassicalCapacity.agsWrongBits(ClassicalCapacity.AGS_CRITICAL_LOAD), 1.5e-3);
        assertTrue(Double.isNaN(ClassicalCapacity.agsWrongBits(0.14)), "no retrieval state above α_c");
        double m = ClassicalCapacity.agsOverlap(0.1);
        assertEquals(0.998, m, 1e-3);
        // m solves m = erf(m/√(2αr)), r = 1/(1 − C)², C = √(2/(παr)) exp(−m²/(2αr)): iterate it from m and r consistent
        double alpha = 0.1;
        double r = 1, mm = m;
        for (int i = 0; i < 2000; i++) {
            double c = Math.sqrt(2 / (Math.PI * alpha * r)) * Math.exp(-mm * mm / (2 * alpha * r));
            r = 1 / ((1 - c) * (1 - c));
            mm = Erf.erf(mm / Math.sqrt(2 * alpha * r));
        }
        assertEquals(m, mm, 1e-9, "the fixed point of AGS's equations at α = 0.1");
        double previous = 0;
        for (double a : new double[] {0.05, 0.08, 0.1, 0.12, 0.13, 0.137}) {
            double w = ClassicalCapacity.agsWrongBits(a);
            assertTrue(w > previous, "wrong bits grow with α: " + a);
            previous = w;
        }
    }

    @Test
    void collapseFromFewErrorsToManyAroundTheCriticalLoad() {
        List<String> lines = new ArrayList<>();
        ClassicalCapacity.Result r = ClassicalCapacity.create().sizes(100, 300).loads(0.05, 0.1, 0.2, 0.3, 0.4)
                .trials(4).probes(6).seed(3).progress(lines::add).run();
        Table t = r.table();
        assertEquals(10, t.rowCount());
        assertEquals(10, lines.size());
        Table big = r.size(300);
        double[] retrieved = big.doubleColumn("retrieved fraction").asDoubleArray();
        double[] mean = big.doubleColumn("mean wrong bits").asDoubleArray();
        assertEquals(1, retrieved[0], 0, "at K/N_f = 0.05 every run stays at its pattern");
        assertTrue(mean[0] < 0.002, "at K/N_f = 0.05 hardly a wrong bit: " + mean[0]);
        assertTrue(retrieved[4] < 0.3, "at K/N_f = 0.4 most runs collapse: " + retrieved[4]);
        assertTrue(mean[4] > 0.1, "collapsed runs end far from the pattern: " + mean[4]);
        double ac = r.criticalLoad(300);
        assertTrue(ac > 0.12 && ac < 0.3, "α_c(300) = " + ac);
        assertEquals(ac, r.criticalLoads().doubleColumn("alpha_c").get(1), 0);
        assertEquals(3L, t.longColumn("seed").get(0));
        double retrievedErrors = big.doubleColumn("mean wrong bits retrieved").get(1);
        assertTrue(retrievedErrors < 0.01, "the retrieval state keeps few wrong bits at 0.1: " + retrievedErrors);
    }

    @Test
    void sameSeedSameTable() {
        ClassicalCapacity c = ClassicalCapacity.create().sizes(50).loads(0.1, 0.2).trials(2).probes(3).seed(8);
        assertEquals(c.run().table().print(), c.run().table().print());
    }

    @Test
    void badSettingsAreNamed() {
        assertThrows(IllegalArgumentException.class, () -> ClassicalCapacity.create().sizes(200, 100));
        assertThrows(IllegalArgumentException.class, () -> ClassicalCapacity.create().sizes(5));
        assertThrows(IllegalArgumentException.class, () -> ClassicalCapacity.create().loads(0.2, 0.1));
        assertThrows(IllegalArgumentException.class, () -> ClassicalCapacity.create().loads(1.5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassicalCapacity.create().collapseThreshold(0.6));
        assertTrue(e.getMessage().contains("collapse threshold"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassicalCapacity.create().sizes(20).loads(0.1).trials(1).probes(1).run().size(200));
    }
}
