package lamp.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A schematic network drawing as data: neurons (discs), two-body synapses (lines), many-body synapses
 * (a junction — a small filled triangle — with a spoke to each neuron it joins) and text. The
 * factories in {@link Diagrams} lay out the paper's two figures; {@link #image()} draws exactly what
 * the model holds, so a test can count what is drawn by inspecting the model and sample the pixels.
 *
 * <p>Text accepts a small markup: {@code _x} or {@code _{xy}} is a subscript, {@code ^x} or
 * {@code ^{xy}} a superscript (e.g. {@code "T_{ijk}"}, {@code "F(x) = x^3"}).
 */
public final class Diagram {

    /** What a neuron is, which sets its colour. */
    public enum Role {
        /** A feature (visible) neuron v_i. */
        FEATURE(new Color(0x2F6DB5)),
        /** A hidden (memory) neuron h_μ. */
        HIDDEN(new Color(0xE0782A)),
        /** A neuron of a single-population network (KH2020 Fig. 1). */
        NEURON(new Color(0x4A5A70));

        private final Color fill;

        Role(Color fill) { this.fill = fill; }

        /** The disc's fill colour. */
        public Color fill() { return fill; }
    }

    /** How a text line sits on its anchor point. */
    public enum Align { LEFT, CENTER }

    /** A neuron: a disc of radius r at (x, y) with a label drawn inside. */
    public record Neuron(int id, Role role, String label, double x, double y, double radius) {}

    /** A symmetric two-body synapse between neurons {@code a} and {@code b}; emphasised ones are drawn darker. */
    public record Synapse(int a, int b, boolean emphasised) {}

    /** A many-body synapse joining {@code neurons} at the junction point (x, y), drawn in {@code color}. */
    public record Junction(List<Integer> neurons, double x, double y, Color color) {
        public Junction {
            if (neurons == null || neurons.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException("junction neurons are null or contain null");
            }
            neurons = List.copyOf(neurons);
        }
    }

    /** A line of text (with the sub/superscript markup) whose baseline starts or centres at (x, y). */
    public record Text(String markup, double x, double y, double size, boolean bold, Align align, Color color) {}

    /** Background colour. */
    public static final Color BACKGROUND = Color.WHITE;
    /** Colour of plain two-body synapses. */
    public static final Color SYNAPSE = new Color(0xA9B1BC);
    /** Colour of emphasised two-body synapses. */
    public static final Color EMPHASIS = new Color(0xB4531A);
    /** Colour of text. */
    public static final Color INK = new Color(0x1E2430);
    /** Colour of secondary text. */
    public static final Color MUTED = new Color(0x5B6472);

    private final int width, height;
    private final List<Neuron> neurons;
    private final List<Synapse> synapses;
    private final List<Junction> junctions;
    private final List<Text> texts;

    /** A diagram of the given pixel size; synapses and junctions must name neurons by their id (their index). */
    public Diagram(int width, int height, List<Neuron> neurons, List<Synapse> synapses, List<Junction> junctions, List<Text> texts) {
        if (width < 1 || height < 1) throw new IllegalArgumentException("diagram size must be positive, got " + width + " × " + height);
        for (List<?> parts : List.of(nonNull("neurons", neurons), nonNull("synapses", synapses), nonNull("junctions", junctions), nonNull("texts", texts))) {
            if (parts.stream().anyMatch(java.util.Objects::isNull)) throw new IllegalArgumentException("diagram parts contain null: " + parts);
        }
        this.width = width;
        this.height = height;
        this.neurons = List.copyOf(neurons);
        this.synapses = List.copyOf(synapses);
        this.junctions = List.copyOf(junctions);
        this.texts = List.copyOf(texts);
        for (int k = 0; k < this.neurons.size(); k++) {
            if (this.neurons.get(k).id() != k) throw new IllegalArgumentException("neuron " + k + " has id " + this.neurons.get(k).id());
        }
        for (Synapse s : this.synapses) {
            checkNeuron(s.a(), "synapse");
            checkNeuron(s.b(), "synapse");
            if (s.a() == s.b()) throw new IllegalArgumentException("synapse joins neuron " + s.a() + " to itself");
        }
        for (Junction j : this.junctions) {
            if (j.neurons().size() < 3) throw new IllegalArgumentException("a many-body junction joins at least 3 neurons, got " + j.neurons());
            for (int n : j.neurons()) checkNeuron(n, "junction");
        }
    }

    private void checkNeuron(int id, String what) {
        if (id < 0 || id >= neurons.size()) throw new IllegalArgumentException(what + " names neuron " + id + " of " + neurons.size());
    }

    /** Width in pixels. */
    public int width() { return width; }

    /** Height in pixels. */
    public int height() { return height; }

    /** The neurons, by id. */
    public List<Neuron> neurons() { return neurons; }

    /** The two-body synapses. */
    public List<Synapse> synapses() { return synapses; }

    /** The many-body synapses. */
    public List<Junction> junctions() { return junctions; }

    /** The text lines. */
    public List<Text> texts() { return texts; }

    /** The neurons of one role. */
    public List<Neuron> neurons(Role role) {
        List<Neuron> out = new ArrayList<>();
        for (Neuron n : neurons) if (n.role() == role) out.add(n);
        return out;
    }

