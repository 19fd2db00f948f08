package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.ScalarFunction;
import lamp.memory.Memories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input to the limit models fails fast with an IllegalArgumentException that names the
 * problem: mismatched dimensions of states, inputs and queries, NaN/∞, τ ≤ 0, β ≤ 0, unknown model
 * names (the message lists the known ones).
 */
class LimitBadInputTest {

    static final Memories XI = Memories.of(new double[] {1, -1, 1, 1}, new double[] {-1, 1, 1, -1}, new double[] {1, 1, -1, 1});

    static void assertRejected(Executable call, String... words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String w : words) assertTrue(e.getMessage().contains(w), "message '" + e.getMessage() + "' should mention '" + w + "'");
    }

    @Test
    void nonPositiveBetaIsNamed() {
        for (double beta : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertRejected(() -> new ModernHopfield(XI, beta), "β");
            assertRejected(() -> ModernHopfield.attention(new double[4], XI.toArray(), XI.toArray(), beta), "β");
            assertRejected(() -> new SphericalMemory(XI, Lagrangians.logSumExp(beta)), "β");
        }
        assertRejected(() -> Models.create("modern(0)", XI), "β");
        assertRejected(() -> Models.create("spherical(-2)", XI), "β");
        assertRejected(() -> Models.create("exponential(0)", XI), "β");
    }

    @Test
    void mismatchedDimensionsAreNamed() {
        ModernHopfield b = new ModernHopfield(XI, 1);
        assertRejected(() -> b.update(new double[3]), "feature state v", "length 3", "4");
        assertRejected(() -> b.energy(new double[5]), "feature state v", "length 5");
        assertRejected(() -> b.update(new double[][] {new double[4], new double[3]}), "query 1", "length 3");
        assertRejected(() -> b.updateBatch(new double[7], 2), "batch", "7");
        assertRejected(() -> b.retrieve(new double[2]), "query", "length 2");
        assertRejected(() -> new ModernHopfield(XI, 1, new double[3]), "input current I", "length 3");
        assertRejected(() -> ModernHopfield.attention(new double[4], new double[][] {new double[3]}, new double[][] {new double[4]}, 1), "key 0", "length 3");
        assertRejected(() -> ModernHopfield.attention(new double[4], XI.toArray(), new double[][] {new double[4]}, 1), "keys", "values");
        DenseAssociativeMemory a = new DenseAssociativeMemory(XI, ScalarFunction.power(3));
        assertRejected(() -> a.energy(new double[3]), "state σ", "length 3");
        assertRejected(() -> a.update(new double[6]), "state σ", "length 6");
        assertRejected(() -> a.retrieve(new double[2], 10, 0), "query", "length 2");
        assertRejected(() -> new DenseAssociativeMemory(XI, ScalarFunction.power(3), new double[2]), "input current I", "length 2");
        SphericalMemory c = new SphericalMemory(XI, Lagrangians.logSumExp(1));
        assertRejected(() -> c.energy(new double[3]), "feature state v");
        assertRejected(() -> new EffectiveNetwork(XI, Lagrangians.tanh(1), Lagrangians.identity(), 1, new double[5]), "input current I", "length 5");
    }

    @Test
    void nonFiniteValuesAreNamed() {
        ModernHopfield b = new ModernHopfield(XI, 1);
        assertRejected(() -> b.update(new double[] {0, Double.NaN, 0, 0}), "feature state v[1]", "NaN");
        assertRejected(() -> b.updateBatch(new double[] {0, 0, 0, Double.POSITIVE_INFINITY}, 1), "queries", "Infinity");
        assertRejected(() -> b.update(new double[][] {{0, 0, Double.NaN, 0}}), "query 0", "NaN");
        assertRejected(() -> ModernHopfield.attention(new double[] {0, Double.NaN, 0, 0}, XI.toArray(), XI.toArray(), 1), "query", "NaN");
        assertRejected(() -> new ModernHopfield(XI, 1, new double[] {0, 0, Double.NEGATIVE_INFINITY, 0}), "input current I[2]");
        DenseAssociativeMemory a = new DenseAssociativeMemory(XI, ScalarFunction.quadratic());
        assertRejected(() -> a.energy(new double[] {1, 1, Double.NaN, 1}), "state σ[2]", "NaN");
        assertRejected(() -> a.retrieve(new double[] {Double.NaN, 1, 1, 1}), "query[0]", "NaN");
        assertRejected(() -> new SphericalMemory(XI, Lagrangians.rectifiedPower(3)).energy(new double[4]), "x = 0");
    }

    @Test
    void nonPositiveTauIsNamed() {
        assertRejected(() -> new EffectiveNetwork(XI, Lagrangians.identity(), Lagrangians.logSumExp(1), 0, null), "τ_f", "> 0");
        assertRejected(() -> new EffectiveNetwork(XI, Lagrangians.identity(), Lagrangians.logSumExp(1), -0.5, null), "τ_f");
    }

    @Test
    void unknownModelNameListsKnownNames() {
        for (String name : new String[] {"hopfield", "modrn(2)", "", "dam[3]"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Models.create(name, XI));
            assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
            for (String known : new String[] {"classical", "dam(n)", "rectified(n)", "exponential", "modern(β)", "spherical(β)", "sphericalPower(n)"}) {
                assertTrue(e.getMessage().contains(known), "'" + e.getMessage() + "' should list " + known);
            }
        }
        assertRejected(() -> Models.create(null, XI), "model name is null; known: classical");
        assertRejected(() -> Models.create("dam", XI), "model 'dam' takes 1 parameter, got 0; known: classical");
        assertRejected(() -> Models.create("modern(1, 2)", XI), "model 'modern(1, 2)' takes 1 parameter, got 2");
        assertRejected(() -> Models.create("modern(x)", XI), "model 'modern(x)': parameter 'x' is not a number");
        assertRejected(() -> Models.create("classical(2)", XI), "model 'classical(2)' takes 0 parameters, got 1");
        assertRejected(() -> Models.create("exponential(1, 2)", XI), "takes at most 1 parameter, got 2");
    }

    /** The DAM order is a whole number in [1, 10000]: no int cast of 1e10 to x^2147483647, no x^0. */
    @Test
    void damOrderIsValidatedWithItsRange() {
        for (String name : new String[] {"dam(1e10)", "dam(0)", "dam(-3)", "dam(2.5)", "dam(10001)", "dam(NaN)", "dam(Infinity)"}) {
            assertRejected(() -> Models.create(name, XI), "model '" + name + "': the order n must be a whole number from 1 to 10000, got ");
        }
        assertRejected(() -> Models.create("dam(1e10)", XI), "got 10000000000");
        assertRejected(() -> Models.create("rectified(2e4)", XI), "power n must lie in [1, 10000], got 20000.0");
        assertRejected(() -> Models.create("sphericalPower(0.5)", XI), "power n", ">= 1");
        assertTrue(Models.create("dam(10000)", XI) instanceof DenseAssociativeMemory);
    }
}
