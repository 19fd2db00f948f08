package lamp.experiment;

import java.util.function.IntPredicate;
import lamp.base.Checks;
import lamp.base.Interrupts;

/**
 * The largest integer K ≥ 1 at which a predicate that holds for small K and fails for large K
 * still holds, found by bracketing from a guess and bisecting (used by {@link CapacityScaling} for
 * K_max, the largest number of memories recalled without error).
 *
 * <p>From the guess g the bracket is grown by a galloping search in ln K, with steps that double
 * from a factor 5/4: up (1.25 g, 1.25³ g, 1.25⁷ g, …) while the predicate holds, down likewise
 * (down to K = 1) while it fails; a good guess costs two evaluations and a bracket only 25 % wide,
 * a poor one a few more. It is then halved at the geometric mean of its ends (a
 * bisection on the log grid of K, which on integers is also an ordinary one) until it is no wider
 * than max(1, ⌊resolution·K⌋). With resolution 0 the result is exact: {@code passing} holds and
 * {@code failing} = passing + 1 fails. Every K is asked at most once. For a monotone predicate the
 * threshold lies in [passing, failing); for a noisy one (a fraction of random trials), passing and
 * failing are still a tested K that passed and a larger tested K that failed.
 */
public final class Bisection {
    private Bisection() {}

    /** The first bracketing step, as a factor on K; each further step squares it. */
    static final double FIRST_STEP = 1.25;

    /**
     * The bracket found: {@code passing} is the largest K tested that passed (0 when K = 1 failed),
     * {@code failing} the smallest K tested above it that failed, {@code evaluations} how many times
     * the predicate was asked.
     */
    public record Bracket(int passing, int failing, int evaluations) {}

    /**
     * Brackets and bisects {@code pass} starting at {@code guess} (≥ 1), never asking above
     * {@code limit}; the bracket ends no wider than max(1, ⌊resolution·passing⌋), resolution ≥ 0.
     * Fails with a message if the predicate still holds at {@code limit}.
     */
    public static Bracket largestPassing(IntPredicate pass, int guess, double resolution, int limit) {
        if (pass == null) throw new IllegalArgumentException("predicate is null");
        Checks.count("limit", limit, 1);
        Checks.count("guess", guess, 1);
        if (guess > limit) throw new IllegalArgumentException("guess " + guess + " is above the limit " + limit);
        Checks.atLeast("resolution", resolution, 0);
        Interrupts.check("in Bisection before its first evaluation, at K = " + guess);
        int evaluations = 1;
        int lo, hi;
        double factor = FIRST_STEP;
        if (pass.test(guess)) {
            lo = guess;
            while (true) {
                if (lo == limit) {
                    throw new IllegalStateException("the predicate still holds at the limit K = " + limit + " (evaluations: " + evaluations + ")");
                }
                int next = (int) Math.min(limit, Math.max(lo + 1L, (long) Math.ceil(lo * factor)));
                factor *= factor;
                Interrupts.check("in Bisection after " + evaluations + " evaluations, K = " + lo + " passing");
                evaluations++;
                if (!pass.test(next)) {
                    hi = next;
                    break;
                }
                lo = next;
            }
        } else {
            hi = guess;
            while (true) {
                if (hi == 1) return new Bracket(0, 1, evaluations);
                int next = (int) Math.max(1, Math.min(hi - 1L, (long) Math.floor(hi / factor)));
                factor *= factor;
                Interrupts.check("in Bisection after " + evaluations + " evaluations, K = " + hi + " failing");
                evaluations++;
                if (pass.test(next)) {
                    lo = next;
                    break;
                }
                hi = next;
            }
        }
        while (hi - lo > Math.max(1, (long) Math.floor(resolution * lo))) {
            int mid = (int) Math.round(Math.sqrt((double) lo * hi));
            mid = Math.max(lo + 1, Math.min(hi - 1, mid));
            Interrupts.check("in Bisection after " + evaluations + " evaluations, bracket [" + lo + ", " + hi + "]");
            evaluations++;
            if (pass.test(mid)) lo = mid;
            else hi = mid;
        }
        return new Bracket(lo, hi, evaluations);
    }
}
