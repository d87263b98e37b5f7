package dsw.app.spacetime;

/** What a process is doing over a stretch of its lane. Immutable. */
public enum LaneState {
    /** Running. */
    UP,
    /** Crashed: from a crash until its recovery. */
    CRASHED,
    /** Paused: from a pause until it resumes. */
    PAUSED
}
