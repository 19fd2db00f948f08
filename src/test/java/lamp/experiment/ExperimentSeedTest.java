package lamp.experiment;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lamp.lagrangian.Lagrangians;
import lamp.limit.ContinuousHopfield;
import lamp.limit.GradedResponse;
import lamp.limit.ModernHopfield;
import lamp.limit.SphericalMemory;
import lamp.memory.Corruption;
import lamp.memory.Memories;
import lamp.memory.Patterns;
import lamp.network.Network;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Every result's typed seed: a random experiment reports the seed it was given (the base seed of its
 * per-trial streams), equal to every entry of its table's seed column; a deterministic one reports none.
 */
class ExperimentSeedTest {

    /** A seed no default equals, above 2^53 so a detour through a double would change it. */
    private static final long SEED = 9_007_199_254_740_993L;

    /** Results of experiments that draw at random. */
    private static final Set<Class<?>> SEEDED = Set.of(OneStepError.Result.class, OneStepCapacity.Result.class,
            CapacityScaling.Result.class, ClassicalCapacity.Result.class, DescentSurvey.Result.class,
            ExponentialCapacity.Result.class, Capacity.Result.class, EulerStepEdge.Result.class, HiddenSaturation.Result.class,
            RecallCurve.Result.class, Basin.Result.class, WeightCapacity.Result.class, AsymmetricSynapses.Result.class,
            TableResult.class);

    /** Results of experiments that draw nothing (their random inputs, if any, come from the caller). */
    private static final Set<Class<?>> DETERMINISTIC = Set.of(Descent.Result.class, DecaySweep.Result.class,
            HopfieldLimit.Result.class, ImageRecall.Result.class);

    /** The seed column of {@code t} holds {@code seed} in every row. */
    private static void columnHolds(String what, Table t, long seed) {
        assertTrue(t.rowCount() > 0, what + ": no rows");
        LongColumn c = t.longColumn(Columns.SEED);
        for (int i = 0; i < t.rowCount(); i++) assertEquals(seed, c.get(i), what + " row " + i);
    }

    /** The typed seed is {@code seed}, and so is every entry of the table's seed column. */
    private static void agrees(ExperimentResult r, long seed, List<Class<?>> seen) {
        String what = r.getClass().getName();
        assertEquals(OptionalLong.of(seed), r.seed(), what);
        Table t = r.table();
        assertTrue(t.columnNames().contains(Columns.SEED), what + ": the table of a seeded result has a seed column");
        columnHolds(what, t, seed);
        seen.add(r.getClass());
    }

    @Test
    void randomExperimentsReportTheirSeedAsTheirTableDoes() {
        List<Class<?>> seen = new ArrayList<>();
        var xi = Patterns.randomBinary(12, 16, 1);

        OneStepError.Result ose = OneStepError.create().features(10).memories(6).flips(0, 1).instances(3).seed(SEED).run();
        agrees(ose, SEED, seen);
        columnHolds("OneStepError queries", ose.queries(), SEED);
        OneStepCapacity.Result osc = OneStepCapacity.of(1).corruption(0.1).features(10, 12).grid(4, 100_000).trials(4).seed(SEED).run();
        agrees(osc, SEED, seen);
        columnHolds("OneStepCapacity curves", osc.curves(), SEED);
        agrees(CapacityScaling.builder().order(2, 16).trials(4).resolution(0).seed(SEED).run(), SEED, seen);
        ClassicalCapacity.Result cc = ClassicalCapacity.create().sizes(40).loads(0.05, 0.3).trials(2).probes(2).seed(SEED).run();
        agrees(cc, SEED, seen);
        columnHolds("ClassicalCapacity critical loads", cc.criticalLoads(), SEED);
        DescentSurvey.Result ds = DescentSurvey.create().model("B", m -> new ModernHopfield(m, 1))
                .features(8).memories(6).instances(2).steps(3).seed(SEED).run();
        agrees(ds, SEED, seen);
        columnHolds("DescentSurvey instances", ds.instances(), SEED);
        agrees(ExponentialCapacity.builder().criterion(ExponentialCapacity.Criterion.EVERY_PATTERN, 10).trials(3)
                .resolution(0).threads(1).seed(SEED).run(), SEED, seen);
        agrees(Capacity.of(ToyModels::perfect).features(16).memories(2, 4).trials(3).seed(SEED).parallel(false).run(), SEED, seen);
        agrees(EulerStepEdge.create().stepSizes(1, 3).features(8).memories(6).instances(3).steps(2).seed(SEED).run(), SEED, seen);
        agrees(HiddenSaturation.builder().order(3).features(12).hidden(2, 4).trials(2).checked(2).seed(SEED).run(), SEED, seen);
        agrees(RecallCurve.of(xi, 4).counts(3, 6).queries(2).damage(RecallCurve.Damage.flip(0.1)).seed(SEED)
                .model("B", m -> new ModernHopfield(m, 1), ImageRecall.Fill.none()).run(), SEED, seen);
        agrees(Basin.of(ToyModels::perfect).features(16).memories(3).corruption(0, 0.2).trials(3).seed(SEED).parallel(false).run(),
                SEED, seen);
        agrees(WeightCapacity.atBestBeta(WeightCapacity.Kind.BINARY, 0.25, 16).trials(4).grid(4, 10_000).seed(SEED).run(), SEED, seen);
        agrees(AsymmetricSynapses.create().instances(1).duration(1).sampleEvery(0.5).seed(SEED).run(), SEED, seen);
        // the TableResult experiments: each hands over its own seed
        agrees(BetaSweep.modernHopfield().features(16).memories(4).betas(1).corruption(0.1).trials(2).seed(SEED)
                .parallel(false).run(), SEED, seen);
        agrees(StableCount.of(xi).betas(1).sample(3).model("B", b -> new ModernHopfield(xi, b), false).seed(SEED).run(), SEED, seen);
        agrees(TimescaleSweep.create().features(8).memories(4).ratios(0.1).duration(0.5).seed(SEED).run(), SEED, seen);
        Network net = Network.builder(Patterns.randomBinary(6, 8, 2)).featureLagrangian("identity")
                .hiddenLagrangian("logSumExp(1)").tauHidden(0.1).build();
        agrees(NetworkRetrieval.of(net).targets(2).corruption(0.125).seed(SEED).run(), SEED, seen);

        assertEquals(SEEDED, new HashSet<>(seen), "every seeded result is run here");
    }

