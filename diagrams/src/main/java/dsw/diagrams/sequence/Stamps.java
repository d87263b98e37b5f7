package dsw.diagrams.sequence;

import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.trace.VectorClocks;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The logical timestamps a sequence diagram writes, as plain text: {@code L 3→4} for a message's
 * Lamport clocks at its send and its receive, {@code [1,2,0]} for a vector clock in the header's
 * process order. Vector clocks are found in one forward pass over the trace, kept only for the
 * events drawn. Not thread-safe.
 */
final class Stamps {
    private final Trace trace;
    private final Timestamps which;
    private final Map<Integer, int[]> vectors;

    private Stamps(Trace trace, Timestamps which, Map<Integer, int[]> vectors) {
        this.trace = trace;
        this.which = which;
        this.vectors = vectors;
    }

    static Stamps of(Trace trace, Selection selection, Timestamps which) {
        Map<Integer, int[]> vectors = new HashMap<>();
        if (which.vector() && selection.size() > 0) {
            BitSet needed = new BitSet();
            for (int i = 0; i < selection.size(); i++) {
                int seq = selection.seq(i);
                EventType type = trace.type(seq);
                if (type == EventType.RECEIVE || type == EventType.DROP) {
                    needed.set(trace.sendSeq(trace.message(seq)));
                }
                if (type.isProcessEvent()) {
                    needed.set(seq);
                }
            }
            VectorClocks.forEachVector(trace, needed.length(), (seq, clock) -> {
                if (needed.get(seq)) {
                    vectors.put(seq, clock.toArray());
                }
            });
        }
        return new Stamps(trace, which, vectors);
    }

    boolean any() {
        return which != Timestamps.NONE;
    }

    /** For an arrow: the clocks at the send and, for a receive, at the receive; "" for none. */
    String ofMessage(int seq) {
        int send = trace.sendSeq(trace.message(seq));
        boolean received = trace.type(seq) == EventType.RECEIVE;
        StringBuilder text = new StringBuilder();
        if (which.lamport()) {
            text.append("L ").append(trace.lamport(send));
            if (received) {
                text.append('→').append(trace.lamport(seq));
            }
        }
        if (which.vector()) {
            if (text.length() > 0) {
                text.append(" · ");
            }
            vector(send, text);
            if (received) {
                text.append('→');
                vector(seq, text);
            }
        }
        return text.toString();
    }

    /** For a process event drawn as a note: its clocks; "" for none. */
    String ofEvent(int seq) {
        StringBuilder text = new StringBuilder();
        if (which.lamport()) {
            text.append("L ").append(trace.lamport(seq));
        }
        if (which.vector()) {
            if (text.length() > 0) {
                text.append(" · ");
            }
            vector(seq, text);
        }
        return text.toString();
    }

    private void vector(int seq, StringBuilder text) {
        int[] vector = vectors.get(seq);
        text.append('[');
        for (int q = 0; q < vector.length; q++) {
            if (q > 0) {
                text.append(',');
            }
            text.append(vector[q]);
        }
        text.append(']');
    }
}
