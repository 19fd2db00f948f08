package lamp.dynamics;

import java.util.List;
import tech.tablesaw.columns.Column;

/**
 * Something recorded along a {@link Simulation} besides time, energy and speed: the overlaps with the
 * memories, the nearest memory, the Hessians' smallest eigenvalues, any quantity of the state (see
 * {@link Observers}). Like commons-math3's fixed-step handlers it sees the run only at the sample
 * times; unlike them it owns named columns of the {@link Trajectory}'s table, one value per sample.
 *
 * <p>An observer is a description: reusable, and safe to share between runs and threads. Each run
 * calls {@link #start} once and records through the {@link Recorder} it returns.
 */
@FunctionalInterface
public interface Observer {

    /**
     * Starts recording one run of {@code model} from the initial state {@code y0} (read only). Check
     * here that the observer fits the model; an IllegalArgumentException naming the mismatch stops
     * the run before it begins.
     */
    Recorder start(EnergyModel model, double[] y0);

    /** What one observer records during one run. */
    interface Recorder {
        /**
         * Its columns, created (empty) by {@link Observer#start} and filled by {@link #sample}, one
         * value per sample; their names must differ from every other column of the trajectory.
         */
        List<Column<?>> columns();

        /** Records one sample (called at t = 0 and at every later sample time, in order). */
        void sample(Sample sample);
    }
}
