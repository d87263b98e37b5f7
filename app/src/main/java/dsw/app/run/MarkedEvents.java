package dsw.app.run;

import java.util.Arrays;

/**
 * Events a checker points at, such as the invocations and answers of the operations that break a
 * consistency promise: every run view marks them until the next check or run. Immutable.
 *
 * @param note what the marks mean, for tooltips and the status line
 */
public record MarkedEvents(int[] seqs, String note) {
    public static final MarkedEvents NONE = new MarkedEvents(new int[0], "");

    public MarkedEvents {
        seqs = Arrays.stream(seqs).filter(seq -> seq >= 0).sorted().distinct().toArray();
    }

    @Override
    public int[] seqs() {
        return seqs.clone();
    }

    public boolean contains(int seq) {
        return Arrays.binarySearch(seqs, seq) >= 0;
    }

    public boolean isEmpty() {
        return seqs.length == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarkedEvents m && Arrays.equals(seqs, m.seqs) && note.equals(m.note);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(seqs) + note.hashCode();
    }

    @Override
    public String toString() {
        return "MarkedEvents" + Arrays.toString(seqs) + " " + note;
    }
}
