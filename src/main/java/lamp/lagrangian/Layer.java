package lamp.lagrangian;

/**
 * One population's Lagrangian with its argument at a state of a model (M1): L_v at v, or L_h at h
 * (in the fast-hidden limit, at h = ξg(v)). What {@link Convexity} and {@link GradientCheck} read.
 *
 * @param population which population
 * @param lagrangian its Lagrangian
 * @param state      the argument of the Lagrangian (not copied: the model hands out a fresh array)
 */
public record Layer(Population population, Lagrangian lagrangian, double[] state) {
    public Layer {
        if (population == null) throw new IllegalArgumentException("population is null");
        if (lagrangian == null) throw new IllegalArgumentException("Lagrangian of the " + population + " layer is null");
        if (state == null) throw new IllegalArgumentException("state of the " + population + " layer is null");
    }

    /** "L_v tanh(β=1)": the symbol and the Lagrangian's name. */
    public String label() {
        return population.lagrangianSymbol() + " " + lagrangian.name();
    }
}
