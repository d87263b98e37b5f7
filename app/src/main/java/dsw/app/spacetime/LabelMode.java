package dsw.app.spacetime;

/** What the space-time diagram writes next to each event. Immutable. */
public enum LabelMode {
    /** The event's Lamport clock. */
    LAMPORT("Lamport"),
    /** The event's vector clock. */
    VECTOR("Vector"),
    /** No labels. */
    NONE("None");

    private final String displayName;

    LabelMode(String displayName) {
        this.displayName = displayName;
    }

    /** The name on the panel's label chooser. */
    public String displayName() {
        return displayName;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
