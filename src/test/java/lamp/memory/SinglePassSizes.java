package lamp.memory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import lamp.linalg.Dense;

/**
 * The (N_h, N_f) sizes at which the tests of the single-pass right-hand sides ((M2) in
 * FusedRightHandSideTest, (M6)/(M7) in FusedDriveTest) compare them with the two products written
 * out: odd sizes, one hidden unit, N_h below a block, 43 rows of 797 (all two-pass on this JVM's
 * threshold), then 4099 × 1031, which has at least 2²² entries and so takes the single pass on any path.
 */
public final class SinglePassSizes {
    private SinglePassSizes() {}

    public static final int[][] SIZES = {{1, 7}, {5, 13}, {13, 3}, {83, 29}, {1001, 37}, {2003, 97}, {1, 40001}, {5, 7001}, {43, 797}, {4099, 1031}};

    /** Fails unless the last size takes the single pass, so that some size exercises it. */
    public static void assertTheLastTakesTheSinglePass() {
        int[] last = SIZES[SIZES.length - 1];
        assertTrue(Dense.singlePass(last[0], last[1]),
                last[0] + " × " + last[1] + " is below the single-pass minimum of " + Dense.singlePassMin() + " entries: no size exercises the single pass");
    }
}
