package dsw.app.eventlog;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * The event log's rows: a read-only observable list of event seqs over a {@link Seqs}, limited to
 * the seqs below a bound (the playback position), so a million rows cost one int each and cells
 * read the trace only for the rows on screen. Changes of the bound add or remove rows at the end.
 * FX thread only.
 */
final class SeqList extends ObservableListBase<Integer> {
    private Seqs seqs = Seqs.EMPTY;
    private int size;

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        return seqs.get(index);
    }

    /** The seq of row {@code index} without boxing. */
    int seqAt(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        return seqs.get(index);
    }

    @Override
    public int size() {
        return size;
    }

    /** The row of {@code seq}, or -1 when it is not listed. */
    int rowOf(int seq) {
        int index = seqs.indexOf(seq);
        return index < size ? index : -1;
    }

    /** The set the rows come from. */
    Seqs seqs() {
        return seqs;
    }

    /**
     * Shows the seqs of {@code next} below {@code limit}. When {@code next} continues the current
     * set (the same rows first), only the rows added or removed at the end change.
     */
    void show(Seqs next, int limit, boolean continues) {
        int newSize = next.countBelow(limit);
        if (next == seqs && newSize == size) {
            return;
        }
        Seqs old = seqs;
        int oldSize = size;
        seqs = next;
        size = newSize;
        if (continues) {
            if (newSize > oldSize) {
                fireChange(new Edit(oldSize, newSize, List.of()));
            } else if (newSize < oldSize) {
                fireChange(new Edit(newSize, newSize, removed(old, newSize, oldSize)));
            }
        } else {
            fireChange(new Edit(0, newSize, removed(old, 0, oldSize)));
        }
    }

    /**
     * One change of the rows: {@code from..to} are the new rows in place of {@code removed}. Reported
     * directly rather than through {@code nextRemove}, which would copy every removed row.
     */
    private final class Edit extends ListChangeListener.Change<Integer> {
        private final int from;
        private final int to;
        private final List<Integer> removed;
        private boolean started;

        Edit(int from, int to, List<Integer> removed) {
            super(SeqList.this);
            this.from = from;
            this.to = to;
            this.removed = removed;
        }

        @Override
        public boolean next() {
            if (started) {
                return false;
            }
            started = true;
            return true;
        }

        @Override
        public void reset() {
            started = false;
        }

        @Override
        public int getFrom() {
            checkStarted();
            return from;
        }

        @Override
        public int getTo() {
            checkStarted();
            return to;
        }

        @Override
        public List<Integer> getRemoved() {
            checkStarted();
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            checkStarted();
            return new int[0];
        }

        private void checkStarted() {
            if (!started) {
                throw new IllegalStateException("call next() first");
            }
        }
    }

    /** The removed rows as a view, not a copy: a million removed rows cost nothing to report. */
    private static List<Integer> removed(Seqs from, int start, int end) {
        return new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return from.get(start + index);
            }

            @Override
            public int size() {
                return end - start;
            }
        };
    }
}
