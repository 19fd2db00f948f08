package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lamp.dynamics.EnergyModel;
import lamp.lagrangian.Lagrangians;
import lamp.limit.ModernHopfield;
import lamp.memory.Patterns;
import lamp.network.Network;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class EnergyRateChecksTest {

    @Test
    void tableCoversEveryModelAndMatchesM4() {
        var xi = Patterns.randomBinary(6, 10, 3);
        Map<String, EnergyModel> models = new LinkedHashMap<>();
        models.put("network", Network.builder(xi).featureLagrangian(Lagrangians.tanh(1)).build());
        models.put("modern", new ModernHopfield(xi, 1));
        Table t = EnergyRateChecks.table(models, 3, 1, 7, 1e-6);
        assertEquals(6, t.rowCount());
        assertEquals("model", t.columnNames().get(0));
        assertEquals("network", t.stringColumn("model").get(0));
        assertEquals("modern", t.stringColumn("model").get(5));
        assertTrue(t.doubleColumn("relative error").max() < 1e-6, t.print());
    }

    @Test
    void randomStatesAreSeededAndSized() {
        var model = new ModernHopfield(Patterns.randomBinary(4, 5, 1), 1);
        List<double[]> a = EnergyRateChecks.randomStates(model, 3, 2, 9), b = EnergyRateChecks.randomStates(model, 3, 2, 9);
        assertEquals(3, a.size());
        assertEquals(5, a.get(0).length);
        for (int i = 0; i < 3; i++) assertArrayEquals(a.get(i), b.get(i), 0);
        assertThrows(IllegalArgumentException.class, () -> EnergyRateChecks.randomStates(model, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> EnergyRateChecks.table(Map.of(), 1, 1, 1, 1e-6));
    }
}