    /** The drawing: antialiased, white background, DejaVu Sans where installed (else the logical sans serif). */
    public BufferedImage image() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            drawSynapses(g);
            drawJunctions(g);
            drawNeurons(g);
            for (Text t : texts) drawText(g, t);
        } finally {
            g.dispose();
        }
        return out;
    }

    private void drawSynapses(Graphics2D g) {
        for (boolean emphasised : new boolean[] {false, true}) {      // emphasised ones on top
            g.setStroke(new BasicStroke(emphasised ? 2.6f : 1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(emphasised ? EMPHASIS : SYNAPSE);
            for (Synapse s : synapses) {
                if (s.emphasised() != emphasised) continue;
                Neuron a = neurons.get(s.a()), b = neurons.get(s.b());
                g.draw(new Line2D.Double(a.x(), a.y(), b.x(), b.y()));
            }
        }
    }

    private void drawJunctions(Graphics2D g) {
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Junction j : junctions) {
            Color c = j.color();
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 170));
            for (int n : j.neurons()) {
                Neuron a = neurons.get(n);
                g.draw(new Line2D.Double(j.x(), j.y(), a.x(), a.y()));
            }
        }
        for (Junction j : junctions) {
            g.setColor(j.color());
            g.fill(triangle(j.x(), j.y(), JUNCTION_SIZE));
            g.setColor(BACKGROUND);
            g.setStroke(new BasicStroke(1f));
            g.draw(triangle(j.x(), j.y(), JUNCTION_SIZE));
        }
    }

    /** Circumradius of a junction's triangle, in pixels. */
    public static final double JUNCTION_SIZE = 8.5;

    private static Path2D triangle(double x, double y, double r) {
        Path2D p = new Path2D.Double();
        for (int k = 0; k < 3; k++) {
            double a = -Math.PI / 2 + k * 2 * Math.PI / 3;
            if (k == 0) p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
            else p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
        }
        p.closePath();
        return p;
    }

    private void drawNeurons(Graphics2D g) {
        for (Neuron n : neurons) {
            Ellipse2D disc = new Ellipse2D.Double(n.x() - n.radius(), n.y() - n.radius(), 2 * n.radius(), 2 * n.radius());
            g.setColor(n.role().fill());
            g.fill(disc);
            g.setColor(n.role().fill().darker());
            g.setStroke(new BasicStroke(1.5f));
            g.draw(disc);
            if (n.label() != null && !n.label().isEmpty()) {
                double size = Math.max(9, 0.78 * n.radius());
                double baseline = n.y() + 0.36 * size;
                drawText(g, new Text(n.label(), n.x(), baseline, size, false, Align.CENTER, Color.WHITE));
            }
        }
    }

    // --- text with sub- and superscripts ------------------------------------------------------

    /** A piece of text at one level: shift 0 normal, −1 subscript, +1 superscript. */
    record Run(String text, int shift) {}

    /** Splits the markup into runs: {@code _x}, {@code _{…}}, {@code ^x}, {@code ^{…}}. */
    static List<Run> parse(String markup) {
        if (markup == null) throw new IllegalArgumentException("text markup is null");
        List<Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            if ((c == '_' || c == '^') && i + 1 < markup.length()) {
                if (plain.length() > 0) {
                    runs.add(new Run(plain.toString(), 0));
                    plain.setLength(0);
                }
                int shift = c == '_' ? -1 : 1;
                if (markup.charAt(i + 1) == '{') {
                    int close = markup.indexOf('}', i + 2);
                    if (close < 0) throw new IllegalArgumentException("unclosed '{' in text '" + markup + "'");
                    runs.add(new Run(markup.substring(i + 2, close), shift));
                    i = close + 1;
                } else {
                    int end = markup.offsetByCodePoints(i + 1, 1);
                    runs.add(new Run(markup.substring(i + 1, end), shift));
                    i = end;
                }
            } else {
                plain.append(c);
                i++;
            }
        }
        if (plain.length() > 0) runs.add(new Run(plain.toString(), 0));
        return runs;
    }

    /** The width of a text line in pixels, as {@link #image()} draws it. */
    public static double textWidth(String markup, double size, boolean bold) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return width(g, parse(markup), size, bold);
        } finally {
            g.dispose();
        }
    }

    private static double width(Graphics2D g, List<Run> runs, double size, boolean bold) {
        double w = 0;
        for (Run r : runs) {
            Font f = font(r.shift() == 0 ? size : 0.7 * size, bold);
            w += f.getStringBounds(r.text(), g.getFontRenderContext()).getWidth();
        }
        return w;
    }

    private static void drawText(Graphics2D g, Text t) {
        List<Run> runs = parse(t.markup());
        double x = t.align() == Align.CENTER ? t.x() - width(g, runs, t.size(), t.bold()) / 2 : t.x();
        g.setColor(t.color());
        for (Run r : runs) {
            double size = r.shift() == 0 ? t.size() : 0.7 * t.size();
            Font f = font(size, t.bold());
            g.setFont(f);
            double y = t.y() + (r.shift() < 0 ? 0.25 * t.size() : r.shift() > 0 ? -0.4 * t.size() : 0);
            g.drawString(r.text(), (float) x, (float) y);
            x += f.getStringBounds(r.text(), g.getFontRenderContext()).getWidth();
        }
    }

    private static final String FAMILY = Arrays.asList(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()).contains("DejaVu Sans")
            ? "DejaVu Sans" : Font.SANS_SERIF;

    /** The family text is drawn in: DejaVu Sans when installed, else Java's logical sans serif. */
    public static String fontFamily() { return FAMILY; }

    private static Font font(double size, boolean bold) {
        return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    @Override
    public String toString() {
        return "Diagram[" + width + " × " + height + ": " + neurons.size() + " neurons, " + synapses.size()
                + " two-body synapses, " + junctions.size() + " many-body synapses]";
    }

    private static List<?> nonNull(String what, List<?> parts) {
        if (parts == null) throw new IllegalArgumentException("diagram " + what + " are null (pass an empty list for none)");
        return parts;
    }
}
