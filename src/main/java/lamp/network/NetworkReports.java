package lamp.network;

import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables about one {@link Network} (THEORY.md §1): the energy (M3) split into its three terms at
 * chosen states, and how far a state is from a fixed point of (M2), v = ξᵀf + I and h = ξg
 * (§5 check 4). The fast-hidden limit at rest is {@code lamp.limit.LimitReports}, one layer up.
 */
public final class NetworkReports {
    private NetworkReports() {}

    /**
     * One row per labelled state y = [v; h]: the feature term (v − I)·g − L_v, the hidden term
     * h·f − L_h, the synapse term −f·ξg and their sum E (M3).
     */
    public static Table energyTerms(Network net, Map<String, double[]> states) {
        if (net == null) throw new IllegalArgumentException("network is null");
        if (states == null || states.isEmpty()) throw new IllegalArgumentException("no states given");
        StringColumn label = StringColumn.create("state");
        DoubleColumn f = DoubleColumn.create("feature (v−I)·g − L_v"), h = DoubleColumn.create("hidden h·f − L_h"),
                s = DoubleColumn.create("synapse −f·ξg"), e = DoubleColumn.create("E (M3)");
        for (Map.Entry<String, double[]> st : states.entrySet()) {
            Energy terms = net.energyTerms(net.features(st.getValue()), net.hidden(st.getValue()));
            label.append(st.getKey());
            f.append(terms.feature());
            h.append(terms.hidden());
            s.append(terms.synapse());
            e.append(terms.total());
        }
        return Table.create("energy terms (M3)", label, f, h, s, e);
    }

    /**
     * The fixed-point equations of (M2) at y = [v; h]: rows "v = ξᵀf + I" and "h = ξg" with the
     * largest |residual| of each and the largest |velocity| (dv/dt, dh/dt).
     */
    public static Table fixedPoint(Network net, double[] y) {
        if (net == null) throw new IllegalArgumentException("network is null");
        double[] v = net.features(y), h = net.hidden(y);
        double[] drive = net.memories().multiplyTransposed(net.f(h));
        double[] input = net.input();
        double rv = 0;
        for (int i = 0; i < v.length; i++) rv = Math.max(rv, Math.abs(v[i] - drive[i] - input[i]));
        double[] xg = net.memories().multiply(net.g(v));
        double rh = 0;
        for (int mu = 0; mu < h.length; mu++) rh = Math.max(rh, Math.abs(h[mu] - xg[mu]));
        return Table.create("fixed-point equations of (M2)",
                StringColumn.create("equation", "v = ξᵀf + I", "h = ξg"),
                DoubleColumn.create("max |residual|", rv, rh),
                DoubleColumn.create("max |velocity|", maxAbs(net.featureVelocity(v, h)), maxAbs(net.hiddenVelocity(v, h))));
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double a : x) m = Math.max(m, Math.abs(a));
        return m;
    }
}
