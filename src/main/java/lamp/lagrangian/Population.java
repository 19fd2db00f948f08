package lamp.lagrangian;

/**
 * The two populations of neurons of the network (THEORY.md §1): feature neurons v with Lagrangian L_v
 * and hidden neurons h with Lagrangian L_h.
 */
public enum Population {
    /** The feature neurons v, Lagrangian L_v, activation g = ∂L_v/∂v (M1). */
    FEATURE("v", "L_v"),
    /** The hidden neurons h, Lagrangian L_h, activation f = ∂L_h/∂h (M1). */
    HIDDEN("h", "L_h");

    private final String state, lagrangian;

    Population(String state, String lagrangian) {
        this.state = state;
        this.lagrangian = lagrangian;
    }

    /** The symbol of the state, {@code "v"} or {@code "h"}. */
    public String stateSymbol() { return state; }

    /** The symbol of the Lagrangian, {@code "L_v"} or {@code "L_h"}. */
    public String lagrangianSymbol() { return lagrangian; }
}
