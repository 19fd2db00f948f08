package lamp.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lamp.dynamics.EnergyModel;
import lamp.base.Checks;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * (M4 = KH2020 (4)) against finite differences for several models at once (THEORY.md §5 check 1): random states
 * for each model and one table of the analytic dE/dt next to the central difference of E along the
 * flow, with the model named on each row.
 */
public final class EnergyRateChecks {
    private EnergyRateChecks() {}

    /** {@code count} states of {@code model} with independent N(0, σ²) entries, from {@code seed}. */
    public static List<double[]> randomStates(EnergyModel model, int count, double sigma, long seed) {
        if (model == null) throw new IllegalArgumentException("model is null");
        Checks.count("state count", count, 1);
        Checks.positive("σ", sigma);
        Checks.fits(count + " random states of dimension " + model.getDimension(), (long) count * model.getDimension());
        Random r = new Random(seed);
        List<double[]> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            double[] y = new double[model.getDimension()];
            for (int i = 0; i < y.length; i++) y[i] = sigma * r.nextGaussian();
            out.add(y);
        }
        return out;
    }

    /**
     * For each model, {@code count} random states ({@link #randomStates}, seed + model index) and
     * the rows of {@link FiniteDifferences#energyRateTable}, with a first column "model".
     */
    public static Table table(Map<String, ? extends EnergyModel> models, int count, double sigma, long seed, double step) {
        if (models == null || models.isEmpty()) throw new IllegalArgumentException("no models given");
        Table all = null;
        int k = 0;
        for (Map.Entry<String, ? extends EnergyModel> m : models.entrySet()) {
            Table t = FiniteDifferences.energyRateTable(m.getValue(), randomStates(m.getValue(), count, sigma, seed + k++), step);
            StringColumn name = StringColumn.create("model");
            for (int r = 0; r < t.rowCount(); r++) name.append(m.getKey());
            t.insertColumn(0, name);
            if (all == null) {
                all = t.copy();
                all.setName("dE/dt: analytic vs central difference along the flow (step " + step + ", seed " + seed + ")");
            } else {
                all.append(t);
            }
        }
        return all;
    }
}