    @Test
    void deterministicExperimentsReportNoSeed() {
        List<ExperimentResult> results = new ArrayList<>();
        Memories xi = Patterns.randomBinary(3, 12, 4);
        results.add(Descent.of(new ModernHopfield(xi, 1)).from(Corruption.flip(xi.row(0), 0.25, 1)).steps(2).run());
        results.add(DecaySweep.of(new SphericalMemory(Memories.identity(2), Lagrangians.rectifiedPower(3)))
                .decays(1, 0).from(new double[] {2, 0.5}).duration(1).sampleEvery(0.1).run());
        ContinuousHopfield h = new ContinuousHopfield(xi, GradedResponse.tanh(0.5), 1, Patterns.gaussianVector(12, 5));
        results.add(HopfieldLimit.of(h).duration(1).sampleEvery(0.5).run(Patterns.gaussianVector(12, 6)));
        results.add(ImageRecall.of(xi, 4).queries(mu -> Corruption.flip(xi.row(mu), 0.25, mu))
                .model("perfect", ToyModels.perfect(xi)).run());
        Set<Class<?>> seen = new HashSet<>();
        for (ExperimentResult r : results) {
            assertEquals(OptionalLong.empty(), r.seed(), r.getClass().getName());
            assertFalse(r.table().columnNames().contains(Columns.SEED), r.getClass().getName() + " has a seed column but no seed");
            seen.add(r.getClass());
        }
        assertEquals(DETERMINISTIC, seen);
        assertEquals(OptionalLong.empty(), new TableResult(Table.create("none"), OptionalLong.empty()).seed());
    }

    @Test
    void everyResultInThePackageIsCovered() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(ExperimentResult.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("lamp/experiment");
        Set<Class<?>> found = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (String f : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class")).collect(Collectors.toList())) {
                Class<?> c = Class.forName("lamp.experiment." + f.substring(0, f.length() - ".class".length()), false,
                        ExperimentResult.class.getClassLoader());
                if (!c.isInterface() && ExperimentResult.class.isAssignableFrom(c)) found.add(c);
            }
        }
        Set<Class<?>> listed = new HashSet<>(SEEDED);
        listed.addAll(DETERMINISTIC);
        assertTrue(found.size() >= 18, "found " + found);
        assertEquals(listed, found, "each ExperimentResult is listed as seeded or deterministic, and tested above");
    }

    @Test
    void tableResultNeedsASeedOrAnExplicitNone() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TableResult(Table.create("t"), null));
        assertEquals("seed is null (use OptionalLong.empty() for none)", e.getMessage());
    }
}
