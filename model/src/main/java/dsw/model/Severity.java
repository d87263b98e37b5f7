package dsw.model;

/** How much a problem or finding matters, most serious first. */
public enum Severity {
    /** The design cannot be used as it is. */
    ERROR,
    /** Works, but probably not as the author meant. */
    WARNING,
    /** Worth knowing. */
    INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
