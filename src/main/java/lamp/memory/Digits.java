package lamp.memory;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import lamp.base.Checks;

/**
 * Handwritten digits for image-memory experiments (THEORY.md §6): 500 MNIST digits, 50 of each class,
 * 28 × 28 grey levels, shipped with lamp (see {@code lamp/data/MNIST-NOTICE.txt} for the source and
 * licence). As memories, pixels become ±1 (ink +1, background −1).
 */
public final class Digits {
    /** Image side in pixels. */
    public static final int SIDE = 28;
    /** Pixels per image, N_f = 784. */
    public static final int PIXELS = SIDE * SIDE;
    /** Digits of each class shipped. */
    public static final int PER_CLASS = 50;

    private static final String RESOURCE = "/lamp/data/mnist-500.bin.gz";
    private static volatile List<Digit> all;

    private Digits() {}

    /** One digit: its label and grey levels in [0, 1], row by row (784 values). */
    public record Digit(int label, double[] pixels) {
        /** Keeps its own copy of the pixels. */
        public Digit {
            if (label < 0 || label > 9) throw new IllegalArgumentException("digit label must be 0…9, got " + label);
            Checks.vector("pixels", pixels, PIXELS);
            pixels = pixels.clone();
        }

        /** The grey levels, a fresh copy: writing to it changes no other caller's digit. */
        @Override
        public double[] pixels() {
            return pixels.clone();
        }

        /** The image as ±1: +1 where the grey level is above {@code threshold}, −1 elsewhere. */
        public double[] binary(double threshold) {
            Checks.finite("binarisation threshold", threshold);
            double[] s = new double[pixels.length];
            for (int i = 0; i < s.length; i++) s[i] = pixels[i] > threshold ? 1 : -1;
            return s;
        }

        /**
         * The grey levels at a coarser resolution, {@code side} × {@code side} pixels (side divides 28:
         * 28, 14, 7, 4, 2, 1): each pixel the mean of the (28/side)² pixels of its block.
         */
        public double[] pixels(int side) {
            int factor = factor(side);
            double[] out = new double[side * side];
            for (int r = 0; r < SIDE; r++) {
                for (int c = 0; c < SIDE; c++) out[(r / factor) * side + c / factor] += pixels[r * SIDE + c];
            }
            for (int i = 0; i < out.length; i++) out[i] /= factor * factor;
            return out;
        }

        /** The image at {@code side} × {@code side} pixels ({@link #pixels(int)}) as ±1 with threshold 0.5. */
        public double[] binary(int side) {
            double[] g = pixels(side);
            double[] s = new double[g.length];
            for (int i = 0; i < s.length; i++) s[i] = g[i] > 0.5 ? 1 : -1;
            return s;
        }

        /** The image as ±1 with threshold 0.5. */
        public double[] binary() {
            return binary(0.5);
        }
    }

    /** All 500 digits, ordered by class (0…9) and, within a class, as in the source. */
    public static List<Digit> all() {
        List<Digit> d = all;
        if (d == null) {
            synchronized (Digits.class) {
                if (all == null) all = Collections.unmodifiableList(read());
                d = all;
            }
        }
        return d;
    }

    /** The {@code index}-th shipped digit of class {@code label} (0 ≤ index &lt; 50). */
    public static Digit get(int label, int index) {
        if (label < 0 || label > 9) throw new IllegalArgumentException("digit label must be 0…9, got " + label);
        if (index < 0 || index >= PER_CLASS) throw new IllegalArgumentException("digit index must be 0…" + (PER_CLASS - 1) + ", got " + index);
        return all().get(label * PER_CLASS + index);
    }

    /**
     * The first {@code perClass} digits of each of the given classes as ±1 memories (threshold 0.5),
     * in class order: row {@code c·perClass + k} is digit k of the c-th class listed.
     */
    public static Memories memories(int perClass, int... labels) {
        Checks.count("digits per class", perClass, 1);
        Checks.present("digit classes", labels);
        if (perClass > PER_CLASS) throw new IllegalArgumentException("only " + PER_CLASS + " digits of each class are shipped, asked for " + perClass);
        if (labels.length == 0) throw new IllegalArgumentException("no digit classes given");
        double[][] rows = new double[perClass * labels.length][];
        for (int c = 0; c < labels.length; c++) {
            for (int k = 0; k < perClass; k++) rows[c * perClass + k] = get(labels[c], k).binary();
        }
        return Memories.of(rows);
    }

    /**
     * {@link #memories(int, int...)} at a coarser resolution: each digit downsampled to {@code side} ×
     * {@code side} pixels by block averages, then thresholded at 0.5 ({@link Digit#binary(int)}). With
     * side 14 the memories have N_f = 196 pixels, so all 500 shipped digits are more memories than
     * pixels.
     */
    public static Memories memoriesAt(int side, int perClass, int... labels) {
        factor(side);
        Checks.present("digit classes", labels);
        Checks.count("digits per class", perClass, 1);
        if (perClass > PER_CLASS) throw new IllegalArgumentException("only " + PER_CLASS + " digits of each class are shipped, asked for " + perClass);
        if (labels.length == 0) throw new IllegalArgumentException("no digit classes given");
        double[][] rows = new double[perClass * labels.length][];
        for (int c = 0; c < labels.length; c++) {
            for (int k = 0; k < perClass; k++) rows[c * perClass + k] = get(labels[c], k).binary(side);
        }
        return Memories.of(rows);
    }

    /** The label of row μ of {@link #memories} or {@link #memoriesAt} made with {@code perClass} and {@code labels}. */
    public static int label(int row, int perClass, int... labels) {
        Checks.count("digits per class", perClass, 1);
        Checks.present("digit classes", labels);
        if (row < 0 || row >= perClass * labels.length) {
            throw new IllegalArgumentException("row " + row + " is outside 0.." + (perClass * labels.length - 1));
        }
        return labels[row / perClass];
    }

    /** 28 / side, when side divides 28. */
    private static int factor(int side) {
        if (side < 1 || SIDE % side != 0) throw new IllegalArgumentException("side must divide " + SIDE + " (28, 14, 7, 4, 2, 1), got " + side);
        return SIDE / side;
    }

    private static List<Digit> read() {
        InputStream raw = Digits.class.getResourceAsStream(RESOURCE);
        if (raw == null) throw new IllegalStateException("the digit data " + RESOURCE + " is missing from the classpath (is lamp's jar complete?)");
        List<Digit> out = new ArrayList<>(10 * PER_CLASS);
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(raw))) {
            byte[] buf = new byte[PIXELS];
            for (int r = 0; r < 10 * PER_CLASS; r++) {
                int label = in.readUnsignedByte();
                in.readFully(buf);
                double[] px = new double[PIXELS];
                for (int i = 0; i < PIXELS; i++) px[i] = (buf[i] & 0xff) / 255.0;
                out.add(new Digit(label, px));
            }
            if (in.read() != -1) throw new IllegalStateException("the digit data " + RESOURCE + " has trailing bytes");
        } catch (EOFException e) {
            throw new IllegalStateException("the digit data " + RESOURCE + " is truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the digit data " + RESOURCE, e);
        }
        return out;
    }
}
