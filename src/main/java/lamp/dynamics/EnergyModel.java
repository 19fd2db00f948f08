package lamp.dynamics;

import lamp.memory.Memories;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;

/**
 * A continuous-time model with an energy that its flow should never raise: the microscopic network
 * (state y = [v; h], M2–M4) or a fast-hidden effective model (y = v, M5–M6). Any commons-math3
 * integrator drives it through {@link FirstOrderDifferentialEquations}; {@link Simulation} records
 * its energy along the way.
 */
public interface EnergyModel extends FirstOrderDifferentialEquations {

    /** The energy E(y) (M3 or M5). */
    double energy(double[] y);

    /** The analytic dE/dt along the flow at y (M4). */
    double energyRate(double[] y);

    /** N_f: the first N_f entries of y are the feature neurons v. */
    int featureCount();

    /** The stored memories ξ. */
    Memories memories();

    /** The feature activations g(v) at y (used for overlaps with the memories). */
    double[] featureActivation(double[] y);

    /**
     * A sentence on whether the Lagrangians' Hessians are PSD at y, naming any that is not
     * (used to explain an energy rise).
     */
    String convexityAt(double[] y);
}
