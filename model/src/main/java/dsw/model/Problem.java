package dsw.model;

import java.util.Objects;

/**
 * Something wrong with a design, located by a JSON pointer into its file form (such as
 * {@code /links/3/to}), so that a loader can name the line and column. Immutable.
 */
public record Problem(Severity severity, String pointer, String message) {
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String pointer, String message) {
        return new Problem(Severity.ERROR, pointer, message);
    }

    public static Problem warning(String pointer, String message) {
        return new Problem(Severity.WARNING, pointer, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
