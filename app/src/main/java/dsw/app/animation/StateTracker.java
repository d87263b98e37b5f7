package dsw.app.animation;

import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import java.util.Arrays;

/**
 * The state of every process after some events of a trace, stepped forward one event at a time:
 * up, paused or crashed; unanswered requests; last event; last sign of overload. See {@link
 * ProcessStates} for what counts. Not thread-safe.
 */
final class StateTracker {
    static final byte RUNNING = 0;
    static final byte PAUSED = 1;
    static final byte CRASHED = 2;

    private final Trace trace;
    /** Events applied: seqs below this. */
    int position;

    final byte[] run;
    final int[] queue;
    /** Messages a queue holds: published to it and not yet delivered. Part of {@link #queue}. */
    final int[] stored;

    final int[] last;
    final long[] overloadedAt;
    /** Requests received and not answered yet -> how many times (a duplicated one twice). */
    final IntIntMap unanswered;

    StateTracker(Trace trace) {
        this.trace = trace;
        int n = trace.header().processCount();
        run = new byte[n];
        queue = new int[n];
        stored = new int[n];
        last = new int[n];
        Arrays.fill(last, -1);
        overloadedAt = new long[n];
        Arrays.fill(overloadedAt, Long.MIN_VALUE);
        unanswered = new IntIntMap(64);
    }

    /** A tracker that continues from a checkpoint. */
    StateTracker(Trace trace, Checkpoint from) {
        this.trace = trace;
        position = from.position;
        run = from.run.clone();
        queue = from.queue.clone();
        stored = from.stored.clone();
        last = from.last.clone();
        overloadedAt = from.overloadedAt.clone();
        unanswered = new IntIntMap(Math.max(64, from.unanswered.length));
        for (int request : from.unanswered) {
            unanswered.put(request, Math.max(0, unanswered.get(request)) + 1);
        }
    }

    /**
     * Everything a tracker knows, compactly, to continue from later: about 21 bytes per process and
     * 4 per unanswered request. Immutable once made.
     */
    record Checkpoint(
            int position, byte[] run, int[] queue, int[] stored, int[] last, long[] overloadedAt, int[] unanswered) {
        /** The heap this checkpoint takes, roughly, in bytes. */
        long bytes() {
            return 7 * 16 + run.length * (1 + 4 + 4 + 4 + 8) + 4L * unanswered.length;
        }
    }

    Checkpoint capture() {
        int[] keys = unanswered.keys();
        int total = 0;
        for (int k : keys) {
            total += unanswered.get(k);
        }
        int[] requests = new int[total];
        int n = 0;
        for (int k : keys) {
            for (int c = unanswered.get(k); c > 0; c--) {
                requests[n++] = k;
            }
        }
        Arrays.sort(requests);
        return new Checkpoint(
                position, run.clone(), queue.clone(), stored.clone(), last.clone(), overloadedAt.clone(), requests);
    }

    int processCount() {
        return run.length;
    }

    /** Applies event {@code position} and moves past it. */
    void step() {
        int seq = position++;
        EventType type = trace.type(seq);
        int p = trace.process(seq);
        switch (type) {
            case SEND -> {
                last[p] = seq;
                sent(p, trace.message(seq), seq);
            }
            case RECEIVE -> {
                last[p] = seq;
                received(p, trace.message(seq));
            }
            case LOCAL -> last[p] = seq;
            case CRASH -> {
                last[p] = seq;
                run[p] = CRASHED;
                crashed(p);
            }
            case RECOVER, RESUME -> {
                last[p] = seq;
                run[p] = RUNNING;
            }
            case PAUSE -> {
                last[p] = seq;
                run[p] = PAUSED;
            }
            case DROP -> {
                int msg = trace.message(seq);
                if (msg >= 0 && trace.reason(seq) == dsw.model.trace.DropReason.QUEUE_FULL) {
                    overloadedAt[trace.messageTo(msg)] = trace.time(seq);
                }
            }
            case FAULT -> {}
        }
    }

    private void sent(int p, int msg, int seq) {
        if (msg < 0) {
            return;
        }
        int request = trace.messageReplyTo(msg);
        if (request >= 0) {
            int count = unanswered.get(request);
            if (count > 0) {
                if (count == 1) {
                    unanswered.remove(request);
                } else {
                    unanswered.put(request, count - 1);
                }
                int to = trace.messageTo(request);
                queue[to] = Math.max(0, queue[to] - 1);
            }
        }
        if (trace.messageKind(msg) == MessageKind.DELIVERY && stored[p] > 0) {
            stored[p]--;
            queue[p]--;
        }
        if (trace.messageStatus(msg) == Status.REJECTED) {
            overloadedAt[p] = trace.time(seq);
        }
    }

    private void received(int p, int msg) {
        if (msg < 0) {
            return;
        }
        switch (trace.messageKind(msg)) {
            case REQUEST, DELIVERY -> {
                int count = unanswered.get(msg);
                unanswered.put(msg, Math.max(0, count) + 1);
                queue[p]++;
            }
            case PUBLISH -> {
                stored[p]++;
                queue[p]++;
            }
            case ACK -> {
                // A consumer that failed a delivery gives it back to the queue.
                Status status = trace.messageStatus(msg);
                if (status != Status.OK && status != Status.NONE) {
                    stored[p]++;
                    queue[p]++;
                }
            }
            default -> {}
        }
    }

    /** A crash loses everything the process held: its queue and the work it was doing. */
    private void crashed(int p) {
        for (int request : unanswered.keys()) {
            if (trace.messageTo(request) == p) {
                unanswered.remove(request);
            }
        }
        queue[p] = 0;
        stored[p] = 0;
    }
}
