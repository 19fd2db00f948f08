package lamp.experiment;

import tech.tablesaw.api.Table;

/** An {@link ExperimentResult} that is its table alone (capacity curves, basins, β sweeps, …). */
public final class TableResult implements ExperimentResult {
    private final Table table;

    TableResult(Table table) {
        this.table = table.copy();
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
