package dsw.simulation.message;

import dsw.model.trace.Trace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * What a multi-leader replica holds for one key, in the form its conflict resolution needs, and
 * what it sends its peers. {@link #merge} is commutative, associative and idempotent, so replicas
 * that have received the same states hold the same state whatever the order. Immutable records,
 * thread-safe.
 *
 * <p>A delete is a tombstone: under last writer wins a {@link Lww} whose value is {@link
 * Trace#NO_VALUE}, under siblings a {@link Sibling} with that value. It merges like a write and
 * reads as absent; the grow-only counter and set have none.
 */
public sealed interface KeyState {
    int key();

    /** This state merged with {@code other}, a state of the same key and kind. */
    KeyState merge(KeyState other);

    /** Bytes on the wire. */
    int bytes();

    /**
     * Last writer wins: one value with the physical-clock stamp of the replica that accepted it.
     *
     * @param instance the accepting replica (from 1), which breaks ties between equal stamps
     * @param acceptedAt the virtual time it was accepted: an observer's note, never used to decide
     */
    record Lww(int key, long value, int request, int size, long stamp, int instance, long acceptedAt)
            implements KeyState {
        /** A delete stamped like a write. */
        public static Lww tombstone(int key, int request, long stamp, int instance, long acceptedAt) {
            return new Lww(key, Trace.NO_VALUE, request, 0, stamp, instance, acceptedAt);
        }

        /** True for a delete's tombstone, which reads as absent. */
        public boolean deleted() {
            return value == Trace.NO_VALUE;
        }

        /** Whether this write's stamp is later than {@code other}'s: the one a replica keeps. */
        public boolean beats(Lww other) {
            return stamp > other.stamp || (stamp == other.stamp && instance > other.instance);
        }

        @Override
        public KeyState merge(KeyState other) {
            return other instanceof Lww o && o.beats(this) ? o : this;
        }

        @Override
        public int bytes() {
            return size + 16;
        }
    }

    /** One version of a key under siblings: a value and the version vector of what its writer had seen. */
    record Sibling(long value, int size, VersionVector clock) {
        /** A delete that supersedes what {@code clock} covers. */
        public static Sibling tombstone(VersionVector clock) {
            return new Sibling(Trace.NO_VALUE, 0, clock);
        }

        /** True for a delete's tombstone, which reads as absent. */
        public boolean deleted() {
            return value == Trace.NO_VALUE;
        }
    }

    /** Every version of a key that no other version has seen: one, or several concurrent siblings. */
    record Siblings(int key, List<Sibling> versions) implements KeyState {
        public Siblings {
            versions = List.copyOf(versions);
        }

        @Override
        public KeyState merge(KeyState other) {
            if (!(other instanceof Siblings o)) {
                return this;
            }
            List<Sibling> all = new ArrayList<>(versions);
            all.addAll(o.versions);
            List<Sibling> kept = new ArrayList<>();
            for (Sibling s : all) {
                boolean superseded = all.stream()
                        .anyMatch(t ->
                                t.clock().dominates(s.clock()) && !s.clock().dominates(t.clock()));
                boolean known = kept.stream().anyMatch(k -> k.clock().sameAs(s.clock()));
                if (!superseded && !known) {
                    kept.add(s);
                }
            }
            kept.sort(Comparator.comparingLong(Sibling::value));
            return new Siblings(key, kept);
        }

        /** The values of the versions that are not tombstones, in the versions' order: what a read finds. */
        public List<Long> values() {
            return versions.stream()
                    .filter(s -> !s.deleted())
                    .map(Sibling::value)
                    .toList();
        }

        /** Everything the versions have seen: the context a write that replaces them all carries. */
        public VersionVector context() {
            VersionVector merged = VersionVector.EMPTY;
            for (Sibling s : versions) {
                merged = merged.merge(s.clock());
            }
            return merged;
        }

        @Override
        public int bytes() {
            return versions.stream()
                    .mapToInt(s -> s.size() + 8 * s.clock().counts().size())
                    .sum();
        }
    }

    /** A grow-only counter: each replica's count of the increments it accepted; the value is their sum. */
    record Counter(int key, VersionVector counts) implements KeyState {
        @Override
        public KeyState merge(KeyState other) {
            return other instanceof Counter o ? new Counter(key, counts.merge(o.counts)) : this;
        }

        @Override
        public int bytes() {
            return 8 * counts.counts().size();
        }
    }

    /** A grow-only set of the values written, in ascending order. */
    record Members(int key, List<Long> values) implements KeyState {
        public Members {
            values = List.copyOf(new TreeSet<>(values));
        }

        @Override
        public KeyState merge(KeyState other) {
            if (!(other instanceof Members o)) {
                return this;
            }
            List<Long> union = new ArrayList<>(values);
            union.addAll(o.values);
            return new Members(key, union);
        }

        @Override
        public int bytes() {
            return 8 * values.size();
        }
    }
}
