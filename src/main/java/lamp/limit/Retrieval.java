package lamp.limit;

import java.util.Arrays;

/**
 * The outcome of iterating a model's update from a query: the final state, how many updates were
 * made, whether a fixed point was reached, and the energy there.
 */
public record Retrieval(double[] state, int steps, boolean converged, double energy) {

    /** The index of the memory with the largest overlap ξ_μ·state. */
    public int nearestMemory(lamp.memory.Memories xi) {
        double[] m = lamp.linalg.Dense.multiply(xi, state);
        int best = 0;
        for (int mu = 1; mu < m.length; mu++) if (m[mu] > m[best]) best = mu;
        return best;
    }

    @Override
    public String toString() {
        String s = state.length <= 8 ? Arrays.toString(state) : "[" + state.length + " features]";
        return "Retrieval{state=" + s + ", steps=" + steps + ", converged=" + converged + ", energy=" + energy + "}";
    }
}
