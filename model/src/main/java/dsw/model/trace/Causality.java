package dsw.model.trace;

import java.util.BitSet;
import java.util.Objects;

/**
 * The happens-before relation over a trace's process events (Lamport's "→"): event a happened
 * before b when a chain of events on one process and messages from sends to their receives leads
 * from a to b. Pairs are decided by {@link VectorClocks}; whole causal pasts and futures by one
 * sweep over the events. Covers the events its clocks cover. Immutable, thread-safe.
 */
public final class Causality {
    /** How two process events are ordered. */
    public enum Relation {
        /** The two are one event. */
        SAME,
        /** The first happened before the second. */
        BEFORE,
        /** The first happened after the second. */
        AFTER,
        /** Neither happened before the other. */
        CONCURRENT
    }

    private final VectorClocks clocks;
    private final Trace trace;

    private Causality(VectorClocks clocks) {
        this.clocks = clocks;
        this.trace = clocks.trace();
    }

    /** The relation over the events below {@code trace.size()} now. */
    public static Causality of(Trace trace) {
        return new Causality(VectorClocks.of(trace));
    }

    public static Causality of(VectorClocks clocks) {
        return new Causality(Objects.requireNonNull(clocks, "clocks"));
    }

    public VectorClocks clocks() {
        return clocks;
    }

    /**
     * How process event {@code a} relates to process event {@code b}: a BEFORE b when b's vector
     * has seen a, that is {@code VC(b)[p] >= VC(a)[p]} for a's process p.
     *
     * @throws IllegalArgumentException when either is a network event (a drop or a fault)
     */
    public Relation relation(int a, int b) {
        check(a);
        check(b);
        if (a == b) {
            return Relation.SAME;
        }
        int pa = trace.process(a);
        if (clocks.entry(b, pa) >= clocks.entry(a, pa)) {
            return Relation.BEFORE;
        }
        int pb = trace.process(b);
        if (clocks.entry(a, pb) >= clocks.entry(b, pb)) {
            return Relation.AFTER;
        }
        return Relation.CONCURRENT;
    }

    /** Whether process event {@code a} happened before process event {@code b}. */
    public boolean happenedBefore(int a, int b) {
        return relation(a, b) == Relation.BEFORE;
    }

    /**
     * The process events that happened before {@code seq}, found by following its predecessors (the
     * previous event of the same process; for a receive, its send) back to the start.
     */
    public BitSet causalPast(int seq) {
        check(seq);
        int n = trace.header().processCount();
        BitSet past = new BitSet(seq);
        BitSet sends = new BitSet(seq);
        // once one event of a process is in the past, every earlier one of it is too
        boolean[] reached = new boolean[n];
        int reachedCount = 1;
        reached[trace.process(seq)] = true;
        markSend(seq, sends);
        for (int e = seq - 1; e >= 0; e--) {
            if (!trace.type(e).isProcessEvent()) {
                continue;
            }
            int p = trace.process(e);
            if (reached[p] || sends.get(e)) {
                past.set(e);
                if (!reached[p]) {
                    reached[p] = true;
                    reachedCount++;
                }
                if (reachedCount == n) {
                    addProcessEvents(past, 0, e);
                    break;
                }
                markSend(e, sends);
            }
        }
        return past;
    }

    /**
     * The process events that happened after {@code seq}, found by following successors (the next
     * event of the same process; for a send, its receives) forward to the end.
     */
    public BitSet causalFuture(int seq) {
        check(seq);
        int n = trace.header().processCount();
        int size = clocks.size();
        BitSet future = new BitSet(size);
        // once one event of a process is in the future, every later one of it is too
        boolean[] reached = new boolean[n];
        int reachedCount = 1;
        reached[trace.process(seq)] = true;
        for (int e = seq + 1; e < size; e++) {
            EventType type = trace.type(e);
            if (!type.isProcessEvent()) {
                continue;
            }
            int p = trace.process(e);
            if (reached[p] || (type == EventType.RECEIVE && sentFrom(e, seq, future))) {
                future.set(e);
                if (!reached[p]) {
                    reached[p] = true;
                    reachedCount++;
                }
                if (reachedCount == n) {
                    addProcessEvents(future, e + 1, size);
                    break;
                }
            }
        }
        return future;
    }

    /**
     * One sentence that says how two events relate and why, naming processes and the vector
     * entries compared, such as {@code send at web#1 (seq 12) happened before receive at app (seq
     * 15): VC[web#1] is 4 at seq 12 and 4 at seq 15, and 4 ≤ 4}.
     */
    public String explain(int a, int b) {
        checkIndex(a);
        checkIndex(b);
        for (int e : new int[] {a, b}) {
            if (!trace.type(e).isProcessEvent()) {
                return describe(e) + " is a network event: only events at processes are ordered by happens-before";
            }
        }
        String pa = processName(a);
        String pb = processName(b);
        long aOwn = clocks.entry(a, trace.process(a));
        long bOwn = clocks.entry(b, trace.process(b));
        long bSeesA = clocks.entry(b, trace.process(a));
        long aSeesB = clocks.entry(a, trace.process(b));
        return switch (relation(a, b)) {
            case SAME -> describe(a) + " is one event: it neither happened before nor after itself";
            case BEFORE -> describe(a) + " happened before " + describe(b) + ": "
                    + compare(pa, a, aOwn, b, bSeesA, "≤");
            case AFTER -> describe(a) + " happened after " + describe(b) + ": " + compare(pb, b, bOwn, a, aSeesB, "≤");
            case CONCURRENT -> describe(a) + " and " + describe(b) + " are concurrent, neither has seen the other: "
                    + compare(pa, a, aOwn, b, bSeesA, ">") + "; " + compare(pb, b, bOwn, a, aSeesB, ">");
        };
    }

    private static String compare(String process, int first, long x, int second, long y, String sign) {
        return "VC[" + process + "] is " + x + " at seq " + first + " and " + y + " at seq " + second + ", and " + x
                + " " + sign + " " + y;
    }

    /** Such as {@code receive at app (seq 15)} or {@code drop (seq 4)}. */
    private String describe(int seq) {
        int p = trace.process(seq);
        String type = trace.type(seq).wireName();
        return p < 0 ? type + " (seq " + seq + ")" : type + " at " + processName(seq) + " (seq " + seq + ")";
    }

    private String processName(int seq) {
        return trace.header().processName(trace.process(seq));
    }

    private void markSend(int seq, BitSet sends) {
        if (trace.type(seq) == EventType.RECEIVE) {
            sends.set(trace.sendSeq(trace.message(seq)));
        }
    }

    /** Whether receive {@code e}'s send is {@code origin} or already in the future. */
    private boolean sentFrom(int e, int origin, BitSet future) {
        int send = trace.sendSeq(trace.message(e));
        return send == origin || (send > origin && future.get(send));
    }

    private void addProcessEvents(BitSet set, int from, int to) {
        for (int e = from; e < to; e++) {
            if (trace.type(e).isProcessEvent()) {
                set.set(e);
            }
        }
    }

    private void check(int seq) {
        checkIndex(seq);
        EventType type = trace.type(seq);
        if (!type.isProcessEvent()) {
            throw new IllegalArgumentException("seq " + seq + " is a " + type.wireName()
                    + ", a network event; happens-before orders events at processes only");
        }
    }

    private void checkIndex(int seq) {
        if (seq < 0 || seq >= clocks.size()) {
            throw new IndexOutOfBoundsException(
                    "seq " + seq + " is not among the " + clocks.size() + " events covered");
        }
    }
}
