package lamp.experiment;

import tech.tablesaw.api.Table;

/**
 * What an experiment's {@code run()} returns: an immutable result whose table has one row per
 * measured point, with the seed and every parameter in the row. {@link #table()} returns a fresh
 * copy, so a caller that edits it cannot change the result.
 */
public interface ExperimentResult {
    /** The result as a table (a copy). */
    Table table();
}
