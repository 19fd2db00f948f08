package lamp.limit;

import java.util.OptionalInt;
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

    /** The names {@link #parse} understands, for messages and menus. */
    String NAMES = "classical, dam(n), rectified(n), exponential[(β)], modern(β), spherical(β), sphericalPower(n)";

    /** The model over memories ξ. */
    AssociativeMemory create(Memories xi);

    /** The canonical name, which {@link #parse} reads back to an equal spec, e.g. {@code "dam(3)"}. */
    String label();

    /**
     * The degree n of a polynomial F (x²/2 for {@code classical}, xⁿ with n ≥ 2 for {@code dam(n)}),
     * for the capacity formula N^{n−1}/(2(2n−3)!! ln N), as {@link ScalarFunction#polynomialDegree()}
     * gives it; empty for the other models.
     */
    default OptionalInt polynomialDegree() {
        return OptionalInt.empty();
    }

    /** Reads a model name; unknown or malformed names throw, listing the known ones. */
    static ModelSpec parse(String name) {
        ParameterizedName s = ParameterizedName.parse(name, "model", NAMES);
        switch (s.key()) {
            case "classical": s.takes(0); return new Classical();
            case "dam": return new Dam(s.wholeNumber("the order n", 1, ScalarFunction.MAX_ORDER));
            case "rectified": return new Rectified(s.takes(1).arg(0));
            case "exponential": return new Exponential(s.optional(1));
            case "modern": return new Modern(s.takes(1).arg(0));
            case "spherical": return new Spherical(s.takes(1).arg(0));
            case "sphericalpower": return new SphericalPower(s.takes(1).arg(0));
            default: throw s.unknown();
        }
    }

    /** Model A, F = x²/2: the classical Hopfield network. */
    record Classical() implements ModelSpec {
        @Override public AssociativeMemory create(Memories xi) { return new DenseAssociativeMemory(xi, ScalarFunction.quadratic()); }
        @Override public String label() { return "classical"; }
        @Override public OptionalInt polynomialDegree() { return ScalarFunction.quadratic().polynomialDegree(); }
    }

    /** Model A, F = xⁿ: the polynomial Dense Associative Memory of order n. */
    record Dam(int n) implements ModelSpec {
        /** Checks the order (1 … {@value ScalarFunction#MAX_ORDER}). */
        public Dam {
            ScalarFunction.power(n);
        }

        @Override public AssociativeMemory create(Memories xi) { return new DenseAssociativeMemory(xi, ScalarFunction.power(n)); }
        @Override public String label() { return "dam(" + n + ")"; }
        @Override public OptionalInt polynomialDegree() { return ScalarFunction.power(n).polynomialDegree(); }
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
