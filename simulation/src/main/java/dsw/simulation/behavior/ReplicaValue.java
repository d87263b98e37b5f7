package dsw.simulation.behavior;

import dsw.model.trace.Trace;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a leaderless or single-leader replica holds for one key, or a peer said it holds: a
 * version, its value and size. A delete is stored as a tombstone, a version whose value is {@link
 * Trace#NO_VALUE}: it replicates and orders against writes by its version like a write, and reads
 * as absent. Immutable.
 */
record ReplicaValue(long version, long value, int size) {
    static final ReplicaValue NONE = new ReplicaValue(0, 0, 0);

    /** A delete at {@code version}. */
    static ReplicaValue tombstone(long version) {
        return new ReplicaValue(version, Trace.NO_VALUE, 0);
    }

    /** True when a read finds nothing here: the key was never written, or its newest version is a delete. */
    boolean absent() {
        return version == 0 || value == Trace.NO_VALUE;
    }

    /** The value an increment adds one to: 0 when absent. */
    long count() {
        return absent() ? 0 : value;
    }

    /** The newer of this and {@code other} (this one when both have the same version). */
    ReplicaValue newer(ReplicaValue other) {
        return other.version() > version ? other : this;
    }

    /** What a replica holding {@code data} answers reads with: each key's value, keys ascending; a deleted key is absent. */
    static SortedMap<Integer, List<Long>> held(Map<Integer, ReplicaValue> data) {
        SortedMap<Integer, List<Long>> held = new TreeMap<>();
        data.forEach((key, stored) -> {
            if (!stored.absent()) {
                held.put(key, List.of(stored.value()));
            }
        });
        return held;
    }
}
