package dsw.diagrams.state;

import java.util.Objects;

/**
 * A transition seen in a run, to overlay on a {@link StateDiagram}. Immutable, thread-safe.
 *
 * @param from the state left
 * @param to the state entered
 * @param at the virtual time it happened, in microseconds, or -1 when unknown
 * @param cause why, such as {@code 6 of 10 calls failed}; may be empty
 */
public record ObservedTransition(String from, String to, long at, String cause) {
    public ObservedTransition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (at < -1) {
            throw new IllegalArgumentException("time of an observed transition must be -1 (unknown) or above: " + at);
        }
        cause = cause == null ? "" : cause;
    }

    /** A transition seen at an unknown time, for no stated reason. */
    public static ObservedTransition of(String from, String to) {
        return new ObservedTransition(from, to, -1, "");
    }
}
