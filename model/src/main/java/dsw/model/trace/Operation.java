package dsw.model.trace;

/** What a request asks for. */
public enum Operation {
    NONE(""),
    READ("GET"),
    WRITE("PUT"),
    DELETE("DEL"),
    /** A non-idempotent write: add one to the key's counter. */
    INCREMENT("INC");

    private final String verb;

    Operation(String verb) {
        this.verb = verb;
    }

    /** The short verb in labels, such as {@code GET}. */
    public String verb() {
        return verb;
    }
}
