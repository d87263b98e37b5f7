package dsw.diagrams.sequence;

import dsw.model.trace.Decision;

/**
 * The background of a pattern decision's note in a sequence diagram, one per family of patterns,
 * in the hues the app's space-time diagram gives the same families (light, so the note's text
 * stays readable). Immutable, thread-safe.
 */
enum DecisionTint {
    RESILIENCE("Resilience", "#FFD8D3"),
    PROTECTION("Protection", "#FFF1C2"),
    MESSAGING("Messaging", "#D6E8FF"),
    BALANCING("Balancing", "#D3F2DA");

    private final String title;
    private final String colour;

    DecisionTint(String title, String colour) {
        this.title = title;
        this.colour = colour;
    }

    String title() {
        return title;
    }

    /** A PlantUML colour literal, the writer's own text. */
    String colour() {
        return colour;
    }

    /** The tint of a decision's family, or null for {@link Decision#NONE}. */
    static DecisionTint of(Decision decision) {
        return switch (decision.family()) {
            case NONE -> null;
            case RESILIENCE -> RESILIENCE;
            case PROTECTION -> PROTECTION;
            case MESSAGING -> MESSAGING;
            case BALANCING -> BALANCING;
        };
    }
}
