package lamp.lagrangian;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The smallest Hessian eigenvalue of each Lagrangian at a state: the energy cannot rise (M4,
 * KH2020 (4)) where every one is ≥ 0. A non-convex Lagrangian is allowed, for demonstrations, but
 * this report always says so: {@link #isPsd()} is the verdict, {@link #violations()} names the
 * culprits.
 *
 * @param entries one entry per layer, in the model's order (feature first)
 */
public record Convexity(List<Entry> entries) {

    /** Rounding allowance for "≥ 0". */
    public static final double TOLERANCE = 1e-10;

    /** One layer's smallest Hessian eigenvalue. */
    public record Entry(Population population, String lagrangian, double minEigenvalue) {
        /** Whether this Hessian is PSD (to {@link #TOLERANCE}). */
        public boolean isPsd() {
            return minEigenvalue >= -TOLERANCE;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %s %.3g", population.lagrangianSymbol(), lagrangian, minEigenvalue);
        }
    }

    public Convexity {
        if (entries == null || entries.isEmpty()) throw new IllegalArgumentException("a convexity report needs at least one layer");
        entries = List.copyOf(entries);
    }

    /** The report for the given layers: each Lagrangian's smallest Hessian eigenvalue at its state. */
    public static Convexity of(List<Layer> layers) {
        if (layers == null) throw new IllegalArgumentException("layers are null");
        List<Entry> e = new ArrayList<>(layers.size());
        for (Layer l : layers) e.add(new Entry(l.population(), l.lagrangian().name(), l.lagrangian().minHessianEigenvalue(l.state())));
        return new Convexity(e);
    }

    /** Whether every Hessian is PSD at this state (to {@link #TOLERANCE}): then (M4) is ≤ 0. */
    public boolean isPsd() {
        for (Entry e : entries) if (!e.isPsd()) return false;
        return true;
    }

    /** The layers whose Hessian is not PSD here (empty when {@link #isPsd()}). */
    public List<Entry> violations() {
        List<Entry> bad = new ArrayList<>();
        for (Entry e : entries) if (!e.isPsd()) bad.add(e);
        return bad;
    }

    /** The smallest Hessian eigenvalue of the given population's Lagrangian. */
    public double minEigenvalue(Population population) {
        for (Entry e : entries) if (e.population() == population) return e.minEigenvalue();
        throw new IllegalArgumentException("this report has no " + population.lagrangianSymbol() + " layer; it has " + entries);
    }

    @Override
    public String toString() {
        if (isPsd()) {
            StringBuilder s = new StringBuilder(entries.size() == 2 ? "both Hessians PSD" : "every Hessian PSD");
            s.append(" (min eigenvalues: ");
            for (int i = 0; i < entries.size(); i++) s.append(i == 0 ? "" : ", ").append(entries.get(i));
            return s.append(')').toString();
        }
        StringBuilder s = new StringBuilder("NOT PSD:");
        for (Entry e : violations()) {
            s.append(String.format(Locale.ROOT, " %s %s has Hessian eigenvalue %.3g < 0;",
                    e.population().lagrangianSymbol(), e.lagrangian(), e.minEigenvalue()));
        }
        return s.append(" the energy may rise (M4)").toString();
    }
}
