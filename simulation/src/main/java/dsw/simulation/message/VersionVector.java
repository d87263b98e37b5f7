package dsw.simulation.message;

import java.util.ArrayList;
import java.util.List;

/**
 * A count per replica (by instance, from 0): how many writes accepted at each replica a version
 * has seen (multi-leader siblings), or how many increments each replica has accepted (a
 * grow-only counter). One vector dominates another when it is at least as large everywhere; two
 * vectors neither of which dominates the other are concurrent. Immutable, thread-safe.
 */
public record VersionVector(List<Long> counts) {
    public static final VersionVector EMPTY = new VersionVector(List.of());

    public VersionVector {
        counts = List.copyOf(counts);
    }

    /** The count of replica {@code replica}, 0 when it has none. */
    public long get(int replica) {
        return replica < counts.size() ? counts.get(replica) : 0;
    }

    /** This vector with replica {@code replica}'s count one higher. */
    public VersionVector tick(int replica) {
        List<Long> next = new ArrayList<>(counts);
        while (next.size() <= replica) {
            next.add(0L);
        }
        next.set(replica, get(replica) + 1);
        return new VersionVector(next);
    }

    /** The larger count of the two vectors, replica by replica. */
    public VersionVector merge(VersionVector other) {
        List<Long> merged = new ArrayList<>();
        for (int i = 0; i < Math.max(counts.size(), other.counts.size()); i++) {
            merged.add(Math.max(get(i), other.get(i)));
        }
        return new VersionVector(merged);
    }

    /** Whether this vector is at least {@code other} for every replica: it has seen everything {@code other} has. */
    public boolean dominates(VersionVector other) {
        for (int i = 0; i < Math.max(counts.size(), other.counts.size()); i++) {
            if (get(i) < other.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The sum of the counts: a grow-only counter's value. */
    public long total() {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /** Equal counts, whatever trailing zeros either vector has. */
    public boolean sameAs(VersionVector other) {
        return dominates(other) && other.dominates(this);
    }
}
