package lamp.dynamics;

import java.util.List;
import lamp.lagrangian.Layer;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;

/**
 * A continuous-time model with an energy that its flow should never raise: the microscopic network
 * (state y = [v; h], M2–M4) or a fast-hidden effective model (y = v, M5–M6). The model is its
 * equations (commons-math3's {@link FirstOrderDifferentialEquations}, so any commons-math3
 * integrator drives it) and its energy with the analytic rate; what is recorded along a run
 * (overlaps, nearest memory, convexity, …) is an {@link Observer} handed to the {@link Simulation}.
 */
public interface EnergyModel extends FirstOrderDifferentialEquations {

    /** The energy E(y) (M3 or M5). */
    double energy(double[] y);

    /** The analytic dE/dt along the flow at y (M4). */
    double energyRate(double[] y);

    /** N_f: the first N_f entries of y are the feature neurons v (the rest, if any, the hidden neurons h). */
    int featureCount();

    /**
     * The Lagrangians the energy is built from, each with its argument at y (M1): L_v at v and L_h at
     * h for the network, L_v at v and L_h at ξg(v) for the fast-hidden limit. Observers read
     * activations and Hessians through them, and an energy rise is explained through them (a Hessian
     * that is not PSD, an activation that is not its Lagrangian's gradient). Empty (the default) for
     * a model not built from Lagrangians, whose energy rises then go unexplained.
     */
    default List<Layer> layers(double[] y) {
        return List.of();
    }

    /**
     * The model's time constants: τ_f, and τ_h for the network of (M2), KH2020 (1). An explicit
     * integrator's stable step is at most a few times the smallest of them, so a run of duration T
     * needs at least T / (that step) steps; {@link Simulation} uses this to refuse a run that cannot
     * end in reasonable time (a stiff network with τ_h ≪ τ_f). Empty (the default) when unknown.
     */
    default double[] timeConstants() {
        return new double[0];
    }
}
