package lamp.limit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.ScalarFunction;
import lamp.memory.Memories;

/**
 * The limit models of MATH.md §3 by name, so experiments can be written as
 * {@code Capacity.of("dam(3)")}.
 *
 * <table>
 *   <caption>Model names</caption>
 *   <tr><td>{@code classical}</td><td>Model A, F = x²/2 (Hopfield 1982)</td></tr>
 *   <tr><td>{@code dam(n)}</td><td>Model A, F = xⁿ</td></tr>
 *   <tr><td>{@code rectified(n)}</td><td>Model A, F = (x)₊ⁿ</td></tr>
 *   <tr><td>{@code exponential} or {@code exponential(β)}</td><td>Model A, F = e^{βx} (β = 1)</td></tr>
 *   <tr><td>{@code modern(β)}</td><td>Model B, log-sum-exp hidden layer</td></tr>
 *   <tr><td>{@code spherical(β)}</td><td>Model C with log-sum-exp hidden layer</td></tr>
 *   <tr><td>{@code sphericalPower(n)}</td><td>Model C with L_h = Σ(h)₊ⁿ/n</td></tr>
 * </table>
 */
public final class Models {
    private Models() {}

    /** The names {@link #create} understands, for messages and menus. */
    public static final String NAMES = "classical, dam(n), rectified(n), exponential[(β)], modern(β), spherical(β), sphericalPower(n)";

    private static final Pattern SPEC = Pattern.compile("\\s*([A-Za-z]+)\\s*(?:\\(\\s*([^)]*)\\s*\\))?\\s*");

    /** The model called {@code name} over memories ξ; unknown names throw, listing the known ones. */
    public static AssociativeMemory create(String name, Memories xi) {
        if (name == null) throw new IllegalArgumentException("model name is null; known: " + NAMES);
        Matcher m = SPEC.matcher(name);
        if (!m.matches()) throw new IllegalArgumentException("cannot read model name '" + name + "'; known: " + NAMES);
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        String arg = m.group(2);
        switch (kind) {
            case "classical":
                none(name, arg);
                return new DenseAssociativeMemory(xi, ScalarFunction.quadratic());
            case "dam":
                return new DenseAssociativeMemory(xi, ScalarFunction.power((int) integer(name, arg)));
            case "rectified":
                return new DenseAssociativeMemory(xi, ScalarFunction.rectifiedPower(number(name, arg)));
            case "exponential":
                return new DenseAssociativeMemory(xi, ScalarFunction.exponential(arg == null || arg.isBlank() ? 1 : number(name, arg)));
            case "modern":
                return new ModernHopfield(xi, number(name, arg));
            case "spherical":
                return new SphericalMemory(xi, Lagrangians.logSumExp(number(name, arg)));
            case "sphericalpower":
                return new SphericalMemory(xi, Lagrangians.rectifiedPower(number(name, arg)));
            default:
                throw new IllegalArgumentException("unknown model '" + name + "'; known: " + NAMES);
        }
    }

    private static void none(String name, String arg) {
        if (arg != null && !arg.isBlank()) throw new IllegalArgumentException("model '" + name + "' takes no parameter");
    }

    private static double number(String name, String arg) {
        if (arg == null || arg.isBlank()) throw new IllegalArgumentException("model '" + name + "' needs a parameter in parentheses; known: " + NAMES);
        try {
            return Double.parseDouble(arg.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model '" + name + "': parameter '" + arg.trim() + "' is not a number");
        }
    }

    private static double integer(String name, String arg) {
        double v = number(name, arg);
        if (v != Math.rint(v)) throw new IllegalArgumentException("model '" + name + "': the power must be a whole number, got " + arg.trim());
        return v;
    }
}
