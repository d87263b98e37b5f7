package dsw.simulation.message;

import java.util.List;

/**
 * A counter's value with the version it was read at: what a read for a read-modify-write
 * returns, and what the write that follows sets (the new value, based on the version read).
 * Immutable, thread-safe.
 *
 * @param values under multi-leader replication, every value a read found when the key holds
 *     several: its concurrent siblings, or a set's members; empty otherwise
 * @param context under multi-leader siblings, the version vector of what the read saw, which the
 *     write of a read-modify-write carries back so that it replaces those siblings; empty otherwise
 */
public record Versioned(long value, long version, List<Long> values, VersionVector context) {
    /** A key never written: value 0 at version 0. */
    public static final Versioned NONE = new Versioned(0, 0);

    public Versioned {
        values = List.copyOf(values);
    }

    /** One value at one version. */
    public Versioned(long value, long version) {
        this(value, version, List.of(), VersionVector.EMPTY);
    }

    /** What a read-modify-write writes after this read: {@code newValue}, based on this read's version and context. */
    public Versioned basedOn(long newValue) {
        return new Versioned(newValue, version, List.of(), context);
    }

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
