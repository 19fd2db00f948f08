package lamp.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import lamp.dynamics.Integrator;
import lamp.dynamics.Simulation;
import lamp.dynamics.StopReason;
import lamp.dynamics.Trajectory;
import lamp.lagrangian.Lagrangians;
import lamp.lagrangian.ScalarFunction;
import lamp.limit.DenseAssociativeMemory;
import lamp.limit.ModernHopfield;
import lamp.limit.Retrieval;
import lamp.linalg.Parallel;
import lamp.memory.Memories;
import lamp.network.Network;
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
 * lamp's hot paths, each the same work as the NumPy function of the same name in
 * kernel-config/bench/numpy_bench.py (shapes, algorithm, stopping rules). Run by
 * kernel-config/bench.sh, which prints lamp's time, NumPy's and their ratio per case.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class LampBench {
    static final int N_F = 784;

    static Memories gaussian(int k, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] data = new double[k * n];
        for (int j = 0; j < data.length; j++) data[j] = gaussian(r);
        return Memories.of(k, n, data);
    }

    static double gaussian(SplittableRandom r) {
        double u = r.nextDouble(), v = r.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    static double[] gaussianVector(int n, SplittableRandom r) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = gaussian(r);
        return x;
    }

    /** K random ±1 patterns of length n, 64 signs per random long. */
    static Memories signs(int k, int n, SplittableRandom r) {
        double[] data = new double[k * n];
        long bits = 0;
        for (int j = 0; j < data.length; j++) {
            if ((j & 63) == 0) bits = r.nextLong();
            data[j] = (bits & 1) == 0 ? -1.0 : 1.0;
            bits >>>= 1;
        }
        return Memories.of(k, n, data);
    }

    /** A copy of {@code pattern} with round(fraction · n) distinct entries flipped. */
    static double[] corrupt(double[] pattern, double fraction, SplittableRandom r) {
        double[] s = pattern.clone();
        int n = s.length, flips = (int) Math.round(fraction * n);
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        for (int j = 0; j < flips; j++) {
            int pick = j + r.nextInt(n - j);
            int t = idx[j]; idx[j] = idx[pick]; idx[pick] = t;
            s[idx[j]] = -s[idx[j]];
        }
        return s;
    }

    // --- the mat-vec pair ξg, ξᵀf ------------------------------------------------------------

    @State(Scope.Benchmark)
    public static class MatvecState {
        @Param({"1000", "60000"}) public int k;
        Memories xi;
        double[] g, f, h, v;

        @Setup(Level.Trial)
        public void setUp() {
            xi = gaussian(k, N_F, 1);
            SplittableRandom r = new SplittableRandom(2);
            g = gaussianVector(N_F, r);
            f = gaussianVector(k, r);
            h = new double[k];
            v = new double[N_F];
        }
    }

    @Benchmark
    public double[] matvecPair(MatvecState s) {
        s.xi.multiply(s.g, s.h);                 // ξg
        s.xi.multiplyTransposed(s.f, s.v);       // ξᵀf
        return s.v;
    }

    // --- batched Model B retrieval ξᵀ softmax(β ξ Q) ------------------------------------------

    @State(Scope.Benchmark)
    public static class RetrievalState {
        @Param({"64", "256"}) public int batch;
        ModernHopfield model;
        double[] queries;

        @Setup(Level.Trial)
        public void setUp() {
            model = new ModernHopfield(gaussian(60000, N_F, 3), 0.05);
            queries = gaussianVector(batch * N_F, new SplittableRandom(4));
        }
    }

    @Benchmark
    public double[] retrieval(RetrievalState s) {
        return s.model.updateBatch(s.queries, s.batch);
    }

    // --- one asynchronous DAM sweep, N_f = 784, K = 1000, F = x³ -------------------------------

    @State(Scope.Benchmark)
    public static class DamState {
        DenseAssociativeMemory dam;
        double[] start, overlaps;

        @Setup(Level.Trial)
        public void setUp() {
            SplittableRandom r = new SplittableRandom(5);
            Memories xi = signs(1000, N_F, r);
            dam = new DenseAssociativeMemory(xi, ScalarFunction.power(3));
            start = corrupt(xi.row(0), 0.2, r);
            overlaps = xi.multiply(start);
            dam.sweep(start.clone(), overlaps.clone()); // builds the kernel outside the timing
        }
    }

    @Benchmark
    public double[] damSweep(DamState s) {
        double[] sigma = s.start.clone(), m = s.overlaps.clone();
        s.dam.sweep(sigma, m);
        return sigma;
    }

    // --- the two-population network (M2): one right-hand side, one integration ----------------

    @State(Scope.Benchmark)
    public static class NetworkState {
        Network network;
        double[] y0, yDot;

        @Setup(Level.Trial)
        public void setUp() {
            SplittableRandom r = new SplittableRandom(6);
            Memories xi = signs(1000, N_F, r);
            network = Network.builder(xi).featureLagrangian(Lagrangians.identity())
                    .hiddenLagrangian(Lagrangians.logSumExp(0.05)).tauFeature(1).tauHidden(0.1).build();
            y0 = network.adiabaticState(corrupt(xi.row(0), 0.2, r));
            yDot = new double[y0.length];
        }
    }

    @Benchmark
    public double[] m2Rhs(NetworkState s) {
        s.network.computeDerivatives(0, s.y0, s.yDot);
        return s.yDot;
    }

    @Benchmark
    public Trajectory m2Integrate(NetworkState s) {
        Trajectory t = Simulation.of(s.network).integrator(Integrator.RUNGE_KUTTA).step(0.05)
                .stopAtFixedPoint(1e-6).duration(50).sampleEvery(1).run(s.y0);
        if (t.stopReason() != StopReason.FIXED_POINT) throw new IllegalStateException("no fixed point: " + t.message());
        return t;
    }

    // --- a capacity-curve point: 8 trials of K = 1000 random patterns, N_f = 784, F = x³ -------

    @State(Scope.Benchmark)
    public static class CapacityState {
        static final int TRIALS = 8;
        long next = 1;
    }

    /**
     * Eight independent trials: fresh ±1 patterns, one corrupted in 20% of its units, retrieved by
     * asynchronous sweeps (at most 20) and counted when exact. Trials run on both cores, each with
     * its own random stream; inside a trial the sweeps are sequential.
     */
    @Benchmark
    public int capacityPoint(CapacityState s) {
        long seed = s.next;
        s.next += CapacityState.TRIALS;
        int[] exact = new int[CapacityState.TRIALS];
        int parts = Math.min(Parallel.threads(), CapacityState.TRIALS);
        Parallel.forEach(parts, p -> {
            for (int t = p; t < CapacityState.TRIALS; t += parts) exact[t] = trial(seed + t) ? 1 : 0;
        });
        int sum = 0;
        for (int e : exact) sum += e;
        return sum;
    }

    static boolean trial(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Memories xi = signs(1000, N_F, r);
        double[] target = xi.row(r.nextInt(xi.count()));
        DenseAssociativeMemory dam = new DenseAssociativeMemory(xi, ScalarFunction.power(3));
        Retrieval result = dam.retrieve(corrupt(target, 0.2, r), 20, 0);
        return java.util.Arrays.equals(result.state(), target);
    }
}
