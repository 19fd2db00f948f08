package lamp.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lamp.lagrangian.ScalarFunction;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;

/** Model names are read once into typed values that carry their parameters (order n, β). */
class ModelSpecTest {
    static final Memories XI = Patterns.randomBinary(5, 8, 1);

    @Test
    void namesBecomeTypedValues() {
        assertEquals(new ModelSpec.Classical(), ModelSpec.parse("classical"));
        assertEquals(new ModelSpec.Dam(3), ModelSpec.parse(" DAM ( 3 ) "));
        assertEquals(3, ((ModelSpec.Dam) ModelSpec.parse("dam(3)")).n());
        assertEquals(new ModelSpec.Rectified(2.5), ModelSpec.parse("rectified(2.5)"));
        assertEquals(new ModelSpec.Exponential(1), ModelSpec.parse("exponential"));
        assertEquals(new ModelSpec.Exponential(0.25), ModelSpec.parse("exponential(0.25)"));
        assertEquals(8.0, ((ModelSpec.Modern) ModelSpec.parse("modern(8)")).beta(), 0.0);
        assertEquals(new ModelSpec.Spherical(28), ModelSpec.parse("spherical(28)"));
        assertEquals(new ModelSpec.SphericalPower(3), ModelSpec.parse("sphericalPower(3)"));
    }

    @Test
    void labelsReadBackToEqualSpecs() {
        for (String name : new String[] {"classical", "dam(30)", "rectified(2.5)", "exponential(1)", "modern(0.5)",
                "spherical(28)", "sphericalPower(3)"}) {
            ModelSpec spec = ModelSpec.parse(name);
            assertEquals(name, spec.label());
            assertEquals(spec, ModelSpec.parse(spec.label()));
        }
        assertEquals("exponential(1)", ModelSpec.parse("exponential").label());
    }

    /** The registrations are the whole parser: one per name, listed in messages in their order. */
    @Test
    void everyRegisteredNameParsesToItsOwnKind() {
        assertEquals("classical, dam(n), rectified(n), exponential[(β)], modern(β), spherical(β), sphericalPower(n)", ModelSpec.NAMES);
        assertEquals(List.of("classical", "dam", "rectified", "exponential", "modern", "spherical", "sphericalpower"),
                ModelSpec.SYNTAX.stream().map(ModelSpec.Syntax::key).toList());
        String[] examples = {"classical", "dam(3)", "rectified(2)", "exponential", "modern(1)", "spherical(2)", "sphericalPower(3)"};
        Set<Class<?>> kinds = new HashSet<>();
        for (String name : examples) kinds.add(ModelSpec.parse(name).getClass());
        assertEquals(ModelSpec.SYNTAX.size(), kinds.size(), "two names parse to one kind");
        assertThrows(IllegalArgumentException.class, () -> new ModelSpec.Syntax(" ", s -> new ModelSpec.Classical()));
    }

    @Test
    void createBuildsTheModelWithTheParameters() {
        DenseAssociativeMemory dam = assertInstanceOf(DenseAssociativeMemory.class, ModelSpec.parse("dam(5)").create(XI));
        assertEquals(ScalarFunction.power(5), dam.interaction());
        assertEquals(ScalarFunction.quadratic(), ((DenseAssociativeMemory) Models.create("classical", XI)).interaction());
        assertEquals(ScalarFunction.exponential(0.5), ((DenseAssociativeMemory) Models.create("exponential(0.5)", XI)).interaction());
        assertEquals(ScalarFunction.rectifiedPower(3), ((DenseAssociativeMemory) Models.create("rectified(3)", XI)).interaction());
        assertEquals(2.0, assertInstanceOf(ModernHopfield.class, Models.create("modern(2)", XI)).beta(), 0.0);
        assertEquals("logSumExp(β=28)", assertInstanceOf(SphericalMemory.class, Models.create("spherical(28)", XI)).hiddenLagrangian().name());
        assertEquals("rectifiedPower(3)", ((SphericalMemory) Models.create("sphericalPower(3)", XI)).hiddenLagrangian().name());
        assertTrue(XI == Models.create("dam(2)", XI).memories());
    }

    @Test
    void recordsCheckTheirParameters() {
        assertEquals("power n must be a whole number from 1 to 10000, got 0",
                assertThrows(IllegalArgumentException.class, () -> new ModelSpec.Dam(0)).getMessage());
        assertEquals("β must be finite and > 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new ModelSpec.Modern(-1)).getMessage());
        assertEquals("unknown model 'hopfield(2)'; known: " + ModelSpec.NAMES,
                assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("hopfield(2)")).getMessage());
    }
}
