package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class BisectionTest {

    /** K ≤ threshold, remembering every K asked so a repeated question fails the test. */
    private static IntPredicate upTo(int threshold, Set<Integer> asked) {
        return k -> {
            assertTrue(k >= 1, "asked K = " + k);
            assertTrue(asked.add(k), "K = " + k + " asked twice");
            return k <= threshold;
        };
    }

    @Test
    void findsTheExactThresholdFromAnyGuess() {
        int[] thresholds = {1, 2, 3, 37, 1000, 123_457};
        for (int t : thresholds) {
            int[] guesses = {1, 2, 5, Math.max(1, t - 1), t, t + 1, 3 * t + 7, 100_000};
            for (int g : guesses) {
                Set<Integer> asked = new HashSet<>();
                Bisection.Bracket b = Bisection.largestPassing(upTo(t, asked), g, 0, 1 << 24);
                assertEquals(t, b.passing(), "threshold " + t + ", guess " + g);
                assertEquals(t + 1, b.failing(), "threshold " + t + ", guess " + g);
                assertEquals(asked.size(), b.evaluations());
                // galloping from the guess takes about log₂ log_{1.25}(miss) steps; bisection then halves
                // ln(hi/lo) and finally hi − lo, about log₂ ln(hi/lo) + log₂ t more
                double miss = Math.abs(Math.log((double) g / t)) / Math.log(1.25);
                double bound = 5 + 2 * Math.log(1 + miss) / Math.log(2) + Math.log(t + 1) / Math.log(2);
                assertTrue(b.evaluations() <= bound,
                        "threshold " + t + ", guess " + g + ": " + b.evaluations() + " evaluations");
            }
        }
    }

    @Test
    void relativeResolutionBracketsTheThreshold() {
        for (int t : new int[] {50, 999, 54_321}) {
            for (double r : new double[] {0.01, 0.05, 0.2}) {
                Bisection.Bracket b = Bisection.largestPassing(upTo(t, new HashSet<>()), 17, r, 1 << 24);
                assertTrue(b.passing() <= t && t < b.failing(), t + " in [" + b.passing() + ", " + b.failing() + ")");
                assertTrue(b.failing() - b.passing() <= Math.max(1, Math.floor(r * b.passing())),
                        "bracket [" + b.passing() + ", " + b.failing() + ") wider than resolution " + r);
            }
        }
    }

    @Test
    void aGoodGuessCostsTwoBracketingSteps() {
        // the threshold within 25 % above the guess: guess, 1.25·guess, then bisection of a 25 % bracket
        Set<Integer> asked = new HashSet<>();
        Bisection.Bracket b = Bisection.largestPassing(upTo(11_000, asked), 10_000, 0.02, 1 << 24);
        assertEquals(10_000, asked.stream().mapToInt(Integer::intValue).min().getAsInt());
        assertTrue(asked.contains(12_500), asked.toString());
        // ln 1.25 / ln 1.02 ≈ 11.3: four halvings of the log bracket reach 2 %
        assertEquals(6, b.evaluations(), asked.toString());
        assertTrue(b.passing() <= 11_000 && 11_000 < b.failing());
    }

    @Test
    void failingAtOneGivesZero() {
        Bisection.Bracket b = Bisection.largestPassing(k -> false, 40, 0, 1000);
        assertEquals(new Bisection.Bracket(0, 1, 5), b, "asked 40, 32, 20, 8, 1: steps 1.25, 1.25², 1.25⁴, 1.25⁸");
    }

    @Test
    void stillPassingAtTheLimitIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Bisection.largestPassing(k -> true, 3, 0, 40));
        assertEquals("the predicate still holds at the limit K = 40 (evaluations: 5)", e.getMessage());
        assertEquals(40, Bisection.largestPassing(k -> k <= 40, 3, 0, 41).passing(), "at the limit minus one it is found");
    }

    @Test
    void badArguments() {
        assertEquals("predicate is null", assertThrows(IllegalArgumentException.class,
                () -> Bisection.largestPassing(null, 1, 0, 10)).getMessage());
        assertEquals("guess must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> Bisection.largestPassing(k -> true, 0, 0, 10)).getMessage());
        assertEquals("guess 11 is above the limit 10", assertThrows(IllegalArgumentException.class,
                () -> Bisection.largestPassing(k -> true, 11, 0, 10)).getMessage());
        assertEquals("resolution must be finite and >= 0, got -0.1", assertThrows(IllegalArgumentException.class,
                () -> Bisection.largestPassing(k -> true, 1, -0.1, 10)).getMessage());
    }
}
