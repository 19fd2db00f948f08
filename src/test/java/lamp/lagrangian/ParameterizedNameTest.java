package lamp.lagrangian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The one parser of "name(args)" shared by Lagrangians.byName and the limit models' names. */
class ParameterizedNameTest {
    static final String KNOWN = "a, b(x)";

    static void rejects(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void readsNameAndParametersOnce() {
        ParameterizedName s = ParameterizedName.parse("  LayerNorm ( 1.5 , γ=-2e-1 ) ", "Lagrangian", KNOWN);
        assertEquals("layernorm", s.key());
        assertArrayEquals(new double[] {1.5, -0.2}, s.args(), 0.0);
        assertEquals(2, s.count());
        assertEquals(-0.2, s.arg(1), 0.0);
        assertEquals(0, ParameterizedName.parse("identity()", "Lagrangian", KNOWN).count());
        assertEquals(0, ParameterizedName.parse("identity", "Lagrangian", KNOWN).count());
        assertEquals(ParameterizedName.parse("tanh(β=2)", "x", KNOWN), ParameterizedName.parse("TANH(2.0)", "y", ""));
        assertEquals(3, ParameterizedName.parse("dam(3)", "model", KNOWN).wholeNumber("the order n", 1, 10));
        assertEquals(1.0, ParameterizedName.parse("exponential", "model", KNOWN).optional(1), 0.0);
        assertEquals(0.5, ParameterizedName.parse("exponential(0.5)", "model", KNOWN).optional(1), 0.0);
        double[] copy = s.args();
        copy[0] = 99;
        assertEquals(1.5, s.arg(0), 0.0, "args() is a copy");
    }

    @Test
    void everyFailureQuotesTheTextAndListsTheKnownNames() {
        rejects("model name is null; known: a, b(x)", () -> ParameterizedName.parse(null, "model", KNOWN));
        rejects("cannot read model name 'b(1)(2)'; known: a, b(x)", () -> ParameterizedName.parse("b(1)(2)", "model", KNOWN));
        rejects("cannot read model name ''; known: a, b(x)", () -> ParameterizedName.parse("", "model", KNOWN));
        rejects("model 'b(x)': parameter 'x' is not a number", () -> ParameterizedName.parse("b(x)", "model", KNOWN));
        rejects("model 'b(1,)': parameter '' is not a number", () -> ParameterizedName.parse("b(1,)", "model", KNOWN));
        rejects("model 'b' takes 1 parameter, got 0; known: a, b(x)", () -> ParameterizedName.parse("b", "model", KNOWN).takes(1));
        rejects("model 'a(1)' takes 0 parameters, got 1; known: a, b(x)", () -> ParameterizedName.parse("a(1)", "model", KNOWN).takes(0));
        rejects("model 'b(1, 2)' takes at most 1 parameter, got 2; known: a, b(x)", () -> ParameterizedName.parse("b(1, 2)", "model", KNOWN).optional(1));
        rejects("model 'b(2.5)': the order n must be a whole number from 1 to 10, got 2.5",
                () -> ParameterizedName.parse("b(2.5)", "model", KNOWN).wholeNumber("the order n", 1, 10));
        rejects("model 'b(11)': the order n must be a whole number from 1 to 10, got 11",
                () -> ParameterizedName.parse("b(11)", "model", KNOWN).wholeNumber("the order n", 1, 10));
        rejects("unknown model 'c(1)'; known: a, b(x)", () -> { throw ParameterizedName.parse("c(1)", "model", KNOWN).unknown(); });
    }
}
