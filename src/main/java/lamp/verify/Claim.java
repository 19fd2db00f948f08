package lamp.verify;

/**
 * One checked statement of the paper or of MATH.md: its id (e.g. {@code "A.3"}), the reference it
 * comes from (e.g. {@code "MATH §5.8"}), the statement, where it is checked, the numbers that
 * decided it, and whether it held.
 */
public record Claim(String id, String reference, String statement, String notebook, String evidence, boolean passed) {
    @Override
    public String toString() {
        return (passed ? "PASS " : "FAIL ") + id + " [" + reference + "] " + statement + " — " + evidence;
    }
}
