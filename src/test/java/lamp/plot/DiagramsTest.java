package lamp.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import lamp.limit.ManyBody;
import lamp.plot.Diagram.Junction;
import lamp.plot.Diagram.Neuron;
import lamp.plot.Diagram.Role;
import lamp.plot.Diagram.Synapse;
import org.junit.jupiter.api.Test;

/** The paper's two schematic figures (KH2020 Fig. 1 and Fig. 2): what is laid out and what is drawn. */
class DiagramsTest {

    /** Draws the diagram, encodes it as PNG (kept in target/figs for a look) and decodes it again. */
    static BufferedImage render(Diagram d, String name) throws Exception {
        BufferedImage image = d.image();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", bytes), "PNG writer");
        Path dir = Path.of("target", "figs");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), bytes.toByteArray());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(d.width(), decoded.getWidth());
        assertEquals(d.height(), decoded.getHeight());
        return decoded;
    }

    static Color pixel(BufferedImage image, double x, double y) {
        return new Color(image.getRGB((int) Math.round(x), (int) Math.round(y)));
    }

    /** Every disc is drawn in its role's colour: sampled above and below its label. */
    static void assertDiscsDrawn(Diagram d, BufferedImage image) {
        for (Neuron n : d.neurons()) {
            for (double dy : new double[] {-0.75, 0.75}) {
                assertEquals(n.role().fill(), pixel(image, n.x(), n.y() + dy * n.radius()),
                        "disc of neuron " + n.label() + " at (" + n.x() + ", " + n.y() + ")");
            }
        }
    }

    @Test
    void bipartiteHasThePapersFiveFeatureAndElevenHiddenNeurons() throws Exception {
        Diagram d = Diagrams.bipartite();
        assertEquals(860, d.width());
        assertEquals(470, d.height());
        assertEquals(5, d.neurons(Role.FEATURE).size());
        assertEquals(11, d.neurons(Role.HIDDEN).size());
        assertEquals(16, d.neurons().size());
        assertEquals(0, d.junctions().size(), "two-body synapses only");
        BufferedImage image = render(d, "fig2-bipartite");
        assertDiscsDrawn(d, image);
    }

    @Test
    void everyFeatureHiddenPairHasOneSynapseAndNoLayerHasInternalOnes() throws Exception {
        for (int[] size : new int[][] {{5, 11}, {3, 4}, {8, 16}}) {
            Diagram d = Diagrams.bipartite(size[0], size[1]);
            assertEquals(size[0] * size[1], d.synapses().size(), "N_f·N_h synapses");
            Set<List<Integer>> pairs = new HashSet<>();
            int emphasised = 0;
            for (Synapse s : d.synapses()) {
                Role a = d.neurons().get(s.a()).role(), b = d.neurons().get(s.b()).role();
                assertNotEquals(a, b, "a synapse joins the two layers");
                assertTrue(pairs.add(List.of(Math.min(s.a(), s.b()), Math.max(s.a(), s.b()))), "each pair once");
                if (s.emphasised()) {
                    emphasised++;
                    int hidden = a == Role.HIDDEN ? s.a() : s.b();
                    assertEquals("h_{" + ((size[1] - 1) / 2 + 1) + "}", d.neurons().get(hidden).label());
                }
            }
            assertEquals(size[0], emphasised, "the emphasised hidden neuron's N_f synapses");
        }
        // midway between neighbours in a row nothing is drawn: no synapse runs within a layer
        Diagram d = Diagrams.bipartite();
        BufferedImage image = render(d, "fig2-bipartite");
        for (Role role : new Role[] {Role.FEATURE, Role.HIDDEN}) {
            List<Neuron> row = d.neurons(role);
            for (int k = 0; k + 1 < row.size(); k++) {
                Neuron a = row.get(k), b = row.get(k + 1);
                assertEquals(Diagram.BACKGROUND, pixel(image, (a.x() + b.x()) / 2, a.y()), role + " row between " + a.label() + " and " + b.label());
            }
        }
        // and the synapses are drawn: the midpoint of the emphasised fan's middle synapse has its colour
        Synapse mid = d.synapses().stream().filter(Synapse::emphasised).toList().get(2);
        Neuron a = d.neurons().get(mid.a()), b = d.neurons().get(mid.b());
        assertEquals(Diagram.EMPHASIS, pixel(image, (a.x() + b.x()) / 2, (a.y() + b.y()) / 2));
    }

    @Test
    void pairwiseBesideManyBody() throws Exception {
        Diagram d = Diagrams.pairwiseAndManyBody();
        assertEquals(860, d.width());
        assertEquals(490, d.height());
        assertEquals(8, d.neurons(Role.NEURON).size(), "four neurons in each network");
        assertEquals(6, d.synapses().size(), "C(4, 2) two-body synapses T_ij");
        assertEquals(4, d.junctions().size(), "C(4, 3) three-body synapses T_ijk");
        for (Synapse s : d.synapses()) {
            assertTrue(d.neurons().get(s.a()).x() < d.width() / 2.0 && d.neurons().get(s.b()).x() < d.width() / 2.0,
                    "pairwise synapses are in the left network");
        }
        Set<Set<Integer>> triples = new HashSet<>();
        for (Junction j : d.junctions()) {
            assertEquals(3, new HashSet<>(j.neurons()).size(), "a junction joins three different neurons");
            for (int n : j.neurons()) assertTrue(d.neurons().get(n).x() > d.width() / 2.0, "junctions are in the right network");
            assertTrue(triples.add(new HashSet<>(j.neurons())), "each triple once");
        }
        BufferedImage image = render(d, "fig1-pairwise-and-many-body");
        assertDiscsDrawn(d, image);
        for (Junction j : d.junctions()) {
            assertEquals(j.color(), pixel(image, j.x(), j.y() + 1), "junction " + j.neurons() + " drawn as a filled triangle");
            for (Junction other : d.junctions()) {
                if (other != j) {
                    assertTrue(Math.hypot(other.x() - j.x(), other.y() - j.y()) >= 2 * Diagram.JUNCTION_SIZE,
                            "junctions " + j.neurons() + " and " + other.neurons() + " do not overlap");
                }
            }
        }
        assertTrue(d.texts().stream().anyMatch(t -> t.markup().startsWith("Classical Hopfield network")));
        assertTrue(d.texts().stream().anyMatch(t -> t.markup().startsWith("Dense Associative Memory, F(x) = x^3")));
        assertTrue(d.texts().stream().anyMatch(t -> t.markup().equals("4 synapses (▲), each joining 3 neurons")));
        assertTrue(Diagrams.pairwiseAndManyBody(3).texts().stream().anyMatch(t -> t.markup().equals("1 synapse (▲), each joining 3 neurons")));
    }

    @Test
    void otherSizesOfFigureOne() throws Exception {
        for (int n = 3; n <= 5; n++) {
            Diagram d = Diagrams.pairwiseAndManyBody(n, 700);
            assertEquals(n * (n - 1) / 2, d.synapses().size());
            assertEquals(ManyBody.junctionCount(n, 3), d.junctions().size(), "one junction per triple of different neurons");
            assertEquals(ManyBody.junctionCount(n, 2), d.synapses().size());
            BufferedImage image = render(d, "fig1-n" + n);
            assertDiscsDrawn(d, image);
            for (Junction j : d.junctions()) {
                for (Junction other : d.junctions()) {
                    if (other != j) assertTrue(Math.hypot(other.x() - j.x(), other.y() - j.y()) >= 2 * Diagram.JUNCTION_SIZE * 700 / 860.0,
                            "n = " + n + ": junctions " + j.neurons() + " and " + other.neurons() + " overlap");
                }
            }
        }
    }

    @Test
    void textMarkupSetsSubscriptsAndSuperscripts() {
        assertEquals(List.of("T", "ijk"), Diagram.parse("T_{ijk}").stream().map(r -> r.text()).toList());
        assertEquals(List.of(0, -1, 0, 1), Diagram.parse("σ_i x^3").stream().map(r -> r.shift()).toList());
        assertEquals(List.of("E = −Σ", "μ", " F(x) = x", "3"), Diagram.parse("E = −Σ_μ F(x) = x^3").stream().map(r -> r.text()).toList());
        assertTrue(Diagram.textWidth("T_{ijk}", 20, false) < Diagram.textWidth("Tijk", 20, false), "scripts are smaller");
        assertEquals("unclosed '{' in text 'T_{ij'",
                assertThrows(IllegalArgumentException.class, () -> Diagram.parse("T_{ij")).getMessage());
    }

    @Test
    void badSizesAreNamed() {
        assertEquals("N_h = 40 hidden neurons do not fit in a 860 px wide figure (at most 18 per row at this width)",
                assertThrows(IllegalArgumentException.class, () -> Diagrams.bipartite(5, 40)).getMessage());
        assertEquals("N_f must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> Diagrams.bipartite(0, 11)).getMessage());
        assertEquals("neurons per network must be 3 … 5, got 6",
                assertThrows(IllegalArgumentException.class, () -> Diagrams.pairwiseAndManyBody(6)).getMessage());
        assertEquals("width must be >= 400 px, got 300",
                assertThrows(IllegalArgumentException.class, () -> Diagrams.bipartite(5, 11, 300)).getMessage());
    }

    @Test
    void fontIsDejaVuWhenInstalled() {
        boolean installed = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").exists();
        if (installed) assertEquals("DejaVu Sans", Diagram.fontFamily());
    }
}
