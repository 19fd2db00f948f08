package lamp.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lamp.linalg.Dense;
import lamp.linalg.Float32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The shared checks for sizes, buffers and nulls: each failure names the argument and the number that is wrong. */
class ChecksSizeTest {

    static String refused(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String p : parts) assertTrue(e.getMessage().contains(p), "'" + e.getMessage() + "' should mention '" + p + "'");
        return e.getMessage();
    }

    @Test
    void entriesRefuseAProductPastTheLargestArray() {
        assertEquals(12, Checks.entries("ξ", 3, 4));
        refused(() -> Checks.entries("ξ", 65_536, 65_536), "65536 × 65536 = 4294967296", "largest Java array");
        refused(() -> Checks.entries("ξ", -1, 4), "row count", "got -1");
    }

    @Test
    void fitsSaysHowMuchMemoryIsNeededAndFree() {
        Checks.fits("small", 1000);
        refused(() -> Checks.fits("ξ", Long.MAX_VALUE / 4), "ξ needs", "for " + Long.MAX_VALUE / 4 + " doubles", "MiB", "free", "-Xmx");
        long beyond = Runtime.getRuntime().maxMemory() / Double.BYTES + 1;
        refused(() -> Checks.fits("ξ", beyond), "ξ needs " + String.format(java.util.Locale.ROOT, "%.1f MiB", beyond * 8 / 1048576.0));
    }

    @Test
    void layerBuffersAreCheckedForNullAndLength() {
        Object owner = new Object() { @Override public String toString() { return "tanh(β=1)"; } };
        refused(() -> Checks.layer(owner, null, null, new double[1]), "tanh(β=1)", "layer x is null");
        refused(() -> Checks.layer(owner, new double[2], null, new double[3]), "tanh(β=1)", "output buffer has length 3", "layer has 2");
        refused(() -> Checks.layer(owner, new double[2], new double[1], new double[2]), "direction u has length 1");
        Checks.layer(owner, new double[2], new double[2], new double[2]);
    }

    @Test
    void betweenAndPresentNameTheArgument() {
        refused(() -> Checks.between("points", 0, 1, 10), "points must lie in [1, 10]", "got 0");
        assertEquals(5, Checks.between("points", 5, 1, 10));
        refused(() -> Checks.present("keys", null), "keys is null");
    }

    @Test
    void denseKernelsNameNullArgumentsAndBadTemperatures() {
        refused(() -> Dense.dot(null, new double[1]), "null", "first");
        refused(() -> Dense.softmax(1, null, new double[1]), "softmax input is null");
        refused(() -> Dense.softmax(0, new double[1], new double[1]), "β", "> 0");
        refused(() -> Dense.logSumExp(-1, new double[] {1}), "β", "got -1.0");
        refused(() -> Dense.multiplyBatch(1, 1, new double[1], null, 1), "queries is null");
        refused(() -> Float32.toDouble(null), "x is null");
    }
}
