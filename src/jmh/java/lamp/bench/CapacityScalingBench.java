package lamp.bench;

import java.util.concurrent.TimeUnit;
import lamp.experiment.CapacityScaling;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the capacity-scaling experiment ({@link CapacityScaling}, DAM 2016's K_max against
 * N_f), lamp only (no NumPy counterpart):
 * <ul>
 *   <li>{@code evaluation}: one step of the bisection, 20 trials at (n, N_f) with K at DAM 2016's
 *       formula N^{n−1}/(2(2n−3)!! ln N), close to K_max; the memories are streamed as packed words,
 *       so one evaluation costs about K·⌈N_f/64⌉ word operations per trial;</li>
 *   <li>{@code quickRun}: the whole quick size ({@link CapacityScaling#quick()}), one shot.</li>
 * </ul>
 * Run with {@code java -cp … org.openjdk.jmh.Main CapacityScalingBench} after {@code mvn -Pbench package}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CapacityScalingBench {

    @State(Scope.Benchmark)
    public static class PointState {
        /** "n:N_f". */
        @Param({"2:256", "3:256", "3:1024", "4:128", "4:256", "5:128"})
        public String point;
        int order, features, memories;
        long seed;
        CapacityScaling.Builder settings;

        @Setup(Level.Trial)
        public void setUp() {
            String[] parts = point.split(":");
            order = Integer.parseInt(parts[0]);
            features = Integer.parseInt(parts[1]);
            memories = (int) Math.round(CapacityScaling.formula(order, features));
            settings = CapacityScaling.builder().trials(20);
        }
    }

    /** 20 trials at K = formula(n, N_f), fresh memories each call. */
    @Benchmark
    public double evaluation(PointState s) {
        return s.settings.seed(s.seed++).exactFraction(s.order, s.features, s.memories);
    }

    /** The quick size end to end: n = 2, 3 to N_f = 256, n = 4 to 128 and n = 5 to 64, 40 trials per K. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public CapacityScaling.Result quickRun() {
        return CapacityScaling.quick().seed(1).run();
    }
}
