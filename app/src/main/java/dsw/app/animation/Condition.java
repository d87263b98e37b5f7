package dsw.app.animation;

/** How a process is doing at a moment of a run, from the best to the worst. Immutable, thread-safe. */
public enum Condition {
    /** Running and keeping up. */
    UP("up"),
    /**
     * Running, but requests wait for a worker (more unanswered than its concurrency limit) or it
     * turned some away lately (a full queue).
     */
    OVERLOADED("overloaded"),
    /** Paused: stopped for a while, keeping its state. */
    PAUSED("paused"),
    /** Crashed: down until it recovers, with its state lost. */
    CRASHED("crashed");

    private final String text;

    Condition(String text) {
        this.text = text;
    }

    /** The word a badge or tooltip shows, such as "crashed". */
    public String text() {
        return text;
    }
}
