package dsw.simulation.message;

/**
 * A counter's value with the version it was read at: what a read for a read-modify-write
 * returns, and what the write that follows sets (the new value, based on the version read).
 * Immutable, thread-safe.
 */
public record Versioned(long value, long version) {
    /** A key never written: value 0 at version 0. */
    public static final Versioned NONE = new Versioned(0, 0);

    /** The version of a value a cache is filled with: not based on any version the cache holds. */
    public static final long ANY = -1;

    /** A value to store as it is, whatever the store holds (a cache fill). */
    public static Versioned fill(long value) {
        return new Versioned(value, ANY);
    }

    /** True for a write based on a version read before (a read-modify-write), false for a fill. */
    public boolean basedOnRead() {
        return version != ANY;
    }
}
