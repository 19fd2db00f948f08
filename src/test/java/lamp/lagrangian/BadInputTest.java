package lamp.lagrangian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rejected argument raises IllegalArgumentException whose message names the argument and
 * the problem; nothing is silently clipped.
 */
class BadInputTest {

    static String rejects(Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "message is empty");
        return e.getMessage();
    }

    static void assertMentions(String message, String... parts) {
        for (String p : parts) assertTrue(message.contains(p), "message '" + message + "' does not mention '" + p + "'");
    }

    /** Every factory that takes an inverse temperature β. */
    static Stream<Arguments> betaFactories() {
        return Stream.of(
                Arguments.of("exponential", (DoubleFunction<Object>) Lagrangians::exponential),
                Arguments.of("tanh", (DoubleFunction<Object>) Lagrangians::tanh),
                Arguments.of("sigmoid", (DoubleFunction<Object>) Lagrangians::sigmoid),
                Arguments.of("logSumExp", (DoubleFunction<Object>) Lagrangians::logSumExp),
                Arguments.of("negativeLogCosh", (DoubleFunction<Object>) Lagrangians::negativeLogCosh),
                Arguments.of("ScalarFunction.exponential", (DoubleFunction<Object>) ScalarFunction::exponential));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("betaFactories")
    void betaMustBeFiniteAndPositive(String name, DoubleFunction<Object> factory) {
        for (double beta : new double[] {0, -0.0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            String m = rejects(() -> factory.apply(beta));
            assertMentions(m, "β", "> 0", String.valueOf(beta));
        }
        factory.apply(1e-3);   // small positive β is fine
    }

    @Test
    void powersBelowOneAreRejected() {
        assertMentions(rejects(() -> Lagrangians.rectifiedPower(0.5)), "power n", ">= 1", "0.5");
        assertMentions(rejects(() -> Lagrangians.rectifiedPower(Double.NaN)), "power n", "NaN");
        assertMentions(rejects(() -> ScalarFunction.rectifiedPower(-2)), "power n", "-2");
        assertMentions(rejects(() -> ScalarFunction.power(0)), "power n must be a whole number from 1 to 10000, got 0");
        assertMentions(rejects(() -> ScalarFunction.power(-3)), "power n", "got -3");
        assertMentions(rejects(() -> ScalarFunction.power(10_001)), "from 1 to 10000, got 10001");
        assertMentions(rejects(() -> ScalarFunction.rectifiedPower(1e10)), "power n must lie in [1, 10000], got 1.0E10");
        assertMentions(rejects(() -> ScalarFunction.exponential(Double.NaN)), "β must be finite and > 0, got NaN");
        assertMentions(rejects(() -> ScalarFunction.of("F", null, x -> x, x -> 1, true)), "F 'F' needs F, F' and F''");
    }

    @Test
    void layerNormRejectsNegativeOrNonFiniteGainAndNonFiniteBias() {
        assertMentions(rejects(() -> Lagrangians.layerNorm(-0.1, 0)), "γ", ">= 0", "-0.1");
        assertMentions(rejects(() -> Lagrangians.layerNorm(Double.NaN, 0)), "γ", "NaN");
        assertMentions(rejects(() -> Lagrangians.layerNorm(1, Double.POSITIVE_INFINITY)), "δ", "Infinity", "finite");
        Lagrangians.layerNorm(0, -3);   // γ = 0 is allowed (PSD for γ ≥ 0)
    }

    @Test
    void sphericalIsUndefinedAtTheOrigin() {
        Lagrangian l = Lagrangians.spherical();
        double[] zero = {0, 0, 0};
        assertMentions(rejects(() -> l.value(zero)), "x = 0");
        assertMentions(rejects(() -> l.activation(zero)), "x = 0");
        assertMentions(rejects(() -> l.hessianTimes(zero, new double[] {1, 0, 0})), "x = 0");
    }

    @Test
    void layerNormIsUndefinedWhereAllEntriesAreEqual() {
        Lagrangian l = Lagrangians.layerNorm(1, 0.5);
        double[] flat = {2.5, 2.5, 2.5, 2.5};
        assertMentions(rejects(() -> l.value(flat)), "all entries are equal");
        assertMentions(rejects(() -> l.activation(flat)), "all entries are equal");
        assertMentions(rejects(() -> l.hessianTimes(flat, new double[] {1, 0, 0, 0})), "all entries are equal");
        assertMentions(rejects(() -> l.activation(new double[0])), "empty");
    }

    /** Output buffers and directions of the wrong length are named, never an ArrayIndexOutOfBoundsException. */
    @Test
    void buffersOfTheWrongLengthAreNamed() {
        double[] x = {0.3, -1.2, 0.8};
        for (Lagrangian l : List.of(Lagrangians.tanh(1), Lagrangians.logSumExp(1), Lagrangians.spherical(), Lagrangians.layerNorm(1, 0),
                Lagrangians.custom("half square", y -> 0.5 * lamp.linalg.Dense.dot(y, y), y -> y.clone(), true))) {
            assertMentions(rejects(() -> l.activation(x, new double[2])), "output buffer has length 2", "layer has 3");
            assertMentions(rejects(() -> l.activation(x, null)), "output buffer is null");
            assertMentions(rejects(() -> l.hessianTimes(x, new double[3], new double[4])), "output buffer has length 4");
            assertMentions(rejects(() -> l.hessianTimes(x, new double[5], new double[3])), "direction u has length 5");
            assertMentions(rejects(() -> l.hessianTimes(x, null, new double[3])), "direction u is null");
            assertMentions(rejects(() -> l.activation(null)), "layer x is null");
        }
    }

    @Test
    void theSphericalLagrangianOfAnEmptyLayerSaysSo() {
        String m = rejects(() -> Lagrangians.spherical().activation(new double[0]));
        assertMentions(m, "empty layer");
        assertTrue(!m.contains("x = 0"), m);
    }

    @Test
    void logSumExpOfAnEmptyLayerIsRejected() {
        assertMentions(rejects(() -> Lagrangians.logSumExp(1).value(new double[0])), "empty");
    }

    // ---- byName --------------------------------------------------------------------------------

    static final String[] KNOWN = {"identity", "sign", "spherical", "rectifiedPower", "exponential", "tanh",
            "sigmoid", "logSumExp", "layerNorm", "negativeLogCosh"};

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"relu", "softmax(1)", "hopfield", "tanhh(1)"})
    void unknownNameListsTheKnownNames(String spec) {
        String m = rejects(() -> Lagrangians.byName(spec));
        assertMentions(m, "unknown", spec);
        assertMentions(m, KNOWN);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "   ", "tanh(1", "log-sum-exp(1)", "tanh(1)(2)", "3"})
    void unreadableSpecListsTheKnownNames(String spec) {
        String m = rejects(() -> Lagrangians.byName(spec));
        assertMentions(m, "cannot read");
        assertMentions(m, KNOWN);
    }

    @Test
    void nullNameIsRejected() {
        assertMentions(rejects(() -> Lagrangians.byName(null)), "null");
    }

    @ParameterizedTest(name = "''{0}'' takes {1}, got {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
            "identity(1); 0; 1", "sign(2, 3); 0; 2", "tanh; 1; 0", "tanh(); 1; 0", "logSumExp(1, 2); 1; 2",
            "layerNorm(1); 2; 1", "layerNorm(1, 0, 3); 2; 3", "rectifiedPower; 1; 0"})
    void wrongNumberOfParametersIsRejected(String spec, int takes, int got) {
        assertMentions(rejects(() -> Lagrangians.byName(spec)), spec, "takes " + takes, "got " + got);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"tanh(abc)", "logSumExp(β=x)", "layerNorm(1, x)", "layerNorm(1,,0)", "tanh(2,)", "layerNorm(1, 0,)"})
    void nonNumericOrMissingParameterIsRejected(String spec) {
        assertMentions(rejects(() -> Lagrangians.byName(spec)), spec, "not a number");
    }

    @Test
    void namesReadBack() {
        for (Lagrangian l : List.of(Lagrangians.tanh(2), Lagrangians.logSumExp(0.5), Lagrangians.layerNorm(1.5, -0.25),
                Lagrangians.rectifiedPower(3), Lagrangians.spherical())) {
            Lagrangian back = Lagrangians.byName(l.name());
            assertEquals(l.name(), back.name());
            double[] x = {0.3, -1.2, 0.8};
            assertEquals(l.value(x), back.value(x), 0.0);
        }
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"tanh(0)", "tanh(-2)", "tanh(NaN)", "logSumExp(Infinity)", "sigmoid(-1e-9)"})
    void invalidBetaThroughByNameIsRejected(String spec) {
        assertMentions(rejects(() -> Lagrangians.byName(spec)), "β", "> 0");
    }

    @Test
    void invalidPowerAndGainThroughByNameAreRejected() {
        assertMentions(rejects(() -> Lagrangians.byName("rectifiedPower(0.9)")), "power n", ">= 1");
        assertMentions(rejects(() -> Lagrangians.byName("layerNorm(-1, 0)")), "γ", ">= 0");
    }

    @Test
    void byNameIgnoresCaseAndSpaces() {
        assertEquals(Lagrangians.tanh(2).name(), Lagrangians.byName("  TANH ( 2 ) ").name());
        assertEquals(Lagrangians.layerNorm(1.5, -2).name(), Lagrangians.byName("layernorm(1.5,-2)").name());
        assertEquals("identity", Lagrangians.byName("identity()").name());
    }
}
