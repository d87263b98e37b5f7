package dsw.app.eventlog;

import java.util.Arrays;

/**
 * A sorted set of event seqs in an int array: the events a filter lets through, or the search's
 * hits. Its first {@link #count()} entries never change once it is published; {@link #extend()}
 * returns a longer set that may share the array. Thread-safe to read once handed over (through the
 * task executor's callback); one thread appends.
 */
final class Seqs {
    static final Seqs EMPTY = new Seqs(new int[0], 0, 0);

    private final int[] seqs;
    private final int count;
    private final int scannedTo;

    private Seqs(int[] seqs, int count, int scannedTo) {
        this.seqs = seqs;
        this.count = count;
        this.scannedTo = scannedTo;
    }

    /** The number of seqs. */
    int count() {
        return count;
    }

    /** The {@code index}th smallest seq. */
    int get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("index " + index + " of " + count);
        }
        return seqs[index];
    }

    /** The events this set has looked at: seqs below this. */
    int scannedTo() {
        return scannedTo;
    }

    /** The number of seqs below {@code limit}. */
    int countBelow(int limit) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seqs[mid] < limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of {@code seq}, or -1 when it is not in the set. */
    int indexOf(int seq) {
        int index = countBelow(seq);
        return index < count && seqs[index] == seq ? index : -1;
    }

    /** A builder that continues this set: it appends after the last seq, sharing the array when it can. */
    Builder extend() {
        return new Builder(seqs, count, scannedTo);
    }

    /** Collects seqs in increasing order. Not thread-safe. */
    static final class Builder {
        private int[] seqs;
        private int count;
        private int scannedTo;

        Builder() {
            this(new int[256], 0, 0);
        }

        private Builder(int[] seqs, int count, int scannedTo) {
            this.seqs = seqs;
            this.count = count;
            this.scannedTo = scannedTo;
        }

        /** Adds a seq above every seq added before. */
        void add(int seq) {
            if (count == seqs.length) {
                seqs = Arrays.copyOf(seqs, Math.max(256, count * 2));
            }
            seqs[count++] = seq;
        }

        /** Records that the events below {@code seq} have all been looked at. */
        void scannedTo(int seq) {
            scannedTo = seq;
        }

        int scannedTo() {
            return scannedTo;
        }

        Seqs build() {
            return new Seqs(seqs, count, scannedTo);
        }
    }
}
