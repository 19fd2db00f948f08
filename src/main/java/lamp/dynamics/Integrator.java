package lamp.dynamics;

import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.ClassicalRungeKuttaIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.nonstiff.EulerIntegrator;

/** The commons-math3 integrators a {@link Simulation} can use. */
public enum Integrator {
    /** Adaptive Dormand–Prince 5(4); tolerances from the simulation. */
    DORMAND_PRINCE,
    /** Adaptive Dormand–Prince 8(5,3), for tight tolerances. */
    DORMAND_PRINCE_853,
    /** Classical fourth-order Runge–Kutta with a fixed step. */
    RUNGE_KUTTA,
    /** Explicit Euler with a fixed step (a step of τ_f is the discrete update M7). */
    EULER;

    FirstOrderIntegrator create(double step, double absTol, double relTol) {
        switch (this) {
            case DORMAND_PRINCE: return new DormandPrince54Integrator(1e-12, step, absTol, relTol);
            case DORMAND_PRINCE_853: return new DormandPrince853Integrator(1e-12, step, absTol, relTol);
            case RUNGE_KUTTA: return new ClassicalRungeKuttaIntegrator(step);
            case EULER: return new EulerIntegrator(step);
            default: throw new IllegalStateException(name());
        }
    }

    /** The integrator by name (case-insensitive: dormand_prince, dormand_prince_853, runge_kutta, euler). */
    public static Integrator byName(String name) {
        for (Integrator i : values()) if (i.name().equalsIgnoreCase(name == null ? "" : name.trim())) return i;
        throw new IllegalArgumentException("unknown integrator '" + name + "'; known: dormand_prince, dormand_prince_853, runge_kutta, euler");
    }
}
