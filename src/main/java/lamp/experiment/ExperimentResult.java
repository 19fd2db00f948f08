package lamp.experiment;

import java.util.OptionalLong;
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

    /**
     * The seed the experiment drew its randomness from, as set on its builder; where trials draw
     * streams derived from one base seed, that base seed. Empty for a deterministic experiment (one
     * that draws nothing at random, or whose random inputs the caller drew). When the table has a
     * seed column, this is its value.
     */
    OptionalLong seed();
}
