package lamp.bench;

import lamp.linalg.Blas;
import lamp.linalg.Parallel;

/** Prints, as one JSON object, the dense backend and thread count the benchmarks run with. */
public final class BenchInfo {
    private BenchInfo() {}

    public static void main(String[] args) {
        System.out.println("{\"backend\": \"" + Blas.active().description().replace("\"", "'")
                + "\", \"threads\": " + Parallel.threads()
                + ", \"java\": \"" + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "\"}");
    }
}
