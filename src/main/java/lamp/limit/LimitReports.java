package lamp.limit;

import java.util.Map;
import java.util.Random;
import lamp.base.Checks;
import lamp.network.Network;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables about a network's fast-hidden limit (THEORY.md §2): at the steady state h = ξg(v)
 * (KH2020 (5)) the effective energy E_eff(v) (M5) equals the network's energy E(v, ξg(v)) (M3), and
 * the effective flow (M6) equals the network's feature equation (M2).
 */
public final class LimitReports {
    private LimitReports() {}

    /**
     * The fast-hidden limit at rest (THEORY.md §2): for each network, {@code count} random feature
     * states v (entries N(0, σ²), from the seed, plus the network's index) with the hidden neurons
     * at h = ξg(v). Columns: network, state, E_eff(v) (M5), E(v, ξg(v)) (M3), their relative
     * difference, and the largest difference between the effective velocity (M6) and the network's
     * feature velocity (M2) there.
     */
    public static Table restingEnergy(Map<String, Network> networks, int count, double sigma, long seed) {
        if (networks == null || networks.isEmpty()) throw new IllegalArgumentException("no networks given");
        Checks.count("state count", count, 1);
        Checks.positive("σ", sigma);
        StringColumn name = StringColumn.create("network");
        IntColumn index = IntColumn.create("state");
        DoubleColumn eff = DoubleColumn.create("E_eff(v) (M5)"), micro = DoubleColumn.create("E(v, ξg) (M3)"),
                diff = DoubleColumn.create("relative difference"), vel = DoubleColumn.create("max |(M6) − (M2)| velocity");
        int k = 0;
        for (Map.Entry<String, Network> e : networks.entrySet()) {
            Network net = e.getValue();
            EffectiveNetwork limit = EffectiveNetwork.fastHiddenLimit(net);
            Random r = new Random(seed + k++);
            for (int s = 0; s < count; s++) {
                double[] v = new double[net.featureCount()];
                for (int i = 0; i < v.length; i++) v[i] = sigma * r.nextGaussian();
                double[] y = net.adiabaticState(v);
                double a = limit.energy(v), b = net.energy(y);
                double[] dv = limit.velocity(v), dvNet = net.featureVelocity(v, net.hidden(y));
                double d = 0;
                for (int i = 0; i < v.length; i++) d = Math.max(d, Math.abs(dv[i] - dvNet[i]));
                name.append(e.getKey());
                index.append(s);
                eff.append(a);
                micro.append(b);
                diff.append(Math.abs(a - b) / Math.max(1, Math.abs(b)));
                vel.append(d);
            }
        }
        return Table.create("the effective model at h = ξg(v) (seed " + seed + ")", name, index, eff, micro, diff, vel);
    }
}
