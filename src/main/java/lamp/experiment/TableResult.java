package lamp.experiment;

import java.util.OptionalLong;
import tech.tablesaw.api.Table;

/**
 * An {@link ExperimentResult} that is its table and its seed alone (β sweeps, stable counts, timescale
 * sweeps, network retrievals). The experiment that builds it hands over the seed from its settings
 * (empty if it draws nothing at random); the seed is never read back from the table.
 */
public final class TableResult implements ExperimentResult {
    private final Table table;
    private final OptionalLong seed;

    TableResult(Table table, OptionalLong seed) {
        if (seed == null) throw new IllegalArgumentException("seed is null (use OptionalLong.empty() for none)");
        this.table = table.copy();
        this.seed = seed;
    }

    /** The seed the experiment was given; empty for one that draws nothing at random. */
    @Override
    public OptionalLong seed() {
        return seed;
    }

    @Override
    public Table table() {
        return table.copy();
    }

    /** The number of rows (measured points). */
    public int rowCount() {
        return table.rowCount();
    }

    @Override
    public String toString() {
        return table.print();
    }
}
