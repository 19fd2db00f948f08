package lamp.verify;

import java.util.Random;
import java.util.function.Function;
import lamp.limit.AssociativeMemory;
import lamp.linalg.Checks;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * MATH.md §5 check 12 on random instances: the discrete update (M7, M11) never raises the energy.
 * Each instance is a model drawn by the caller from a seeded {@link Random} (memories, β, input …)
 * and a start state with N(0, σ²) entries; the update is iterated a number of times and the largest
 * single-step change E(next) − E(current) is recorded (it must be ≤ 0 up to rounding).
 *
 * <pre>{@code
 * UpdateDescent d = UpdateDescent.of(rng -> new ModernHopfield(Patterns.gaussian(10, 8, rng.nextLong()), 1 + rng.nextDouble()))
 *     .instances(200).steps(10).seed(7);
 * d.table()                                   // instance, model, K, E start, E end, largest rise
 * Claims.atMost("4.9", "MATH §5.12", "…", d.largestRelativeRise(), 1e-12);
 * }</pre>
 */
public final class UpdateDescent {
    private final Function<Random, AssociativeMemory> models;
    private int instances = 100, steps = 10;
    private long seed = 0;
    private double sigma = 1;
    private Table table;

    private UpdateDescent(Function<Random, AssociativeMemory> models) { this.models = models; }

    /** Instances drawn by {@code models} from a seeded generator. */
    public static UpdateDescent of(Function<Random, AssociativeMemory> models) {
        if (models == null) throw new IllegalArgumentException("model generator is null");
        return new UpdateDescent(models);
    }

    /** Number of random instances (default 100). */
    public UpdateDescent instances(int n) {
        this.instances = Checks.count("instances", n, 1);
        table = null;
        return this;
    }

    /** Updates per instance (default 10). */
    public UpdateDescent steps(int n) {
        this.steps = Checks.count("steps", n, 1);
        table = null;
        return this;
    }

    /** Seed of the generator (default 0). */
    public UpdateDescent seed(long seed) {
        this.seed = seed;
        table = null;
        return this;
    }

    /** Standard deviation of the start state's entries (default 1). */
    public UpdateDescent startScale(double sigma) {
        this.sigma = Checks.positive("start scale σ", sigma);
        table = null;
        return this;
    }

    /**
     * One row per instance: instance, model, K, N_f, updates made, E start, E end, largest rise (the
     * largest E(next) − E(current) over the steps, 0 if none rose) and relative rise (largest rise /
     * max(1, |E start|)). An instance stops early if an update lands on the origin (where Model C's
     * energy is undefined).
     */
    public Table table() {
        if (table != null) return table;
        IntColumn index = IntColumn.create("instance"), k = IntColumn.create("K"), n = IntColumn.create("N_f"),
                made = IntColumn.create("updates");
        StringColumn name = StringColumn.create("model");
        DoubleColumn start = DoubleColumn.create("E start"), end = DoubleColumn.create("E end"),
                rise = DoubleColumn.create("largest rise"), relative = DoubleColumn.create("relative rise");
        Random rng = new Random(seed);
        for (int t = 0; t < instances; t++) {
            AssociativeMemory model = models.apply(rng);
            if (model == null) throw new IllegalArgumentException("model generator returned null at instance " + t);
            int dim = model.memories().dimension();
            double[] v = new double[dim];
            for (int i = 0; i < dim; i++) v[i] = sigma * rng.nextGaussian();
            double e0 = model.energy(v), e = e0, worst = 0;
            int done = 0;
            for (int s = 0; s < steps; s++) {
                double[] next0 = model.update(v);
                if (isZero(next0)) break;   // the origin: Model C's energy is undefined there
                v = next0;
                done++;
                double next = model.energy(v);
                worst = Math.max(worst, Double.isNaN(next) ? Double.POSITIVE_INFINITY : next - e);
                e = next;
            }
            index.append(t);
            made.append(done);
            name.append(model.name());
            k.append(model.memories().count());
            n.append(dim);
            start.append(e0);
            end.append(e);
            rise.append(worst);
            relative.append(worst / Math.max(1, Math.abs(e0)));
        }
        table = Table.create("energy along " + steps + " updates from random states (" + instances + " instances, seed " + seed + ")",
                index, name, k, n, made, start, end, rise, relative);
        return table;
    }

    private static boolean isZero(double[] x) {
        for (double v : x) if (v != 0) return false;
        return true;
    }

    /** The largest relative rise over all instances and steps (≤ 0 up to rounding when the update descends). */
    public double largestRelativeRise() {
        return table().doubleColumn("relative rise").max();
    }

    /** The largest fall E start − E end over the instances, to show the updates did move. */
    public double largestFall() {
        Table t = table();
        double m = 0;
        for (int r = 0; r < t.rowCount(); r++) m = Math.max(m, t.doubleColumn("E start").get(r) - t.doubleColumn("E end").get(r));
        return m;
    }
}
