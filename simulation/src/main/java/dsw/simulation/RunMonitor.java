package dsw.simulation;

/**
 * Lets the caller of a long run cancel it and follow its progress. The simulation polls it
 * from its own thread every few thousand events; implementations must be thread-safe.
 */
public interface RunMonitor {
    RunMonitor NONE = new RunMonitor() {};

    /** Checked regularly; true stops the run, which then returns {@link RunOutcome#CANCELLED}. */
    default boolean isCancelled() {
        return false;
    }

    /**
     * Reports progress.
     *
     * @param now the virtual time reached
     * @param end the run's end time
     * @param events trace events recorded so far
     */
    default void progress(long now, long end, int events) {}
}
