package lamp.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import lamp.lagrangian.ScalarFunction;
import lamp.limit.DenseAssociativeMemory;
import lamp.limit.ModernHopfield;
import lamp.memory.Memories;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The largest steps of notebook 08's 64 × 64 images (KH2020 §4): 3000 memories of N_f = 4096 pixels,
 * the full size's largest K. Random ±1 patterns stand in for the glyphs (the cost does not depend on
 * which ±1 values they are), so that NumPy runs the same work: kernel-config/bench/numpy_bench.py's
 * functions of the same names. Run by kernel-config/bench.sh ({@code kanjiUpdate}, {@code kanjiSweep}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class KanjiBench {
    static final int K = 3000, PIXELS = 4096;

    @State(Scope.Benchmark)
    public static class KanjiState {
        ModernHopfield modern;
        DenseAssociativeMemory dam;
        double[] query, start, overlaps;

        @Setup(Level.Trial)
        public void setUp() {
            SplittableRandom r = new SplittableRandom(11);
            Memories xi = LampBench.signs(K, PIXELS, r);
            modern = new ModernHopfield(xi, 1);
            dam = new DenseAssociativeMemory(xi, ScalarFunction.power(30));
            query = LampBench.corrupt(xi.row(0), 0.2, r);
            start = query.clone();
            overlaps = xi.multiply(start);
            dam.sweep(start.clone(), overlaps.clone());   // builds the kernel outside the timing
        }
    }

    /** One Model B update (M11) v ← ξᵀ softmax(βξq), β = 1, K = 3000, N_f = 4096. */
    @Benchmark
    public double[] kanjiUpdate(KanjiState s) {
        return s.modern.update(s.query);
    }

    /** One asynchronous sweep of (M9) with F = x³⁰ (notebook 08's x³⁰), K = 3000, N_f = 4096. */
    @Benchmark
    public double[] kanjiSweep(KanjiState s) {
        double[] sigma = s.start.clone(), m = s.overlaps.clone();
        s.dam.sweep(sigma, m);
        return sigma;
    }
}
