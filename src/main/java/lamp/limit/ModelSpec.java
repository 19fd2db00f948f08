package lamp.limit;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import lamp.base.Numbers;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.ScalarFunction;
import lamp.lagrangian.ParameterizedName;
import lamp.memory.Memories;

/**
 * A limit model of THEORY.md §3 as a value: its kind and parameters, read once from a name such as
 * {@code "dam(3)"} by {@link #parse} (through {@link ParameterizedName}, the one name parser) and kept as a
 * typed record, so experiments carry the order n or β as numbers instead of re-reading labels.
 *
 * <table>
 *   <caption>Model names</caption>
 *   <tr><td>{@code classical}</td><td>{@link Classical}: Model A, F = x²/2 (Hopfield 1982)</td></tr>
 *   <tr><td>{@code dam(n)}</td><td>{@link Dam}: Model A, F = xⁿ, whole n from 1 to {@value ScalarFunction#MAX_ORDER}</td></tr>
 *   <tr><td>{@code rectified(n)}</td><td>{@link Rectified}: Model A, F = (x)₊ⁿ, 1 ≤ n ≤ {@value ScalarFunction#MAX_ORDER}</td></tr>
 *   <tr><td>{@code exponential} or {@code exponential(β)}</td><td>{@link Exponential}: Model A, F = e^{βx} (β = 1)</td></tr>
 *   <tr><td>{@code modern(β)}</td><td>{@link Modern}: Model B, log-sum-exp hidden layer</td></tr>
 *   <tr><td>{@code spherical(β)}</td><td>{@link Spherical}: Model C with log-sum-exp hidden layer</td></tr>
 *   <tr><td>{@code sphericalPower(n)}</td><td>{@link SphericalPower}: Model C with L_h = Σ(h)₊ⁿ/n</td></tr>
 * </table>
 */
public sealed interface ModelSpec {

    /**
     * Every name {@link #parse} understands, one registration per model: how the name is written and
     * how its parameters become the typed spec. A new model is its class, its record below and one
     * entry here; {@link #NAMES} and the parser follow from this list.
     */
    List<Syntax> SYNTAX = List.of(
            new Syntax("classical", s -> { s.takes(0); return new Classical(); }),
            new Syntax("dam(n)", s -> new Dam(s.wholeNumber("the order n", 1, ScalarFunction.MAX_ORDER))),
            new Syntax("rectified(n)", s -> new Rectified(s.takes(1).arg(0))),
            new Syntax("exponential[(β)]", s -> new Exponential(s.optional(1))),
            new Syntax("modern(β)", s -> new Modern(s.takes(1).arg(0))),
            new Syntax("spherical(β)", s -> new Spherical(s.takes(1).arg(0))),
            new Syntax("sphericalPower(n)", s -> new SphericalPower(s.takes(1).arg(0))));

    /** The names {@link #parse} understands, for messages and menus. */
    String NAMES = SYNTAX.stream().map(Syntax::usage).collect(Collectors.joining(", "));

    /** The model over memories ξ. */
    AssociativeMemory create(Memories xi);

    /** The canonical name, which {@link #parse} reads back to an equal spec, e.g. {@code "dam(3)"}. */
    String label();

    /** Reads a model name; unknown or malformed names throw, listing the known ones. */
    static ModelSpec parse(String name) {
        ParameterizedName s = ParameterizedName.parse(name, "model", NAMES);
        for (Syntax syntax : SYNTAX) {
            if (syntax.key().equals(s.key())) return syntax.reader().apply(s);
        }
        throw s.unknown();
    }

    /**
     * One model name: its {@code usage} as listed in messages (e.g. {@code "dam(n)"}; the part before
     * the parenthesis, in any case, is the name) and the {@code reader} that checks the parameters and
     * builds the spec.
     */
    record Syntax(String usage, Function<ParameterizedName, ModelSpec> reader) {
        /** Requires a usage and a reader. */
        public Syntax {
            if (usage == null || usage.isBlank() || reader == null) throw new IllegalArgumentException("a model name needs a usage and a reader");
        }

        /** The name in lower case, as {@link ParameterizedName#key()} gives it, e.g. {@code "sphericalpower"}. */
        public String key() { return usage.split("[(\\[]", 2)[0].strip().toLowerCase(Locale.ROOT); }
    }

    /** Model A, F = x²/2: the classical Hopfield network. */
    record Classical() implements ModelSpec {
        @Override public AssociativeMemory create(Memories xi) { return new DenseAssociativeMemory(xi, ScalarFunction.quadratic()); }
        @Override public String label() { return "classical"; }
    }

    /** Model A, F = xⁿ: the polynomial Dense Associative Memory of order n. */
    record Dam(int n) implements ModelSpec {
        /** Checks the order (1 … {@value ScalarFunction#MAX_ORDER}). */
        public Dam {
            ScalarFunction.power(n);
        }

        @Override public AssociativeMemory create(Memories xi) { return new DenseAssociativeMemory(xi, ScalarFunction.power(n)); }
        @Override public String label() { return "dam(" + n + ")"; }
    }

    /** Model A, F = (x)₊ⁿ: the rectified polynomial DAM. */
    record Rectified(double n) implements ModelSpec {
        /** Checks the order. */
        public Rectified {
            ScalarFunction.rectifiedPower(n);
        }

        @Override public AssociativeMemory create(Memories xi) { return new DenseAssociativeMemory(xi, ScalarFunction.rectifiedPower(n)); }
        @Override public String label() { return "rectified(" + Numbers.plain(n) + ")"; }
    }

    /** Model A, F = e^{βx}: the exponential DAM. */
    record Exponential(double beta) implements ModelSpec {
        /** Checks β. */
        public Exponential {
            ScalarFunction.exponential(beta);
        }

        @Override public AssociativeMemory create(Memories xi) { return new DenseAssociativeMemory(xi, ScalarFunction.exponential(beta)); }
        @Override public String label() { return "exponential(" + Numbers.plain(beta) + ")"; }
    }

    /** Model B at inverse temperature β: the modern Hopfield network. */
    record Modern(double beta) implements ModelSpec {
        /** Checks β. */
        public Modern {
            Lagrangians.logSumExp(beta);
        }

        @Override public AssociativeMemory create(Memories xi) { return new ModernHopfield(xi, beta); }
        @Override public String label() { return "modern(" + Numbers.plain(beta) + ")"; }
    }

    /** Model C with a log-sum-exp hidden layer at inverse temperature β. */
    record Spherical(double beta) implements ModelSpec {
        /** Checks β. */
        public Spherical {
            Lagrangians.logSumExp(beta);
        }

        @Override public AssociativeMemory create(Memories xi) { return new SphericalMemory(xi, Lagrangians.logSumExp(beta)); }
        @Override public String label() { return "spherical(" + Numbers.plain(beta) + ")"; }
    }

    /** Model C with the hidden Lagrangian Σ(h)₊ⁿ/n. */
    record SphericalPower(double n) implements ModelSpec {
        /** Checks the order. */
        public SphericalPower {
            Lagrangians.rectifiedPower(n);
        }

        @Override public AssociativeMemory create(Memories xi) { return new SphericalMemory(xi, Lagrangians.rectifiedPower(n)); }
        @Override public String label() { return "sphericalPower(" + Numbers.plain(n) + ")"; }
    }
}
