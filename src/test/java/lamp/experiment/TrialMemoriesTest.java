package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import lamp.memory.Memories;
import lamp.memory.Patterns;
import org.junit.jupiter.api.Test;

class TrialMemoriesTest {

    @Test
    void everyKIsTheDrawPatternsWouldMake() {
        long[] seeds = {11, -3, Seeds.derive(5, 4, 7, 0)};
        TrialMemories draws = new TrialMemories(7, seeds);
        // up, down, up beyond the largest so far, down again: K·N_f = 7K is rarely a multiple of 64
        int[] ks = {10, 3, 9, 10, 1, 40, 37, 41, 13};
        for (int t = 0; t < seeds.length; t++) {
            for (int k : ks) {
                Memories got = draws.get(t, k), expected = Patterns.randomBinary(k, 7, seeds[t]);
                assertEquals(k, got.count());
                assertEquals(7, got.dimension());
                assertArrayEquals(expected.toRowMajor(), got.toRowMajor(), "trial " + t + ", K = " + k);
            }
        }
    }
}
