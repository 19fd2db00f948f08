package lamp.verify;

/**
 * What kind of evidence a {@link Claim} gives for the items it names, stated when the claim is made
 * ({@link Claims#check(String, Evidence, java.util.List, String, boolean, String)}). Only a
 * {@link #TEST} can make an item "reproduced" in the {@link Reproduction} table: the others are
 * shown for what they are.
 */
public enum Evidence {
    /**
     * A computation that a wrong implementation or a false statement would fail: a finite difference,
     * a closed form evaluated independently, a run at the edge where the statement decides the outcome.
     */
    TEST("test"),
    /**
     * A formula compared with its own transcription or derivation (two codings of one expression,
     * a rule that holds by construction): it shows the derivation is carried out right, and cannot
     * fail for a false theory. An item resting only on identities is "derived (identity)".
     */
    IDENTITY("identity"),
    /**
     * A test of lamp's extension of the statement (e.g. log-sum-exp on the sphere for Model C), not of
     * the statement as the paper makes it. An item resting only on such claims is "lamp's extension".
     */
    EXTENSION("lamp's extension"),
    /**
     * The statement shown at one setting far from where it could fail (e.g. a load orders of magnitude
     * below a capacity edge): consistent with it, no test of it. It counts for nothing.
     */
    ILLUSTRATION("illustration");

    private final String label;

    Evidence(String label) { this.label = label; }

    /** The kind as the tables show it. */
    public String label() { return label; }
}
