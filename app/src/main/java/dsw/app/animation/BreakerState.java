package dsw.app.animation;

import dsw.model.trace.Decision;

/** The state of a circuit breaker as its decisions in a trace say, from the best to the worst. Thread-safe. */
public enum BreakerState {
    /** Calls flow. */
    CLOSED("closed"),
    /** A few trial calls go through. */
    HALF_OPEN("half-open"),
    /** Calls fail at once until the wait is over. */
    OPEN("open");

    private final String text;

    BreakerState(String text) {
        this.text = text;
    }

    /** The word a badge or tooltip shows, such as "half-open". */
    public String text() {
        return text;
    }

    /** The state a breaker decision leads to, or null for a decision that is no breaker's. */
    public static BreakerState after(Decision decision) {
        return switch (decision) {
            case BREAKER_OPEN -> OPEN;
            case BREAKER_HALF_OPEN -> HALF_OPEN;
            case BREAKER_CLOSED -> CLOSED;
            default -> null;
        };
    }
}
