package dsw.simulation.message;

/**
 * A counter's value with the version it was read at: what a read for a read-modify-write
 * returns, and what the write that follows sets (the new value, based on the version read).
 * Immutable, thread-safe.
 */
public record Versioned(long value, long version) {
    /** A key never written: value 0 at version 0. */
    public static final Versioned NONE = new Versioned(0, 0);
}
