package dsw.simulation.behavior;

import java.util.HashMap;
import java.util.Map;

/**
 * The observer's record of what one leaderless component has acknowledged: per key, the newest
 * version a coordinator answered ok for a write, and when. Shared by the component's instances in
 * one run so that a read can be called stale; no replica consults it to decide anything. Not
 * thread-safe.
 */
final class AcknowledgedWrites {
    /** A version acknowledged at a moment of virtual time. */
    record Acknowledged(long version, long at) {
        static final Acknowledged NONE = new Acknowledged(0, 0);
    }

    private final Map<Integer, Acknowledged> newest = new HashMap<>();

    void acknowledged(int key, long version, long at) {
        Acknowledged old = newest.get(key);
        if (old == null || version > old.version()) {
            newest.put(key, new Acknowledged(version, at));
        }
    }

    /** The newest version of {@code key} acknowledged so far, or {@link Acknowledged#NONE}. */
    Acknowledged newest(int key) {
        return newest.getOrDefault(key, Acknowledged.NONE);
    }
}
