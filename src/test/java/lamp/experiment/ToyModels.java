package lamp.experiment;

import lamp.limit.AssociativeMemory;
import lamp.memory.Memories;
import lamp.memory.Metrics;

/** Models whose retrieval is known in advance, to check the experiment bookkeeping. */
final class ToyModels {
    private ToyModels() {}

    /** Returns the nearest stored memory in one update: perfect recall. */
    static AssociativeMemory perfect(Memories xi) {
        return new AssociativeMemory() {
            public String name() { return "perfect"; }
            public Memories memories() { return xi; }
            public double energy(double[] v) { return -Metrics.overlaps(xi, v)[Metrics.nearest(xi, v)]; }
            public double[] update(double[] v) { return xi.row(Metrics.nearest(xi, v)); }
        };
    }

    /** Leaves the query unchanged: no recall at all. */
    static AssociativeMemory identity(Memories xi) {
        return new AssociativeMemory() {
            public String name() { return "identity"; }
            public Memories memories() { return xi; }
            public double energy(double[] v) { return 0; }
            public double[] update(double[] v) { return v.clone(); }
        };
    }
}
