package lamp.experiment;

import lamp.limit.ManyBody;
import lamp.base.Checks;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * What the many-body synapses of Dense Associative Memory would cost, beside the two-body synapses
 * of the two-population network that replaces them (KH2020 Fig. 1 and 2, Model A (6)–(8); THEORY.md
 * §3 Model A, §5 check 14): for F = xⁿ written in the feature neurons alone, the energy
 * needs the n-index tensor T_{i₁…iₙ} = Σ_μ ξ_{μi₁}⋯ξ_{μiₙ} — N_fⁿ entries, C(N_f + n − 1, n) of them
 * distinct, C(N_f, n) joining n different neurons — while N_h hidden neurons carry the same energy
 * with N_f·N_h two-body synapses ξ_μi. The counts are {@link ManyBody.SynapseCount}'s.
 */
public final class SynapseCosts {
    public static final String DENSE = "N_f^n (dense T)";
    public static final String DISTINCT = "C(N_f+n-1, n) (distinct T)";
    public static final String JUNCTIONS = "C(N_f, n) (n different neurons)";
    public static final String TWO_BODY = "N_f·N_h (two-body ξ)";
    public static final String DISTINCT_PER_TWO_BODY = "distinct T / two-body";

    private SynapseCosts() {}

    /**
     * One row per (N_f, N_h) pair for F = xⁿ: N_f, N_h, n, the three tensor counts, N_f·N_h, and the
     * distinct tensor entries per two-body synapse. {@code sizes} holds {N_f, N_h} pairs.
     */
    public static Table table(int degree, int[]... sizes) {
        Checks.count("tensor degree n", degree, 2);
        if (sizes == null || sizes.length == 0) throw new IllegalArgumentException("no (N_f, N_h) pairs given");
        IntColumn nf = IntColumn.create(Columns.N_F), nh = IntColumn.create("N_h"), order = IntColumn.create(Columns.DEGREE);
        LongColumn dense = LongColumn.create(DENSE), distinct = LongColumn.create(DISTINCT), junctions = LongColumn.create(JUNCTIONS),
                twoBody = LongColumn.create(TWO_BODY);
        DoubleColumn ratio = DoubleColumn.create(DISTINCT_PER_TWO_BODY);
        for (int[] pair : sizes) {
            if (pair == null || pair.length != 2) throw new IllegalArgumentException("each size is a pair {N_f, N_h}");
            ManyBody.SynapseCount c = ManyBody.SynapseCount.of(pair[0], pair[1], degree);
            nf.append(c.featureCount());
            nh.append(c.hiddenCount());
            order.append(degree);
            dense.append(c.tensorEntries());
            distinct.append(c.distinctTensorEntries());
            junctions.append(c.junctions());
            twoBody.append(c.twoBodySynapses());
            ratio.append((double) c.distinctTensorEntries() / c.twoBodySynapses());
        }
        return Table.create("synapses: the many-body tensor of F = x^" + degree + " against the two-population network",
                nf, nh, order, dense, distinct, junctions, twoBody, ratio);
    }
}
