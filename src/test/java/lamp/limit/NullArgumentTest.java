package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lamp.lagrangian.Lagrangians;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Null arguments and buffers of the wrong length are named by the limit models, never a NullPointerException or an index error. */
class NullArgumentTest {

    static final Memories XI = Memories.of(new double[] {1, -1, 1, 1}, new double[] {-1, 1, 1, -1});

    static void refused(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String p : parts) assertTrue(e.getMessage().contains(p), "'" + e.getMessage() + "' should mention '" + p + "'");
    }

    @Test
    void attentionNamesNullKeysValuesAndRows() {
        double[] q = {1, 0, 0, 0};
        refused(() -> ModernHopfield.attention(q, null, XI.toArray(), 1), "attention keys is null");
        refused(() -> ModernHopfield.attention(q, XI.toArray(), null, 1), "attention values is null");
        refused(() -> ModernHopfield.attention(q, XI.toArray(), new double[][] {null, {1, 1, 1, 1}}, 1), "value 0 is null");
        refused(() -> new ModernHopfield(XI, 1).update((double[][]) null), "queries is null");
    }

    @Test
    void theRightHandSideNamesADerivativeOfTheWrongLength() {
        SphericalMemory c = new SphericalMemory(XI, Lagrangians.logSumExp(1));
        refused(() -> c.computeDerivatives(0, new double[] {1, 0, 0, 0}, new double[3]), "dv/dt needs length N_f = 4", "got 3");
        refused(() -> c.computeDerivatives(0, new double[] {1, 0, 0, 0}, null), "got null");
    }

    @Test
    void manyBodyCountsAndTensorsPastALongAreNamed() {
        refused(() -> ManyBody.of(lamp.memory.Patterns.randomBinary(2, 100, 1), 20), "no dense tensor", "N_f = 100, n = 20", "exceeds the long range");
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> ManyBody.junctionCount(1_000_000, 5000));
        assertTrue(e.getMessage().contains("C(N_f, n)") && e.getMessage().contains("logarithm"), e.getMessage());
    }
}
