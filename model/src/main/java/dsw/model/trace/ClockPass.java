package dsw.model.trace;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One forward pass over a trace that keeps every process's current vector clock: a process event
 * ticks its own entry, a receive first takes the element-wise maximum with its send's vector. Sends
 * share the sender's array instead of copying it (copy on write), so a send, a local event or a
 * tick costs O(1) and only a receive that raises an entry costs O(processes). A send's vector is
 * kept until all its copies are received or dropped. Not thread-safe.
 */
final class ClockPass implements VectorClocks.Clock {
    /** Finds the vector of a send that this pass does not hold (it happened before the pass). */
    @FunctionalInterface
    interface Earlier {
        SendVector sendVector(int sendSeq);
    }

    private static final class InFlight {
        final SendVector send;
        int used;

        InFlight(SendVector send, int used) {
            this.send = send;
            this.used = used;
        }
    }

    private final Trace trace;
    private final int[][] base;
    /** True where {@code base[p]} is also held elsewhere and must be copied before a write. */
    private final boolean[] shared;

    private final int[] own;
    private final Map<Integer, InFlight> inFlight = new HashMap<>();
    /** The state the pass started from, asked lazily; null when its messages were loaded. */
    private final ClockState start;

    private final Earlier earlier;
    private int next;
    private int current = -1;

    /**
     * A pass that continues from {@code from}, the state before event {@code next}.
     *
     * @param load whether to take over the state's messages in flight, so that {@link #capture()}
     *     works; otherwise they are looked up when needed, which is cheaper for short replays
     */
    ClockPass(Trace trace, ClockState from, int next, boolean load, Earlier earlier) {
        int n = from.processes();
        this.trace = trace;
        this.base = new int[n][];
        this.shared = new boolean[n];
        this.own = new int[n];
        for (int p = 0; p < n; p++) {
            base[p] = from.base(p);
            own[p] = from.own(p);
        }
        Arrays.fill(shared, true);
        if (load) {
            for (int i = 0; i < from.inFlight(); i++) {
                inFlight.put(from.message(i), new InFlight(from.send(i), from.used(i)));
            }
            this.start = null;
        } else {
            this.start = from;
        }
        this.earlier = earlier;
        this.next = next;
    }

    /** The seq of the next event to step over. */
    int next() {
        return next;
    }

    /**
     * Steps over event {@code next()}; returns true when it is a process event, whose vector this
     * pass then shows as a {@link VectorClocks.Clock}.
     */
    boolean step() {
        int seq = next++;
        EventType type = trace.type(seq);
        if (!type.isProcessEvent()) {
            current = -1;
            if (type == EventType.DROP) {
                int msg = trace.message(seq);
                if (msg >= 0) {
                    use(msg, inFlight.get(msg));
                }
            }
            return false;
        }
        int p = trace.process(seq);
        if (p < 0 || p >= own.length) {
            throw new IllegalArgumentException(
                    "event " + seq + " is a " + type.wireName() + " without a process of this trace (" + p + ")");
        }
        if (type == EventType.RECEIVE) {
            merge(p, sendOf(trace.message(seq), seq));
        }
        own[p]++;
        if (type == EventType.SEND) {
            int msg = trace.message(seq);
            if (msg >= 0) {
                shared[p] = true;
                inFlight.put(msg, new InFlight(new SendVector(base[p], p, own[p]), 0));
            }
        }
        current = p;
        return true;
    }

    /** The state before event {@code next()}. Only for passes that loaded their start state. */
    ClockState capture() {
        if (start != null) {
            throw new IllegalStateException("a replay that did not load its start state cannot capture one");
        }
        Arrays.fill(shared, true);
        int[] messages = new int[inFlight.size()];
        int i = 0;
        for (int msg : inFlight.keySet()) {
            messages[i++] = msg;
        }
        Arrays.sort(messages);
        SendVector[] sends = new SendVector[messages.length];
        int[] used = new int[messages.length];
        for (i = 0; i < messages.length; i++) {
            InFlight f = inFlight.get(messages[i]);
            sends[i] = f.send;
            used[i] = f.used;
        }
        return new ClockState(base.clone(), own.clone(), messages, sends, used);
    }

    /** The vector of the last process event as a send would hold it. */
    SendVector snapshot() {
        shared[current] = true;
        return new SendVector(base[current], current, own[current]);
    }

    private SendVector sendOf(int msg, int seq) {
        if (msg < 0 || msg >= trace.messageCount()) {
            throw new IllegalArgumentException("the receive at seq " + seq + " names no message of this trace");
        }
        InFlight f = inFlight.get(msg);
        if (f != null) {
            use(msg, f);
            return f.send;
        }
        int sendSeq = trace.sendSeq(msg);
        if (sendSeq < 0 || sendSeq >= seq) {
            throw new IllegalArgumentException(
                    "the receive at seq " + seq + " names message " + msg + ", which no earlier event sends");
        }
        SendVector send = start == null ? null : start.sendOf(msg);
        if (send != null) {
            return send;
        }
        VectorClocks.FALLBACKS.increment();
        return earlier.sendVector(sendSeq);
    }

    private void use(int msg, InFlight f) {
        if (f != null && ++f.used >= trace.messageCopies(msg)) {
            inFlight.remove(msg);
        }
    }

    /**
     * Raises process {@code p}'s entries to those of {@code send}. A stale entry (a vector's own
     * index in its base array) is never above the true one, so merging it is harmless.
     */
    private void merge(int p, SendVector send) {
        int[] from = send.base();
        int sender = send.process();
        int senderEntry = send.get(sender);
        int[] to = base[p];
        int n = to.length;
        int q = 0;
        while (q < n && from[q] <= to[q]) {
            q++;
        }
        boolean raiseSender = sender != p && senderEntry > to[sender];
        if (q == n && !raiseSender) {
            return;
        }
        if (shared[p]) {
            to = to.clone();
            base[p] = to;
            shared[p] = false;
        }
        for (; q < n; q++) {
            to[q] = Math.max(to[q], from[q]); // branch-free, so the loop vectorizes
        }
        if (raiseSender) {
            to[sender] = senderEntry;
        }
    }

    // ---- the vector of the last process event ----

    @Override
    public int process() {
        return current;
    }

    @Override
    public int get(int q) {
        return q == current ? own[current] : base[current][q];
    }

    @Override
    public int size() {
        return own.length;
    }

    @Override
    public void copyTo(int[] vector) {
        System.arraycopy(base[current], 0, vector, 0, own.length);
        vector[current] = own[current];
    }
}
