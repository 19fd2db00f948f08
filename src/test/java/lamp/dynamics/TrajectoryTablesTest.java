package lamp.dynamics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.Map;
import lamp.lagrangian.Lagrangians;
import lamp.limit.EffectiveNetwork;
import lamp.memory.Memories;
import lamp.network.Network;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TrajectoryTablesTest {
    /** dv/dt = −v from v(0) = (1, 2): v(t) = v(0) e^{−t}, E = ½‖v‖² − ½·0 … (L_h ≡ (h)₊³/3 is 0 on ξ = 0). */
    static EffectiveNetwork decay() {
        return new EffectiveNetwork(Memories.of(new double[] {0, 0}), Lagrangians.identity(), Lagrangians.rectifiedPower(3), 1, null);
    }

    @Test
    void summaryColumnAndDistance() {
        Trajectory a = Simulation.of(decay()).duration(1).sampleEvery(0.25).run(new double[] {1, 2});
        Trajectory b = Simulation.of(decay()).duration(1).sampleEvery(0.25).run(new double[] {2, 2});
        Map<String, Trajectory> runs = new LinkedHashMap<>();
        runs.put("a", a);
        runs.put("b", b);
        Table s = TrajectoryTables.summary(runs);
        assertEquals(2, s.rowCount());
        assertEquals(2.5, s.doubleColumn("E start").get(0), 1e-12);
        assertEquals(2.5 * Math.exp(-2), s.doubleColumn("E end").get(0), 1e-8);
        assertEquals(0, s.intColumn("energy rises").get(0));
        assertEquals("duration", s.stringColumn("stop").get(0));

        Table c = TrajectoryTables.column(runs, "energy");
        assertEquals(java.util.List.of("time", "a", "b"), c.columnNames());
        assertEquals(5, c.rowCount());
        assertEquals(4 * Math.exp(-1), c.doubleColumn("b").get(2), 1e-8);

        Table rel = TrajectoryTables.relativeEnergy(runs);
        assertEquals(1, rel.doubleColumn("a").get(0), 1e-15);
        assertEquals(0, rel.doubleColumn("a").get(4), 1e-15);
        double e0 = 2.5, e1 = 2.5 * Math.exp(-2), emid = 2.5 * Math.exp(-1);
        assertEquals((emid - e1) / (e0 - e1), rel.doubleColumn("a").get(2), 1e-8);

        Table d = TrajectoryTables.featureDistance(a, Map.of("b", b), 2);
        for (int r = 0; r < d.rowCount(); r++) {
            assertEquals(Math.exp(-d.doubleColumn("time").get(r)), d.doubleColumn("b").get(r), 1e-8);
        }

        Table e = TrajectoryTables.entries(a, 2, 0, 1);
        assertEquals(java.util.List.of("time", "v_0", "v_1"), e.columnNames());
        assertEquals(2 * Math.exp(-1), e.doubleColumn("v_1").get(4), 1e-8);
    }

    @Test
    void hiddenEntriesAreNamedH() {
        Network net = Network.builder(Memories.identity(2)).tauHidden(0.5).build();
        Trajectory t = Simulation.of(net).duration(0.5).sampleEvery(0.25).run(net.state(new double[] {1, 0}, new double[] {0, 0}));
        assertEquals(java.util.List.of("time", "v_1", "h_0"), TrajectoryTables.entries(t, 2, 1, 2).columnNames());
    }

    @Test
    void mismatchedSamplesAndMissingColumnsAreNamed() {
        Trajectory a = Simulation.of(decay()).duration(1).sampleEvery(0.25).run(new double[] {1, 2});
        Trajectory b = Simulation.of(decay()).duration(1).sampleEvery(0.5).run(new double[] {1, 2});
        Map<String, Trajectory> runs = new LinkedHashMap<>();
        runs.put("a", a);
        runs.put("b", b);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrajectoryTables.column(runs, "energy"))
                .getMessage().contains("sampleEvery"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrajectoryTables.column(Map.of("a", a), "nope"))
                .getMessage().contains("'nope'"));
        assertThrows(IllegalArgumentException.class, () -> TrajectoryTables.summary(Map.of()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrajectoryTables.entries(a, 2, 7))
                .getMessage().contains("index 7"));
    }

    /** A run whose initial state overflows has no samples: its energies are missing, not NaN or ±∞. */
    @Test
    void aRunWithoutSamplesHasMissingEnergies() {
        Network net = Network.builder(Memories.identity(2)).featureLagrangian(Lagrangians.exponential(1)).build();
        Map<String, Trajectory> runs = new LinkedHashMap<>();
        runs.put("overflow", Simulation.of(net).run(net.state(new double[] {800, 0}, new double[2])));
        runs.put("fine", Simulation.of(decay()).duration(1).sampleEvery(0.5).run(new double[] {1, 2}));
        Table s = TrajectoryTables.summary(runs);
        assertEquals(0, s.intColumn("samples").get(0));
        assertTrue(s.doubleColumn("E start").isMissing(0));
        assertTrue(s.doubleColumn("E end").isMissing(0));
        assertTrue(s.doubleColumn("max dE/dt").isMissing(0));
        assertEquals("non_finite", s.stringColumn("stop").get(0));
        assertEquals(3, s.intColumn("samples").get(1));
        assertEquals(2.5, s.doubleColumn("E start").get(1), 1e-12);
    }
}
