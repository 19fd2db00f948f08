package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lamp.limit.AssociativeMemory;
import lamp.limit.Models;
import lamp.limit.ModernHopfield;
import lamp.limit.Retrieval;
import lamp.memory.Corruption;
import lamp.memory.Digits;
import lamp.memory.Memories;
import lamp.memory.Metrics;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ImageRecallTest {

    @Test
    void bookkeepingWithKnownModels() {
        Memories xi = Patterns.randomBinary(6, 16, 3);
        ImageRecall.Result r = ImageRecall.of(xi, 4)
                .queries(mu -> Corruption.flip(xi.row(mu), 0.25, mu))
                .model("perfect", ToyModels.perfect(xi))
                .model("identity", ToyModels.identity(xi)).run();
        Table t = r.table();
        assertEquals(List.of("perfect", "identity"), r.models());
        assertEquals(2, t.rowCount());
        assertEquals(List.of(Columns.MODEL, "fill of masked pixels", "queries", "pixel accuracy", Columns.EXACT,
                "nearest fraction", "query nearest fraction", Columns.STEPS, Columns.CONVERGED), t.columnNames());
        ImageRecall.Score p = r.score("perfect"), id = r.score("identity");
        assertEquals(6, p.queries());
        assertEquals(p.queryNearestFraction(), p.exactFraction(), 1e-15, "perfect recall succeeds exactly where the query is nearest");
        // identity keeps the query: 4 of 16 signs wrong
        assertEquals(0.75, id.pixelAccuracy(), 1e-15);
        assertEquals(0.0, id.exactFraction());
        assertEquals(1.0, id.meanSteps());
        assertArrayEquals(r.corrupted().get(2), r.retrieved("identity").get(2));
        assertThrows(IllegalArgumentException.class, () -> r.score("nobody"));
        // the identity keeps each query, 4 of 16 signs from its memory; the perfect model none
        double worst = 0;
        for (int mu = 0; mu < 6; mu++) worst = Math.max(worst, Metrics.hamming(r.corrupted().get(mu), xi.row(0)) / 16.0);
        assertEquals(worst, r.largestDistance("identity", xi.row(0)), 1e-15);
        assertEquals(0.5, r.largestDistance("perfect", new double[16]) * 0.5, 1e-15, "a zero differs from every ±1");
        // the result does not change when what it handed out is changed
        r.retrieved("identity").get(2)[0] = 99;
        r.corrupted().set(0, new double[16]);
        assertNotEquals(99, r.retrieved("identity").get(2)[0]);
        assertEquals(16, countNonZero(r.corrupted().get(0)), "still the flipped query, not the zeros set into a copy");
    }

    private static int countNonZero(double[] x) {
        int n = 0;
        for (double v : x) if (v != 0) n++;
        return n;
    }

    @Test
    void settingsAreInertAndEachRunIsItsOwnResult() {
        Memories xi = Patterns.randomBinary(4, 9, 2);
        ImageRecall settings = ImageRecall.of(xi, 3).queries(mu -> xi.row(mu)).model("identity", ToyModels.identity(xi));
        ImageRecall.Result first = settings.run();
        settings.model("perfect", ToyModels.perfect(xi));
        assertEquals(List.of("identity"), first.models(), "adding a model later leaves the earlier result alone");
        assertEquals(List.of("identity", "perfect"), settings.run().models());
    }

    @Test
    void gridDataHasOriginalsQueriesAndOneRowPerModel() {
        Memories xi = Memories.of(new double[] {1, -1, 1, -1}, new double[] {1, 1, -1, -1}, new double[] {-1, -1, -1, 1});
        ImageRecall.Result r = ImageRecall.of(xi, 2).queries(mu -> Corruption.maskBottomHalf(xi.row(mu), 2))
                .model("perfect", ToyModels.perfect(xi)).model("twice", doubling(xi)).run();
        ImageGrid g = r.grid(mu -> "digit " + (7 - mu), 2, 0);
        assertEquals(2, g.width());
        assertEquals(2, g.columns());
        assertEquals(List.of("digit 5", "digit 7", "query", "query", "perfect ✓", "perfect ✓", "twice ✗", "twice ✗"), g.titles());
        assertArrayEquals(xi.row(2), g.images().get(0));
        assertArrayEquals(new double[] {-1, -1, 0, 0}, g.images().get(2), "the damaged query");
        assertArrayEquals(new double[] {-1, -1, 0, 0}, g.images().get(6), "2·query clipped to the ±1 scale");
        assertEquals("memory 0", r.grid(0).titles().get(0));
        assertThrows(IllegalArgumentException.class, () -> r.grid());
    }

    /** Returns twice the query: continuous states beyond the ±1 scale. */
    private static AssociativeMemory doubling(Memories xi) {
        return new AssociativeMemory() {
            public String name() { return "twice"; }
            public Memories memories() { return xi; }
            public double energy(double[] v) { return 0; }
            public double[] update(double[] v) { double[] o = v.clone(); for (int i = 0; i < o.length; i++) o[i] *= 2; return o; }
        };
    }

    @Test
    void fills() {
        double[] q = {1, 0, -1, 0};
        assertArrayEquals(q, ImageRecall.Fill.none().apply(q, 0));
        assertArrayEquals(new double[] {1, -1, -1, -1}, ImageRecall.Fill.constant(-1).apply(q, 0));
        double[] a = ImageRecall.Fill.random(5).apply(q, 3), b = ImageRecall.Fill.random(5).apply(q, 3);
        assertArrayEquals(a, b, "seeded");
        assertEquals(1, a[0]);
        assertEquals(-1, a[2]);
        assertEquals(1, Math.abs(a[1]));
        assertEquals(1, Math.abs(a[3]));
        // over many masked entries the random fill is balanced
        double[] z = new double[2000];
        double sum = 0;
        for (double v : ImageRecall.Fill.random(1).apply(z, 0)) sum += v;
        assertTrue(Math.abs(sum) < 200, "sum " + sum);
        assertEquals(0, q[1], "argument untouched");
    }

    @Test
    void maskedDigitsWithModelBAndGrid() {
        Memories xi = Digits.memories(1, 0, 1, 2, 3);
        ImageRecall.Result r = ImageRecall.of(xi, Digits.SIDE)
                .queries(mu -> Corruption.maskBottomHalf(xi.row(mu), Digits.SIDE))
                .model("B", new ModernHopfield(xi, 1))
                .model("A", Models.create("dam(30)", xi), ImageRecall.Fill.random(2))
                .maxSteps(20).run();
        Table t = r.table();
        assertEquals(1.0, r.score("B").exactFraction(), "one digit per class, half masked, β = 1");
        assertEquals("random ±1 (seed 2)", t.stringColumn("fill of masked pixels").get(1));
        ImageGrid g = r.grid(0, 2);
        assertEquals(8, g.images().size(), "2 columns, 4 rows: originals, queries, B, A");
        assertEquals(Digits.SIDE, g.width());
        assertThrows(IllegalArgumentException.class, () -> r.grid(7));
    }

    @Test
    void badInputIsNamed() {
        Memories xi = Patterns.randomBinary(3, 10, 1);
        assertThrows(IllegalArgumentException.class, () -> ImageRecall.of(xi, 3));
        assertThrows(IllegalArgumentException.class, () -> ImageRecall.of(xi, 5).model("x", ToyModels.identity(xi)).run());
        assertThrows(IllegalArgumentException.class,
                () -> ImageRecall.of(xi, 5).model("x", ToyModels.identity(xi)).model("x", ToyModels.perfect(xi)));
    }
}
