package lamp.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Builds a result table one row at a time; the first row fixes the columns, their order and types. */
final class Rows {
    private final String name;
    private final Map<String, Column<?>> columns = new LinkedHashMap<>();
    private Map<String, Object> row = new LinkedHashMap<>();

    Rows(String name) { this.name = name; }

    Rows put(String column, Object value) {
        row.put(column, value);
        return this;
    }

    void end() {
        if (columns.isEmpty()) {
            row.forEach((k, v) -> columns.put(k, create(k, v)));
        }
        if (!columns.keySet().equals(row.keySet())) throw new IllegalStateException("row columns " + row.keySet() + " differ from " + columns.keySet());
        row.forEach((k, v) -> append(columns.get(k), v));
        row = new LinkedHashMap<>();
    }

    Table table() {
        return Table.create(name, columns.values().toArray(new Column<?>[0]));
    }

    private static Column<?> create(String name, Object v) {
        if (v instanceof String) return StringColumn.create(name);
        if (v instanceof Integer) return IntColumn.create(name);
        if (v instanceof Long) return LongColumn.create(name);
        if (v instanceof Double) return DoubleColumn.create(name);
        throw new IllegalStateException("unsupported cell " + v);
    }

    private static void append(Column<?> c, Object v) {
        if (c instanceof StringColumn s) s.append((String) v);
        else if (c instanceof IntColumn i) i.append((Integer) v);
        else if (c instanceof LongColumn l) l.append((Long) v);
        else ((DoubleColumn) c).append((Double) v);
    }
}
