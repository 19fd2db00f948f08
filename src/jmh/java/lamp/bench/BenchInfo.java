package lamp.bench;

import lamp.linalg.Dense;

import lamp.linalg.Blas;
import lamp.linalg.Parallel;

/**
 * Prints, as one JSON object, the dense backend and thread count the benchmarks run with; the first
 * argument, if any, is the OpenBLAS kernel ("core") that bench.sh found for the same environment.
 */
public final class BenchInfo {
    private BenchInfo() {}

    public static void main(String[] args) {
        System.out.println("{\"backend\": \"" + Blas.active().description().replace("\"", "'")
                + "\", \"fused\": \"" + Dense.singlePassDescription() + "\", \"threads\": " + Parallel.threads()
                + ", \"java\": \"" + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "\""
                + ", \"core\": \"" + (args.length > 0 ? args[0].replace("\"", "'") : "unknown") + "\"}");
    }
}
