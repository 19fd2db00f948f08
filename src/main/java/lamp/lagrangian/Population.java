package lamp.lagrangian;

/**
 * The two populations of neurons of the network (THEORY.md §1): feature neurons v with Lagrangian L_v
 * and hidden neurons h with Lagrangian L_h.
 */
public enum Population {
    /** The feature neurons v, Lagrangian L_v, activation g = ∂L_v/∂v (M1). */
    FEATURE("L_v"),
    /** The hidden neurons h, Lagrangian L_h, activation f = ∂L_h/∂h (M1). */
    HIDDEN("L_h");

    private final String lagrangian;

    Population(String lagrangian) {
        this.lagrangian = lagrangian;
    }

    /** The symbol of the Lagrangian, {@code "L_v"} or {@code "L_h"}. */
    public String lagrangianSymbol() { return lagrangian; }
}
