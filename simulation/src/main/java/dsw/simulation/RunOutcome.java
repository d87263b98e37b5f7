package dsw.simulation;

/** Why a call that runs the simulation returned. */
public enum RunOutcome {
    /** The run reached its end time: nothing more will happen. */
    FINISHED,
    /** The requested virtual time was reached. */
    TIME_REACHED,
    /** The requested number of trace events was recorded. */
    EVENTS_RECORDED,
    /** An event met the stop condition. */
    CONDITION_MET,
    /** The caller cancelled the run; it can be continued later. */
    CANCELLED
}
