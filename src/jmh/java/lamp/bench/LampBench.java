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
import lamp.limit.PackedDam;
import lamp.linalg.Blas;
import lamp.linalg.Dense;
import lamp.linalg.Float32;
import lamp.linalg.BlockActivation;
import lamp.linalg.Parallel;
import lamp.memory.Memories;
import lamp.memory.PackedPatterns;
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
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class LampBench {
    static final int N_F = 784;

    static Memories gaussian(int k, int n, long seed) {
        return Memories.of(k, n, gaussianArray(k * n, seed));
    }

    /** {@code size} standard normal values from {@code seed}: the data of {@link #gaussian(int, int, long)} as a plain array. */
    static double[] gaussianArray(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] data = new double[size];
        for (int j = 0; j < data.length; j++) data[j] = gaussian(r);
        return data;
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

    // --- single-pass kernels: one (M6) right-hand side, one (M11) update ----------------------

    /** Gaussian ξ (K × 784, row-major) and a Gaussian state v, as plain arrays. */
    @State(Scope.Benchmark)
    public static class FusedState {
        @Param({"60000"}) public int k;
        double[] xi, v, h, f, drive, out;

        @Setup(Level.Trial)
        public void setUp() {
            xi = gaussianArray(k * N_F, 7);
            v = gaussianVector(N_F, new SplittableRandom(8));
            h = new double[k];
            f = new double[k];
            drive = new double[N_F];
            out = new double[N_F];
        }
    }

    /** f = F′(h) = (h)₊² for L_h = Σ_μ (h_μ)₊³/3, one block at a time. */
    static final BlockActivation RECTIFIED_SQUARE = (h, f, from, to) -> {
        for (int mu = from; mu < to; mu++) {
            double x = Math.max(h[mu], 0);
            f[mu] = x * x;
        }
    };

    /** τ_f dv/dt = ξᵀ F′(ξ g(v)) − v + I (M6) with L_v = ½‖v‖² (g = v), L_h = Σ(h)₊³/3, I = 0, τ_f = 1. */
    @Benchmark
    public double[] fusedRhs(FusedState s) {
        Dense.additiveDrive(s.k, N_F, s.xi, s.v, RECTIFIED_SQUARE, s.h, s.f, s.drive);
        for (int i = 0; i < N_F; i++) s.out[i] = s.drive[i] - s.v[i];
        return s.out;
    }

    /** One Model B update v ← ξᵀ softmax(βξq) (M11), β = 1, a single Gaussian query. */
    @Benchmark
    public double[] modernUpdate(FusedState s) {
        Dense.softmaxDrive(s.k, N_F, s.xi, 1.0, s.v, s.h, s.out);
        return s.out;
    }

    // --- batched Model B retrieval in float32 ---------------------------------------------------

    @State(Scope.Benchmark)
    public static class Retrieval32State {
        static final double BETA = 0.05;
        @Param({"256"}) public int batch;
        float[] xi, queries;

        /**
         * The retrieval[B] data (same seeds) rounded to float32; before timing, the float32 update is
         * checked against float64 on the whole set: every query must retrieve the same memory (argmax
         * of its weights) and every update entry must have the same sign, else the benchmark stops.
         */
        @Setup(Level.Trial)
        public void setUp() {
            int k = 60000;
            double[] xi64 = gaussianArray(k * N_F, 3);
            double[] q64 = gaussianVector(batch * N_F, new SplittableRandom(4));
            xi = Float32.of(xi64);
            queries = Float32.of(q64);
            Blas blas = Blas.active();
            double[] scores = new double[batch * k];
            blas.multiplyBatch(batch, k, N_F, xi64, q64, scores);
            float[] scores32 = new float[batch * k];
            Float32.multiplyBatch(batch, k, N_F, xi, queries, scores32);
            int sameMemory = 0;
            for (int b = 0; b < batch; b++) {
                int best = 0, best32 = 0;
                for (int mu = 1; mu < k; mu++) {
                    if (scores[b * k + mu] > scores[b * k + best]) best = mu;
                    if (scores32[b * k + mu] > scores32[b * k + best32]) best32 = mu;
                }
                if (best == best32) sameMemory++;
            }
            for (int b = 0; b < batch; b++) { // float64 reference: max-shifted softmax of each row
                double max = Double.NEGATIVE_INFINITY, total = 0;
                for (int mu = 0; mu < k; mu++) max = Math.max(max, scores[b * k + mu]);
                for (int mu = 0; mu < k; mu++) total += scores[b * k + mu] = Math.exp(BETA * (scores[b * k + mu] - max));
                for (int mu = 0; mu < k; mu++) scores[b * k + mu] /= total;
            }
            double[] v64 = new double[batch * N_F];
            blas.multiplyTransposedBatch(batch, k, N_F, xi64, scores, v64);
            float[] v32 = Float32.attention(batch, k, N_F, xi, BETA, queries);
            int sameSign = 0;
            double maxErr = 0, maxV = 0, minV = Double.POSITIVE_INFINITY;
            for (int j = 0; j < v64.length; j++) {
                if (Math.signum(v64[j]) == Math.signum(v32[j])) sameSign++;
                maxErr = Math.max(maxErr, Math.abs(v32[j] - v64[j]));
                maxV = Math.max(maxV, Math.abs(v64[j]));
                minV = Math.min(minV, Math.abs(v64[j]));
            }
            System.out.printf("retrieval32 check: %d/%d queries retrieve the same memory, %d/%d update entries have the same sign;"
                    + " max |v32 - v64| = %.3g (%.3g of max |v64| = %.3g; smallest |v64| = %.3g)%n",
                    sameMemory, batch, sameSign, v64.length, maxErr, maxErr / maxV, maxV, minV);
            if (sameMemory != batch || sameSign != v64.length) throw new IllegalStateException("float32 retrieval differs from float64");
        }
    }

    @Benchmark
    public float[] retrieval32(Retrieval32State s) {
        return Float32.attention(s.batch, 60000, N_F, s.xi, Retrieval32State.BETA, s.queries);
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

    /** Six warm-up rounds: C2 needs several seconds of this loop before the vector kernels run compiled. */
    @Benchmark
    @Warmup(iterations = 6, time = 1)
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
     * Eight independent trials: fresh ±1 patterns (packed, 64 signs per word), one corrupted in 20% of
     * its units, retrieved by asynchronous sweeps (at most 20) of {@link PackedDam} and counted when
     * exact. Trials run on both cores, each with its own random stream; inside a trial the sweeps are
     * sequential.
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
        PackedPatterns xi = PackedPatterns.random(1000, N_F, seed);
        SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        long[] target = xi.row(r.nextInt(xi.count()));
        double[] start = corrupt(PackedPatterns.unpack(target, N_F), 0.2, r);
        long[] end = new PackedDam(xi, ScalarFunction.power(3)).retrieve(PackedPatterns.pack(start), 20);
        return java.util.Arrays.equals(end, target);
    }
}
