package lamp.verify;

/** Thrown when a checked claim does not hold, so a notebook run stops at the failing cell. */
public final class ClaimFailed extends RuntimeException {
    /** The claim that failed. */
    public ClaimFailed(Claim claim) {
        super("claim " + claim.id() + " FAILED: " + claim.statement() + " — " + claim.evidence());
    }
}
