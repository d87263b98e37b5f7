package dsw.simulation.check;

/** How an operation ended, as the client saw it. */
public enum Completion {
    /** It happened, with the result recorded. */
    OK,
    /** It certainly did not happen. */
    FAIL,
    /** Unknown (Jepsen's {@code :info}, a timeout, or no completion at all): it may take effect at any later time. */
    OPEN
}
