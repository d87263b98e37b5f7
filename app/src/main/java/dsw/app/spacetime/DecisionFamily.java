package dsw.app.spacetime;

import dsw.model.trace.Decision;

/**
 * The family of patterns a {@link Decision} comes from, which picks the colour of its diamond in
 * the space-time diagram and its entry in the legend. Immutable, thread-safe.
 */
public enum DecisionFamily {
    /** Not a pattern's decision: drawn as a plain dot. */
    NONE("", ""),
    /** Caller-side resilience: timeouts, retries, hedging, circuit breakers, bulkheads, throttles. */
    RESILIENCE("Resilience", "-dsw-st-resilience"),
    /** Callee-side protection: rate limiting, load shedding, graceful shutdown. */
    PROTECTION("Protection", "-dsw-st-protection"),
    /** Idempotency and messaging: de-duplication, conditional writes, redelivery, dead letters. */
    MESSAGING("Messaging", "-dsw-st-messaging"),
    /** Load balancing and discovery: health checks, key movement, registry look-ups and expiry. */
    BALANCING("Balancing", "-dsw-st-balancing");

    private final String title;
    private final String cssProperty;

    DecisionFamily(String title, String cssProperty) {
        this.title = title;
        this.cssProperty = cssProperty;
    }

    /** The family's name in the legend, such as "Resilience". */
    public String title() {
        return title;
    }

    /** The CSS property of {@code SpaceTimeCanvas} that gives the family's colour. */
    String cssProperty() {
        return cssProperty;
    }

    /** The family of a decision; {@link #NONE} for {@link Decision#NONE}. */
    public static DecisionFamily of(Decision decision) {
        return switch (decision.family()) {
            case NONE -> NONE;
            case RESILIENCE -> RESILIENCE;
            case PROTECTION -> PROTECTION;
            case MESSAGING -> MESSAGING;
            case BALANCING -> BALANCING;
        };
    }
}
