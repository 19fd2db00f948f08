package lamp.network;

import java.util.Locale;

/**
 * The energy (M3) split into the paper's three terms: the feature neurons' own energy
 * (v − I)·g − L_v, the hidden neurons' own energy h·f − L_h (each a Legendre transform), and the
 * synapse term −f·ξg.
 */
public record Energy(double feature, double hidden, double synapse) {

    /** E = feature + hidden + synapse (M3). */
    public double total() {
        return feature + hidden + synapse;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Energy{total=%.10g, feature=%.10g, hidden=%.10g, synapse=%.10g}",
                total(), feature, hidden, synapse);
    }
}
