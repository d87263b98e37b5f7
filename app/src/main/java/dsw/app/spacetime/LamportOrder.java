package dsw.app.spacetime;

import dsw.model.trace.EventType;
import dsw.model.trace.Trace;

/**
 * The Lamport total order of a trace's first events: process events ranked by (Lamport clock,
 * process number), the order a user sees when the diagram lays events out by logical time. A
 * network or environment event (drop, fault) sits half a step after the highest rank of the events
 * before it in the trace. Built off the FX thread; {@link #extend} sorts only the new events and
 * merges them in. Immutable, thread-safe.
 */
public final class LamportOrder {
    private final Trace trace;
    private final int size;
    /** Process event seqs by rank. */
    private final int[] order;
    /** Per seq, twice its position: 2 * rank for process events, 2 * frontier + 1 for the others. */
    private final int[] doubled;
    /** {@code frontier[i]}: the highest rank among process events below seq i, or -1. */
    private final int[] frontier;

    private final double longestFlight;

    private LamportOrder(Trace trace, int size, int[] order, int[] doubled, int[] frontier, double longestFlight) {
        this.trace = trace;
        this.size = size;
        this.order = order;
        this.doubled = doubled;
        this.frontier = frontier;
        this.longestFlight = longestFlight;
    }

    /** The order of the events below {@code size}. */
    public static LamportOrder of(Trace trace, int size) {
        return new LamportOrder(trace, 0, new int[0], new int[0], new int[] {-1}, 0).extend(size);
    }

    /** The order of the events below {@code newSize}, reusing this one; this one when it covers them. */
    public LamportOrder extend(int newSize) {
        if (newSize <= size) {
            return this;
        }
        int[] fresh = new int[newSize - size];
        int count = 0;
        for (int seq = size; seq < newSize; seq++) {
            if (trace.type(seq).isProcessEvent()) {
                fresh[count++] = seq;
            }
        }
        sort(fresh, count);
        int[] merged = new int[order.length + count];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < order.length && j < count) {
            merged[k++] = before(fresh[j], order[i]) ? fresh[j++] : order[i++];
        }
        while (i < order.length) {
            merged[k++] = order[i++];
        }
        while (j < count) {
            merged[k++] = fresh[j++];
        }
        int[] positions = new int[newSize];
        for (int rank = 0; rank < merged.length; rank++) {
            positions[merged[rank]] = 2 * rank;
        }
        int[] front = new int[newSize + 1];
        int highest = -1;
        double longest = 0;
        for (int seq = 0; seq < newSize; seq++) {
            front[seq] = highest;
            EventType type = trace.type(seq);
            if (type.isProcessEvent()) {
                highest = Math.max(highest, positions[seq] / 2);
            } else {
                positions[seq] = 2 * highest + 1;
            }
            if (type == EventType.RECEIVE || type == EventType.DROP) {
                int send = trace.message(seq) < 0 ? -1 : trace.sendSeq(trace.message(seq));
                if (send >= 0 && send < seq) {
                    longest = Math.max(longest, (positions[seq] - positions[send]) / 2.0);
                }
            }
        }
        front[newSize] = highest;
        return new LamportOrder(trace, newSize, merged, positions, front, longest);
    }

    /** Whether event a comes before event b in the total order. */
    private boolean before(int a, int b) {
        long la = trace.lamport(a);
        long lb = trace.lamport(b);
        return la != lb ? la < lb : trace.process(a) < trace.process(b);
    }

    /** Sorts the first {@code n} seqs by the total order: a merge sort, stable. */
    private void sort(int[] seqs, int n) {
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    buffer[k++] = before(seqs[j], seqs[i]) ? seqs[j++] : seqs[i++];
                }
                while (i < mid) {
                    buffer[k++] = seqs[i++];
                }
                while (j < hi) {
                    buffer[k++] = seqs[j++];
                }
                System.arraycopy(buffer, lo, seqs, lo, hi - lo);
            }
        }
    }

    /** The events covered: seqs below this. */
    public int size() {
        return size;
    }

    /** The number of ranked (process) events. */
    public int count() {
        return order.length;
    }

    /** The process event at {@code rank}. */
    public int seqAt(int rank) {
        return order[rank];
    }

    /** The rank of process event {@code seq}. */
    public int rank(int seq) {
        return doubled[seq] / 2;
    }

    /**
     * The position of event {@code seq} on the logical axis: its rank, or half a step after the
     * highest rank before it for a network event; NaN when the order does not cover it.
     */
    public double x(int seq) {
        return seq < size ? doubled[seq] / 2.0 : Double.NaN;
    }

    /** The highest rank among the events below {@code shown}, or -1: where the now line sits. */
    public int frontier(int shown) {
        return frontier[Math.min(Math.max(shown, 0), size)];
    }

    /** The longest flight of a message, in ranks. */
    public double longestFlight() {
        return longestFlight;
    }
}
