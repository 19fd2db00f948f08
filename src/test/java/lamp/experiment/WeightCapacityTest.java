package lamp.experiment;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class WeightCapacityTest {

    @Test
    void theEstimateAtTenPercentFlippedIsEToTheElevenPointEight() {
        double beta = WeightCapacity.bestBeta(WeightCapacity.Kind.BINARY, 0.1);
        assertEquals(0.5 * Math.log(1.8 / 0.2), beta, 1e-15);                      // artanh 0.8
        assertEquals(11.78, WeightCapacity.logCapacity(WeightCapacity.Kind.BINARY, beta, 0.1, 32), 0.01);
        assertEquals(ModernHopfieldTheory.logCapacity(beta, 0.1, 32), WeightCapacity.logCapacity(WeightCapacity.Kind.BINARY, beta, 0.1, 32), 1e-12);
        // Gaussian: N_f (1 − 2ρ)²/2 at β = 1 − 2ρ
        assertEquals(32 * 0.64 / 2, WeightCapacity.logCapacity(WeightCapacity.Kind.GAUSSIAN, 0.8, 0.1, 32), 1e-12);
        for (double b : new double[] {0.5, 0.7, 0.9, 1.2}) {                        // the best β maximises the estimate
            assertTrue(WeightCapacity.logCapacity(WeightCapacity.Kind.GAUSSIAN, b, 0.1, 32) <= 32 * 0.32 + 1e-12);
        }
    }

    @Test
    void measuredCapacityIsNearTheEstimateInLogarithmAndDeterministic() {
        WeightCapacity.Result r = WeightCapacity.atBestBeta(WeightCapacity.Kind.BINARY, 0.25, 32).trials(16).grid(6, 100_000).seed(3).run();
        assertEquals(0.25, r.rho(), 1e-15);
        assertEquals(Math.log(r.kStar()), r.lnPredicted(), 0.3 * r.lnPredicted());
        WeightCapacity.Result again = WeightCapacity.atBestBeta(WeightCapacity.Kind.BINARY, 0.25, 32).trials(16).grid(6, 100_000).seed(3).run();
        assertEquals(r.kStar(), again.kStar(), 0);
        assertEquals(1, r.table().rowCount());
    }

    @Test
    void aTargetWithoutRivalsAlwaysWinsAndACloseRivalCrowdBeatsIt() {
        WeightCapacity w = WeightCapacity.of(WeightCapacity.Kind.BINARY, 1, 0.25).features(8);
        assertTrue(w.targetWins(1, 5));
        int wins = 0;
        for (int t = 0; t < 20; t++) if (w.targetWins(100_000, t)) wins++;        // 10⁵ rivals in 2⁸ patterns: the target loses
        assertEquals(0, wins);
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WeightCapacity.of(WeightCapacity.Kind.BINARY, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> WeightCapacity.of(WeightCapacity.Kind.BINARY, -1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> WeightCapacity.of(WeightCapacity.Kind.BINARY, 1, 0.01).features(8));
        assertThrows(IllegalArgumentException.class, () -> WeightCapacity.of(null, 1, 0.1));
    }
}
