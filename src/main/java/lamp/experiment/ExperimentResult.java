package lamp.experiment;

import tech.tablesaw.api.Table;

/**
 * What an experiment's {@code run()} returns: an immutable result whose table has one row per
 * measured point, with the seed (of an experiment that draws at random) and every parameter in the
 * row. {@link #table()} returns a fresh copy, so a caller that edits it cannot change the result.
 * What later computations read (a capacity curve, a slope, a corruption kind) comes from the result's
 * typed accessors, never back from its table.
 */
public interface ExperimentResult {
    /** The result as a table (a copy). */
    Table table();
}
