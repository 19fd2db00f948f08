package lamp.experiment;

import static org.junit.jupiter.api.Assertions.*;

import lamp.memory.Corruption;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;

class TrialsTest {

    @Test
    void setupIsBuiltByNameWithDefaults() {
        Trials.Setup s = Trials.setup(ToyModels::identity).random(Patterns::gaussian, 7, 11).build();
        assertEquals(7, s.count());
        assertEquals(11, s.features());
        assertNull(s.fixed());
        assertEquals(Corruption.Kind.FLIP, s.kind());
        assertEquals(0.0, s.amount());
        assertEquals(20, s.trials());
        assertEquals(100, s.maxSteps());
        assertEquals(1e-12, s.tolerance());
        assertTrue(s.parallel());
        assertNull(s.measure());

        var xi = Patterns.randomBinary(3, 5, 1);
        Trials.Setup f = Trials.setup(ToyModels::perfect).fixed(xi).corruption(Corruption.Kind.MASK, 0.2).trials(4).seed(9)
                .retrieval(7, 0.5).parallel(false).build();
        assertSame(xi, f.fixed());
        assertEquals(3, f.count());
        assertEquals(5, f.features());
        assertEquals(Corruption.Kind.MASK, f.kind());
        assertEquals(9, f.seed());
        assertEquals(7, f.maxSteps());
        assertFalse(f.parallel());
    }

    @Test
    void summaryOfKnownModels() {
        // identity keeps the query: 2 of 20 entries flipped, overlap 1 − 2·2/20 = 0.8 in every trial
        Trials.Summary s = Trials.run(Trials.setup(ToyModels::identity).random(Patterns::randomBinary, 4, 20)
                .corruption(Corruption.Kind.FLIP, 0.1).trials(5).build());
        assertEquals(0.0, s.exact());
        assertEquals(0.8, s.overlap(), 1e-12);
        assertEquals("identity", s.modelName());
        assertEquals(0, s.extras().length);
    }

    @Test
    void aSetupNeedsMemories() {
        assertThrows(IllegalStateException.class, () -> Trials.setup(ToyModels::identity).build());
        assertThrows(IllegalArgumentException.class, () -> Trials.setup(null));
    }
}
