package lamp.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import lamp.lagrangian.Convexity;
import lamp.lagrangian.Layer;
import lamp.lagrangian.Population;
import lamp.base.Checks;
import lamp.memory.Memories;
import lamp.memory.Metrics;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.columns.Column;

/**
 * The observers lamp provides, each owning its columns of the trajectory table:
 *
 * <pre>
 *   Simulation.of(network).observe(Observers.overlaps(xi, 3), Observers.convexity()).run(y0);
 * </pre>
 *
 * Overlaps and the nearest memory are read from the feature activation g(v) (M1), through the
 * model's {@link EnergyModel#layers layers}.
 */
public final class Observers {
    private Observers() {}

    /**
     * The overlap ({@link Metrics#overlap}: the cosine) of the feature activation g(v) with memories
     * 0 … count − 1: columns "overlap 0", "overlap 1", …; 0 where g or the memory is zero.
     */
    public static Observer overlaps(Memories xi, int count) {
        if (xi == null) throw new IllegalArgumentException("memories ξ are null");
        Checks.count("overlap columns", count, 1);
        if (count > xi.count()) throw new IllegalArgumentException("overlap columns " + count + " exceed the " + xi.count() + " memories");
        return (model, y0) -> {
            checkFeatures(model, y0, xi, "overlaps");
            double[][] rows = new double[count][];
            List<Column<?>> columns = new ArrayList<>(count);
            for (int mu = 0; mu < count; mu++) {
                rows[mu] = xi.row(mu);
                columns.add(DoubleColumn.create("overlap " + mu));
            }
            return new Observer.Recorder() {
                @Override public List<Column<?>> columns() { return columns; }

                @Override
                public void sample(Sample s) {
                    double[] g = featureActivation(model, s.state(), "overlaps");
                    for (int mu = 0; mu < count; mu++) ((DoubleColumn) columns.get(mu)).append(Metrics.overlap(g, rows[mu]));
                }
            };
        };
    }

    /**
     * The memory nearest the feature activation g(v) ({@link Metrics#nearest}: the largest ξ_μ·g)
     * and the overlap ({@link Metrics#overlap}) of g with it: columns "nearest memory" and "overlap with nearest".
     */
    public static Observer nearestMemory(Memories xi) {
        if (xi == null) throw new IllegalArgumentException("memories ξ are null");
        return (model, y0) -> {
            checkFeatures(model, y0, xi, "nearest memory");
            IntColumn nearest = IntColumn.create("nearest memory");
            DoubleColumn overlap = DoubleColumn.create("overlap with nearest");
            return new Observer.Recorder() {
                @Override public List<Column<?>> columns() { return List.of(nearest, overlap); }

                @Override
                public void sample(Sample s) {
                    double[] g = featureActivation(model, s.state(), "nearest memory");
                    int mu = Metrics.nearest(xi, g);
                    nearest.append(mu);
                    overlap.append(Metrics.overlap(g, xi.row(mu)));
                }
            };
        };
    }

    /**
     * The smallest Hessian eigenvalue of each Lagrangian at each sample ({@link Convexity}): columns
     * "min Hessian eigenvalue L_v" and "min Hessian eigenvalue L_h". The energy cannot rise where
     * both are ≥ 0 (M4). For a Lagrangian without an analytic eigenvalue this diagonalises its dense
     * Hessian at every sample.
     */
    public static Observer convexity() {
        return (model, y0) -> {
            List<Layer> layers = model.layers(y0);
            if (layers.isEmpty()) throw new IllegalArgumentException("observer 'convexity' needs the model's Lagrangians, but " + model + " names none (EnergyModel.layers)");
            List<Column<?>> columns = new ArrayList<>();
            for (Layer l : layers) columns.add(DoubleColumn.create("min Hessian eigenvalue " + l.population().lagrangianSymbol()));
            return new Observer.Recorder() {
                @Override public List<Column<?>> columns() { return columns; }

                @Override
                public void sample(Sample s) {
                    List<Convexity.Entry> entries = Convexity.of(model.layers(s.state())).entries();
                    if (entries.size() != columns.size()) throw new IllegalStateException("the model changed its number of layers during the run");
                    for (int i = 0; i < entries.size(); i++) ((DoubleColumn) columns.get(i)).append(entries.get(i).minEigenvalue());
                }
            };
        };
    }

    /** A column named {@code column} holding {@code quantity} of the state y at each sample. */
    public static Observer quantity(String column, ToDoubleFunction<double[]> quantity) {
        if (column == null || column.isBlank()) throw new IllegalArgumentException("column name is empty");
        if (quantity == null) throw new IllegalArgumentException("quantity '" + column + "' is null");
        return (model, y0) -> {
            DoubleColumn c = DoubleColumn.create(column);
            return new Observer.Recorder() {
                @Override public List<Column<?>> columns() { return List.of(c); }

                @Override public void sample(Sample s) { c.append(quantity.applyAsDouble(s.state())); }
            };
        };
    }

    private static void checkFeatures(EnergyModel model, double[] y0, Memories xi, String observer) {
        if (xi.dimension() != model.featureCount()) {
            throw new IllegalArgumentException("observer '" + observer + "': the memories have " + xi.dimension()
                    + " features but the model has " + model.featureCount() + " feature neurons");
        }
        featureLayer(model, y0, observer);
    }

    private static Layer featureLayer(EnergyModel model, double[] y, String observer) {
        for (Layer l : model.layers(y)) if (l.population() == Population.FEATURE) return l;
        throw new IllegalArgumentException("observer '" + observer + "' reads the feature activation g(v), but " + model
                + " names no feature Lagrangian (EnergyModel.layers)");
    }

    private static double[] featureActivation(EnergyModel model, double[] y, String observer) {
        Layer l = featureLayer(model, y, observer);
        return l.lagrangian().activation(l.state());
    }
}
