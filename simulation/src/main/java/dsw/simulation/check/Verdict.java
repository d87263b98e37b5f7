package dsw.simulation.check;

/** What a checker concluded about a history. */
public enum Verdict {
    /** The history keeps the promise. */
    OK,
    /** The history breaks the promise; see the violation. */
    VIOLATION,
    /** The check was cancelled or ran out of time before it knew. */
    UNKNOWN
}
