package lamp.dynamics;

import tech.tablesaw.api.Table;

/**
 * Loads Tablesaw's {@link Table} class on a background thread. Loading it scans the whole class path for
 * Tablesaw's file readers and writers (ClassGraph; about half a second in a fresh JVM on two cores, more
 * on a Jupyter kernel's class path), a cost lamp has no use for and would otherwise pay inside the first
 * cell that returns a table. lamp's kernel starts it when the kernel starts (lamp.display.Warmup), while the
 * reader reads. Changes no result; a call that needs the class first simply waits for the load to finish,
 * as the JVM makes every class load wait for one in progress. (Started beside a computation in a fresh JVM
 * instead, its four scanning threads took as much from the computation as they saved: bench.sh --cold.)
 */
public final class TableLoading {
    private static volatile Thread started;

    private TableLoading() {}

    /** Starts the load once per JVM (later calls do nothing) and returns at once. */
    public static void start() {
        if (started != null) return;
        synchronized (TableLoading.class) {
            if (started != null) return;
            Thread t = new Thread(TableLoading::load, "lamp-table-loading");
            t.setDaemon(true);
            started = t;
            t.start();
        }
    }

    private static void load() {
        try {
            Class.forName(Table.class.getName(), true, TableLoading.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // the caller that needs the class loads it itself and gets the same error, with its own stack
        }
    }
}
