package lamp.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import lamp.plot.Diagram.Align;
import lamp.plot.Diagram.Junction;
import lamp.plot.Diagram.Neuron;
import lamp.plot.Diagram.Role;
import lamp.plot.Diagram.Synapse;
import lamp.plot.Diagram.Text;

/**
 * The two schematic figures of KH2020, laid out as {@link Diagram}s (call {@link Diagram#image()} to
 * draw one; a notebook cell shows the {@code BufferedImage} as a PNG):
 * <ul>
 *   <li>{@link #bipartite()}: its Fig. 2, the two-population network — N_f = 5 feature neurons and
 *       N_h = 11 hidden neurons, every feature neuron joined to every hidden one by a symmetric
 *       two-body synapse ξ_μi, nothing within a layer (THEORY.md §1, (M2)).</li>
 *   <li>{@link #pairwiseAndManyBody()}: its Fig. 1, a classical Hopfield network whose synapses T_ij
 *       join pairs of neurons, beside a Dense Associative Memory with F(x) = x³, whose energy
 *       −Σ T_ijk σ_iσ_jσ_k needs synapses joining three neurons (THEORY.md §3, "Many-body picture";
 *       {@code lamp.limit.ManyBody} computes T_ijk).</li>
 * </ul>
 * Sizes scale with the width; the defaults fit a notebook column.
 */
public final class Diagrams {
    private Diagrams() {}

    /** Default width in pixels: about a notebook column. */
    public static final int WIDTH = 860;
    /** N_f of the paper's Fig. 2. */
    public static final int PAPER_FEATURES = 5;
    /** N_h of the paper's Fig. 2. */
    public static final int PAPER_HIDDEN = 11;
    /** Neurons in each network of the Fig. 1 diagram (4: every triple's junction stays legible). */
    public static final int FIG1_NEURONS = 4;

