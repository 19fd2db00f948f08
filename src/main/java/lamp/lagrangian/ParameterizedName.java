package lamp.lagrangian;

import lamp.base.Numbers;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name with numeric parameters, {@code name(a, b, …)}, read once: the one parser behind
 * {@link Lagrangians#byName} and the limit models' names ({@code lamp.limit.ModelSpec}). Case and
 * spaces are ignored in the name, a parameter may carry a label ({@code tanh(β=2)} reads as
 * {@code tanh(2)}), and {@code name()} is the same as {@code name}. Every failure is an
 * IllegalArgumentException that quotes the text and lists the known names.
 *
 * @param text  the text as given
 * @param key   the name in lower case, e.g. {@code "logsumexp"}
 * @param args  the parameters in order
 * @param kind  what is named, for messages ("Lagrangian", "model")
 * @param known the known names, for messages
 */
public record ParameterizedName(String text, String key, double[] args, String kind, String known) {
    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z]+)\\s*(?:\\(([^()]*)\\))?\\s*");

    /** Copies the parameters. */
    public ParameterizedName {
        if (args == null) throw new IllegalArgumentException("parameters of '" + text + "' are null (pass an empty array for none)");
        args = args.clone();
    }

    /**
     * Reads {@code text} as {@code name(args)}; {@code kind} ("Lagrangian", "model") and
     * {@code known} (the list of known names) go into the messages.
     */
    public static ParameterizedName parse(String text, String kind, String known) {
        if (text == null) throw new IllegalArgumentException(kind + " name is null; known: " + known);
        Matcher m = FORM.matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("cannot read " + kind + " name '" + text + "'; known: " + known);
        String inside = m.group(2);
        double[] args = new double[0];
        if (inside != null && !inside.isBlank()) {
            String[] parts = inside.split(",", -1);
            args = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i].trim();
                int eq = part.indexOf('=');
                String number = eq >= 0 ? part.substring(eq + 1).trim() : part;
                try {
                    args[i] = Double.parseDouble(number);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(kind + " '" + text + "': parameter '" + part + "' is not a number");
                }
            }
        }
        return new ParameterizedName(text, m.group(1).toLowerCase(Locale.ROOT), args, kind, known);
    }

    /** The parameters (a copy). */
    @Override
    public double[] args() {
        return args.clone();
    }

    /** The number of parameters given. */
    public int count() {
        return args.length;
    }

    /** Parameter i. */
    public double arg(int i) {
        return args[i];
    }

    /** Requires exactly {@code n} parameters; returns this. */
    public ParameterizedName takes(int n) {
        if (args.length != n) throw wrongCount(n == 1 ? "1 parameter" : n + " parameters");
        return this;
    }

    /** Requires at most one parameter and returns it, or {@code fallback} when none is given. */
    public double optional(double fallback) {
        if (args.length > 1) throw wrongCount("at most 1 parameter");
        return args.length == 0 ? fallback : args[0];
    }

    /**
     * Requires exactly one parameter that is a whole number in [min, max] and returns it; the
     * message names the parameter and the range.
     */
    public int wholeNumber(String name, int min, int max) {
        double v = takes(1).arg(0);
        if (v != Math.rint(v) || v < min || v > max) {
            throw new IllegalArgumentException(kind + " '" + text + "': " + name + " must be a whole number from "
                    + min + " to " + max + ", got " + Numbers.plain(v));
        }
        return (int) v;
    }

    /** The error for a name nobody knows, listing the known ones. */
    public IllegalArgumentException unknown() {
        return new IllegalArgumentException("unknown " + kind + " '" + text + "'; known: " + known);
    }

    private IllegalArgumentException wrongCount(String takes) {
        return new IllegalArgumentException(kind + " '" + text + "' takes " + takes + ", got " + args.length + "; known: " + known);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterizedName s && s.key.equals(key) && Arrays.equals(s.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return text;
    }
}
