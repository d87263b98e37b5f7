package dsw.app.animation;

import dsw.model.trace.TraceHeader;

/** Lamport and vector clocks as badge and tooltip text. Thread-safe (no state). */
public final class ClockText {
    /** A compact vector longer than this many characters is cut, with an ellipsis. */
    public static final int COMPACT_LIMIT = 20;

    private ClockText() {}

    /**
     * {@code L12 [3,0,5]}: the Lamport clock and the vector's entries in process order, cut with
     * "…" after {@link #COMPACT_LIMIT} characters; just {@code L12} without a vector.
     */
    public static String compact(long lamport, int[] vector) {
        StringBuilder text = new StringBuilder(32).append('L').append(lamport);
        if (vector == null) {
            return text.toString();
        }
        text.append(" [");
        int start = text.length();
        for (int q = 0; q < vector.length; q++) {
            String entry = Integer.toString(vector[q]);
            boolean last = q == vector.length - 1;
            if (text.length() - start + entry.length() > COMPACT_LIMIT && !last) {
                text.append('…');
                break;
            }
            text.append(entry);
            if (!last) {
                text.append(',');
            }
        }
        return text.append(']').toString();
    }

    /** Every entry with its process's name: {@code [web#1:3, web#2:0, db:5]}. */
    public static String full(int[] vector, TraceHeader header) {
        if (vector == null) {
            return "(not computed yet)";
        }
        StringBuilder text = new StringBuilder(vector.length * 8).append('[');
        for (int q = 0; q < vector.length; q++) {
            if (q > 0) {
                text.append(", ");
            }
            text.append(header.processName(q)).append(':').append(vector[q]);
        }
        return text.append(']').toString();
    }
}