    private static final Color[] PALETTE = {
        new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C), new Color(0x9467BD), new Color(0xFF7F0E),
        new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF), new Color(0xBCBD22), new Color(0x393B79),
    };

    // --- Fig. 2 -----------------------------------------------------------------------------------

    /** KH2020 Fig. 2 at the paper's size: N_f = 5, N_h = 11. */
    public static Diagram bipartite() {
        return bipartite(PAPER_FEATURES, PAPER_HIDDEN, WIDTH);
    }

    /** The two-population network with N_f feature and N_h hidden neurons, {@value #WIDTH} px wide. */
    public static Diagram bipartite(int featureCount, int hiddenCount) {
        return bipartite(featureCount, hiddenCount, WIDTH);
    }

    /**
     * The two-population network: hidden neurons h_1 … h_{N_h} in the top row, feature neurons
     * v_1 … v_{N_f} in the bottom row, one synapse per (feature, hidden) pair. The synapses of the
     * middle hidden neuron are emphasised: they hold its memory ξ_μ.
     */
    public static Diagram bipartite(int featureCount, int hiddenCount, int width) {
        if (featureCount < 1) throw new IllegalArgumentException("N_f must be >= 1, got " + featureCount);
        if (hiddenCount < 1) throw new IllegalArgumentException("N_h must be >= 1, got " + hiddenCount);
        if (width < 400) throw new IllegalArgumentException("width must be >= 400 px, got " + width);
        if (width > 10_000) throw new IllegalArgumentException("width must be <= 10000 px, got " + width);
        double s = width / (double) WIDTH;
        double margin = 40 * s, radius = 18 * s, span = width - 2 * margin;
        int fit = (int) Math.floor(span / (2.3 * radius));
        for (int[] c : new int[][] {{hiddenCount, 'h'}, {featureCount, 'f'}}) {
            if (c[0] > fit) {
                throw new IllegalArgumentException((c[1] == 'h' ? "N_h = " + c[0] + " hidden" : "N_f = " + c[0] + " feature")
                        + " neurons do not fit in a " + width + " px wide figure (at most " + fit + " per row at this width)");
            }
        }
        double hiddenY = 150 * s, featureY = 350 * s;
        double hiddenStep = span / hiddenCount;
        double featureStep = Math.min(span / featureCount, 1.6 * Math.max(hiddenStep, 2.3 * radius));
        int emphasised = (hiddenCount - 1) / 2;

        List<Neuron> neurons = new ArrayList<>();
        for (int mu = 0; mu < hiddenCount; mu++) {
            double x = width / 2.0 + (mu - (hiddenCount - 1) / 2.0) * hiddenStep;
            neurons.add(new Neuron(neurons.size(), Role.HIDDEN, "h_{" + (mu + 1) + "}", x, hiddenY, radius));
        }
        for (int i = 0; i < featureCount; i++) {
            double x = width / 2.0 + (i - (featureCount - 1) / 2.0) * featureStep;
            neurons.add(new Neuron(neurons.size(), Role.FEATURE, "v_{" + (i + 1) + "}", x, featureY, radius));
        }
        List<Synapse> synapses = new ArrayList<>();
        for (int mu = 0; mu < hiddenCount; mu++) {
            for (int i = 0; i < featureCount; i++) synapses.add(new Synapse(hiddenCount + i, mu, mu == emphasised));
        }
        String m = Integer.toString(emphasised + 1);
        double c = width / 2.0;
        List<Text> texts = List.of(
                new Text("The two-population network (KH2020, Fig. 2)", c, 34 * s, 19 * s, true, Align.CENTER, Diagram.INK),
                new Text("N_f = " + featureCount + " feature neurons, N_h = " + hiddenCount
                        + " hidden neurons, symmetric two-body synapses ξ_{μi} between the layers",
                        c, 60 * s, 14 * s, false, Align.CENTER, Diagram.MUTED),
                new Text("hidden (memory) neurons h_μ,  f = ∂L_h/∂h,  time constant τ_h",
                        c, hiddenY - radius - 14 * s, 14.5 * s, false, Align.CENTER, Role.HIDDEN.fill().darker()),
                new Text("feature neurons v_i,  g = ∂L_v/∂v,  time constant τ_f",
                        c, featureY + radius + 26 * s, 14.5 * s, false, Align.CENTER, Role.FEATURE.fill().darker()),
                new Text("Each line is one synapse ξ_{μi}, used both ways: v_i drives h_μ and h_μ drives v_i. No synapses within a layer.",
                        c, 432 * s, 13 * s, false, Align.CENTER, Diagram.MUTED),
                new Text("Emphasised: the " + featureCount + " synapses of h_{" + m + "}; together they hold memory ξ_{" + m
                        + "}, row " + m + " of ξ.", c, 454 * s, 13 * s, false, Align.CENTER, Diagram.EMPHASIS));
        return new Diagram(width, (int) Math.round(470 * s), neurons, synapses, List.of(), texts);
    }

    // --- Fig. 1 -----------------------------------------------------------------------------------

    /** KH2020 Fig. 1 with {@value #FIG1_NEURONS} neurons in each network, {@value #WIDTH} px wide. */
    public static Diagram pairwiseAndManyBody() {
        return pairwiseAndManyBody(FIG1_NEURONS, WIDTH);
    }

    /** KH2020 Fig. 1 with {@code neurons} neurons (3 … 5) in each network, {@value #WIDTH} px wide. */
    public static Diagram pairwiseAndManyBody(int neurons) {
        return pairwiseAndManyBody(neurons, WIDTH);
    }

    /**
     * Left: the classical Hopfield network, every pair of neurons joined by a two-body synapse T_ij
     * (N(N − 1)/2 of them). Right: Dense Associative Memory with F(x) = x³, every triple of neurons
     * joined by a three-body synapse T_ijk (N(N − 1)(N − 2)/6 junctions, each with its own colour).
     */
    public static Diagram pairwiseAndManyBody(int neuronCount, int width) {
        if (neuronCount < 3 || neuronCount > 5) throw new IllegalArgumentException("neurons per network must be 3 … 5, got " + neuronCount);
        if (width < 400) throw new IllegalArgumentException("width must be >= 400 px, got " + width);
        double s = width / (double) WIDTH;
        double radius = 18 * s, ring = 118 * s, centreY = 222 * s;
        double left = width / 4.0, right = 3 * width / 4.0;

        List<Neuron> neurons = new ArrayList<>();
        for (double cx : new double[] {left, right}) {
            for (int k = 0; k < neuronCount; k++) {
                double a = -Math.PI / 2 + 2 * Math.PI * k / neuronCount;
                neurons.add(new Neuron(neurons.size(), Role.NEURON, "σ_{" + (k + 1) + "}",
                        cx + ring * Math.cos(a), centreY + ring * Math.sin(a), radius));
            }
        }
        List<Synapse> synapses = new ArrayList<>();
        for (int i = 0; i < neuronCount; i++) {
            for (int j = i + 1; j < neuronCount; j++) synapses.add(new Synapse(i, j, false));
        }
        List<Junction> junctions = new ArrayList<>();
        int triples = neuronCount * (neuronCount - 1) * (neuronCount - 2) / 6;
        for (int i = 0; i < neuronCount; i++) {
            for (int j = i + 1; j < neuronCount; j++) {
                for (int k = j + 1; k < neuronCount; k++) {
                    Neuron a = neurons.get(neuronCount + i), b = neurons.get(neuronCount + j), c = neurons.get(neuronCount + k);
                    double x = (a.x() + b.x() + c.x()) / 3, y = (a.y() + b.y() + c.y()) / 3;
                    double[] p = clear(junctions, x, y, junctions.size(), triples, s);
                    junctions.add(new Junction(List.of(neuronCount + i, neuronCount + j, neuronCount + k), p[0], p[1],
                            PALETTE[junctions.size() % PALETTE.length]));
                }
            }
        }
        int pairs = synapses.size();
        List<Text> texts = List.of(
                new Text("Classical Hopfield network", left, 34 * s, 18 * s, true, Align.CENTER, Diagram.INK),
                new Text("two-body synapses T_{ij} = Σ_μ ξ_{μi} ξ_{μj}", left, 60 * s, 14 * s, false, Align.CENTER, Diagram.MUTED),
                new Text("Dense Associative Memory, F(x) = x^3", right, 34 * s, 18 * s, true, Align.CENTER, Diagram.INK),
                new Text("three-body synapses T_{ijk} = Σ_μ ξ_{μi} ξ_{μj} ξ_{μk}", right, 60 * s, 14 * s, false, Align.CENTER, Diagram.MUTED),
                new Text("E = −Σ_{i,j} T_{ij} σ_i σ_j", left, 392 * s, 16 * s, false, Align.CENTER, Diagram.INK),
                new Text("E = −Σ_{i,j,k} T_{ijk} σ_i σ_j σ_k = −Σ_μ (ξ_μ · σ)^3", right, 392 * s, 16 * s, false, Align.CENTER, Diagram.INK),
                new Text(synapses(pairs) + ", each joining 2 neurons", left, 418 * s, 13 * s, false, Align.CENTER, Diagram.MUTED),
                new Text(synapses(triples) + " (▲), each joining 3 neurons", right, 418 * s, 13 * s, false, Align.CENTER, Diagram.MUTED),
                new Text("A biological synapse joins two neurons: T_{ijk} would need one that joins three.",
                        width / 2.0, 454 * s, 13 * s, false, Align.CENTER, Diagram.MUTED),
                new Text("KH2020 obtains the same energy from two-body synapses to hidden neurons (Fig. 2).",
                        width / 2.0, 474 * s, 13 * s, false, Align.CENTER, Diagram.MUTED));
        return new Diagram(width, (int) Math.round(490 * s), neurons, synapses, junctions, texts);
    }

    private static String synapses(int count) {
        return count + (count == 1 ? " synapse" : " synapses");
    }

    /** (x, y), moved off any junction already placed (centroids of different triples can coincide). */
    private static double[] clear(List<Junction> placed, double x, double y, int index, int count, double s) {
        double step = 2.6 * Diagram.JUNCTION_SIZE * s;
        double angle = 2 * Math.PI * index / count;
        for (int tries = 0; tries < 8 && crowded(placed, x, y, step); tries++) {
            x += step * Math.cos(angle);
            y += step * Math.sin(angle);
        }
        return new double[] {x, y};
    }

    private static boolean crowded(List<Junction> placed, double x, double y, double distance) {
        for (Junction j : placed) if (Math.hypot(j.x() - x, j.y() - y) < distance) return true;
        return false;
    }
}
