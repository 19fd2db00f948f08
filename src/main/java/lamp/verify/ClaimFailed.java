package lamp.verify;

/** Thrown when a checked claim does not hold, so a notebook run stops at the failing cell. */
public final class ClaimFailed extends RuntimeException {
    /** The claim that failed. */
    public ClaimFailed(Claim claim) {
        super(message(claim));
    }

    private static String message(Claim claim) {
        if (claim == null) throw new IllegalArgumentException("the failed claim is null");
        return "claim " + claim.id() + " FAILED: " + claim.statement() + " — " + claim.evidence();
    }
}
