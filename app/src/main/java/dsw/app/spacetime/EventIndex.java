package dsw.app.spacetime;

import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import java.util.Arrays;

/**
 * What the space-time diagram looks events up by, so that drawing a viewport costs about the
 * events it shows: per process its events in seq order, its crash/recover/pause/resume events, all
 * sends and all fault events in seq order (which is time order), per message the events that end
 * it (receives and drops; two for a duplicated message), per process its pattern decisions, and the longest flight of a message seen.
 * Extended in place as the trace grows: O(new events). Not thread-safe: the FX thread owns it.
 */
public final class EventIndex {
    private static final int NONE = -1;

    private final Trace trace;
    private final IntList[] lanes;
    private final IntList[] changes;
    private final IntList[] decisions;
    private final IntList sends = new IntList();
    private final IntList faults = new IntList();
    private int[] firstEnd = new int[64];
    private int[] secondEnd = new int[64];
    private long longestFlight;
    private boolean hasDecisions;
    private int size;

    public EventIndex(Trace trace) {
        this.trace = trace;
        int n = trace.header().processCount();
        lanes = new IntList[n];
        changes = new IntList[n];
        decisions = new IntList[n];
        for (int p = 0; p < n; p++) {
            lanes[p] = new IntList();
            changes[p] = new IntList();
            decisions[p] = new IntList();
        }
        Arrays.fill(firstEnd, NONE);
        Arrays.fill(secondEnd, NONE);
    }

    /** Takes in the events up to {@code available} (exclusive); does nothing when it covers them. */
    public void extendTo(int available) {
        for (int seq = size; seq < available; seq++) {
            add(seq);
        }
        size = Math.max(size, available);
    }

    private void add(int seq) {
        EventType type = trace.type(seq);
        int p = trace.process(seq);
        if (type == EventType.FAULT) {
            faults.add(seq);
            return;
        }
        if (p >= 0) {
            lanes[p].add(seq);
        }
        switch (type) {
            case SEND -> sends.add(seq);
            case RECEIVE, DROP -> addEnd(seq);
            case CRASH, RECOVER, PAUSE, RESUME -> changes[p].add(seq);
            case LOCAL -> {
                if (p >= 0 && trace.decision(seq) != Decision.NONE) {
                    decisions[p].add(seq);
                    hasDecisions = true;
                }
            }
            default -> {}
        }
    }

    private void addEnd(int seq) {
        int msg = trace.message(seq);
        if (msg < 0) {
            return;
        }
        if (msg >= firstEnd.length) {
            int length = Math.max(msg + 1, firstEnd.length * 2);
            int old = firstEnd.length;
            firstEnd = Arrays.copyOf(firstEnd, length);
            secondEnd = Arrays.copyOf(secondEnd, length);
            Arrays.fill(firstEnd, old, length, NONE);
            Arrays.fill(secondEnd, old, length, NONE);
        }
        if (firstEnd[msg] == NONE) {
            firstEnd[msg] = seq;
        } else if (secondEnd[msg] == NONE) {
            secondEnd[msg] = seq;
        }
        int send = trace.sendSeq(msg);
        if (send >= 0 && send < seq) {
            longestFlight = Math.max(longestFlight, trace.time(seq) - trace.time(send));
        }
    }

    public Trace trace() {
        return trace;
    }

    /** The events covered: seqs below this. */
    public int size() {
        return size;
    }

    public int processCount() {
        return lanes.length;
    }

    /** The events of process {@code p}, in seq order. */
    IntList lane(int p) {
        return lanes[p];
    }

    /** The crash, recover, pause and resume events of process {@code p}, in seq order. */
    IntList changes(int p) {
        return changes[p];
    }

    /** The pattern decisions (LOCAL events with a {@link Decision}) of process {@code p}, in seq order. */
    IntList decisions(int p) {
        return decisions[p];
    }

    /** Whether any pattern decision is covered. */
    public boolean hasDecisions() {
        return hasDecisions;
    }

    /** Every send, in seq order. */
    IntList sends() {
        return sends;
    }

    /** Every fault event, in seq order. */
    IntList faults() {
        return faults;
    }

    /** The first receive or drop of message {@code msg} covered, or -1. */
    public int firstEnd(int msg) {
        return msg < firstEnd.length ? firstEnd[msg] : NONE;
    }

    /** The second receive or drop of a duplicated message {@code msg}, or -1. */
    public int secondEnd(int msg) {
        return msg < secondEnd.length ? secondEnd[msg] : NONE;
    }

    /** The longest time from a send to a receive or drop of its message, in microseconds. */
    public long longestFlight() {
        return longestFlight;
    }

    /** The time of the last event covered, or 0. */
    public long endTime() {
        return size == 0 ? 0 : trace.time(size - 1);
    }
}
