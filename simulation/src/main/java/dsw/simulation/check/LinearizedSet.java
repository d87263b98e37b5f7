package dsw.simulation.check;

import java.util.Arrays;

/**
 * The operations linearized so far, as bits, with compact snapshots for the search's cache: the
 * leading words whose bits are all set are left out of a snapshot, so in a long history a snapshot
 * holds only the few words where the search is at work. Not thread-safe.
 */
final class LinearizedSet {
    private static final long FULL = -1L;

    private final long[] words;
    /** No word before this one has a clear bit. */
    private int full;

    LinearizedSet(int size) {
        words = new long[(size + 63) / 64 + 1];
    }

    void set(int index) {
        words[index >>> 6] |= 1L << index;
        while (words[full] == FULL) {
            full++;
        }
    }

    void clear(int index) {
        int word = index >>> 6;
        words[word] &= ~(1L << index);
        full = Math.min(full, word);
    }

    /** An immutable copy of this set, equal to another exactly when the sets are equal. */
    Snapshot snapshot() {
        int last = words.length - 1;
        while (last > full && words[last] == 0) {
            last--;
        }
        return new Snapshot(full, Arrays.copyOfRange(words, full, last + 1));
    }

    /** A linearized set frozen for the cache: words from {@code from} on, all before it full. Immutable. */
    static final class Snapshot {
        private final int from;
        private final long[] words;
        private final int hash;

        private Snapshot(int from, long[] words) {
            this.from = from;
            this.words = words;
            this.hash = 31 * from + Arrays.hashCode(words);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Snapshot that
                    && from == that.from
                    && hash == that.hash
                    && Arrays.equals(words, that.words);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
