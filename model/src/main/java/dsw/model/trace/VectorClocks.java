package dsw.model.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * The vector clock of every process event of a trace, derived from its causal structure: a process
 * event ticks its own entry by 1; a receive first takes the element-wise maximum with the vector of
 * its send. Network and environment events (drops, faults) have none. Immutable, thread-safe.
 *
 * <p>No vector is stored per event. Every {@link #blockSize()} events a checkpoint keeps each
 * process's vector and the vectors of the messages then in flight; a question replays forward from
 * the checkpoint before the event, which costs O(block) for {@link #entry} and O(block + receives
 * times processes) for {@link #vector}. Checkpoints share arrays that did not change, and when
 * they would take more than a memory budget (64 MB by default) every other one is dropped and the
 * block size doubles, so their memory stays bounded whatever the trace's length. Beyond them, the
 * clocks hold the vectors of the messages in flight after the last event, for {@link #extend()}.
 * A 10-million-event trace at 100 processes with dense vectors takes about 70 MB in all.
 */
public final class VectorClocks {
    static final int DEFAULT_BLOCK_BITS = 10;
    static final long DEFAULT_BUDGET = 64L << 20;
    private static final int MAX_BLOCK_BITS = 30;

    /**
     * How often a send's vector had to be replayed because no checkpoint or pass held it, which
     * only a message received more often than it has copies causes. For tests.
     */
    static final LongAdder FALLBACKS = new LongAdder();

    /**
     * The vector clock of one event during a visit, a view into the pass: valid only until the
     * visit returns, and only on the visiting thread.
     */
    public interface Clock {
        /** The process of the event. */
        int process();

        /** The event's entry for process {@code q}: how many events of q it causally follows or is. */
        int get(int q);

        /** The number of processes. */
        int size();

        /** The entries as a new array. */
        default int[] toArray() {
            int[] vector = new int[size()];
            copyTo(vector);
            return vector;
        }

        /** Copies the entries into {@code vector}, whose length is at least {@link #size()}. */
        default void copyTo(int[] vector) {
            for (int q = 0, n = size(); q < n; q++) {
                vector[q] = get(q);
            }
        }
    }

    /**
     * Receives the vector clock of each process event of a forward pass, in seq order, on the
     * thread that started the pass.
     */
    @FunctionalInterface
    public interface Visitor {
        void visit(int seq, Clock clock);
    }

    private final Trace trace;
    private final int size;
    private final int blockBits;
    private final long budget;
    /** {@code checkpoints[i]} is the state before event {@code i << blockBits}. */
    private final ClockState[] checkpoints;
    /** The state before event {@code size}, from which {@link #extend()} continues. */
    private final ClockState end;

    /** The estimated heap of the checkpoints, which the budget bounds. */
    private final long checkpointBytes;

    private VectorClocks(
            Trace trace,
            int size,
            int blockBits,
            long budget,
            ClockState[] checkpoints,
            ClockState end,
            long checkpointBytes) {
        this.trace = trace;
        this.size = size;
        this.blockBits = blockBits;
        this.budget = budget;
        this.checkpoints = checkpoints;
        this.end = end;
        this.checkpointBytes = checkpointBytes;
    }

    /** The clocks of the events below {@code trace.size()} now. */
    public static VectorClocks of(Trace trace) {
        return of(trace, DEFAULT_BLOCK_BITS, DEFAULT_BUDGET);
    }

    /**
     * As {@link #of(Trace)}, starting with blocks of {@code 2^blockBits} events and doubling them
     * whenever the checkpoints would take more than {@code budget} bytes.
     */
    static VectorClocks of(Trace trace, int blockBits, long budget) {
        Objects.requireNonNull(trace, "trace");
        if (blockBits < 0 || blockBits > MAX_BLOCK_BITS) {
            throw new IllegalArgumentException("block bits from 0 to " + MAX_BLOCK_BITS + ", got " + blockBits);
        }
        ClockState initial = ClockState.initial(trace.header().processCount());
        VectorClocks empty = new VectorClocks(
                trace, 0, blockBits, budget, new ClockState[] {initial}, initial, initial.bytesBeyond(null));
        return empty.extend();
    }

    /**
     * The clocks of the events below {@code trace().size()} now, reusing this object's work: only
     * the events added since are visited. Returns this object when there are none.
     */
    public VectorClocks extend() {
        int target = trace.size();
        if (target <= size) {
            return this;
        }
        return new Builder(this).run(target);
    }

    public Trace trace() {
        return trace;
    }

    /** The events covered: seqs below this. */
    public int size() {
        return size;
    }

    /** Events between checkpoints; a question replays at most this many. */
    public int blockSize() {
        return 1 << blockBits;
    }

    /**
     * An estimate of the heap these clocks hold, in bytes: the checkpoints, which stay within the
     * budget, and the vectors of the messages in flight after the last event covered.
     */
    public long retainedBytes() {
        return checkpointBytes + (end == null ? 0 : end.bytesBeyond(checkpoints[checkpoints.length - 1]));
    }

    /** The estimated heap of the checkpoints alone, which the budget bounds. */
    long checkpointBytes() {
        return checkpointBytes;
    }

    /** Event {@code seq}'s entry for process {@code process}: how many events of it {@code seq} follows or is. */
    public long entry(int seq, int process) {
        checkProcessEvent(seq);
        Objects.checkIndex(process, trace.header().processCount());
        return entryOf(seq, process);
    }

    /** Event {@code seq}'s vector clock, indexed by process number; a new array. */
    public int[] vector(int seq) {
        checkProcessEvent(seq);
        return sendVector(seq).toArray();
    }

    /**
     * Visits the vector clock of each process event from {@code from} (inclusive) to {@code to}
     * (exclusive) in seq order, replaying from the checkpoint before {@code from}.
     */
    public void forEachVector(int from, int to, Visitor visitor) {
        Objects.checkFromToIndex(from, to, size);
        Objects.requireNonNull(visitor, "visitor");
        if (from == to) {
            return;
        }
        ClockPass pass = replay(from);
        while (pass.next() < to) {
            int seq = pass.next();
            if (pass.step()) {
                visitor.visit(seq, pass);
            }
        }
    }

    /**
     * Visits the vector clock of each process event below {@code trace.size()} now, in one forward
     * pass that keeps no checkpoints: O(1) per event and O(processes) per receive, with memory for
     * the processes' vectors and the messages in flight.
     */
    public static void forEachVector(Trace trace, Visitor visitor) {
        forEachVector(trace, trace.size(), visitor);
    }

    /** As {@link #forEachVector(Trace, Visitor)}, for the events below {@code to}. */
    public static void forEachVector(Trace trace, int to, Visitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        Objects.checkFromToIndex(0, to, trace.size());
        VectorClocks[] fallback = new VectorClocks[1];
        ClockPass pass = new ClockPass(trace, ClockState.initial(trace.header().processCount()), 0, true, sendSeq -> {
            // only when a message is received more often than it has copies
            if (fallback[0] == null) {
                fallback[0] = VectorClocks.of(trace);
            }
            return fallback[0].sendVector(sendSeq);
        });
        while (pass.next() < to) {
            int seq = pass.next();
            if (pass.step()) {
                visitor.visit(seq, pass);
            }
        }
    }

    private void checkProcessEvent(int seq) {
        if (seq < 0 || seq >= size) {
            throw new IndexOutOfBoundsException("seq " + seq + " is not among the " + size + " events covered");
        }
        EventType type = trace.type(seq);
        if (!type.isProcessEvent()) {
            throw new IllegalArgumentException(
                    "seq " + seq + " is a " + type.wireName() + ", a network event, which has no vector clock");
        }
    }

    /** A pass positioned before event {@code seq}, replayed from the checkpoint before it. */
    private ClockPass replay(int seq) {
        int block = seq >>> blockBits;
        ClockPass pass = new ClockPass(trace, checkpoints[block], block << blockBits, false, this::sendVector);
        while (pass.next() < seq) {
            pass.step();
        }
        return pass;
    }

    /** The vector of process event {@code seq}, below {@code size}. */
    SendVector sendVector(int seq) {
        ClockPass pass = replay(seq);
        pass.step();
        return pass.snapshot();
    }

    /** One entry, replayed as a single number per process: O(block) time, O(block) memory. */
    private int entryOf(int seq, int q) {
        int block = seq >>> blockBits;
        int first = block << blockBits;
        ClockState checkpoint = checkpoints[block];
        int n = checkpoint.processes();
        int[] value = new int[n];
        for (int p = 0; p < n; p++) {
            value[p] = checkpoint.get(p, q);
        }
        int[] sent = new int[seq - first + 1];
        for (int e = first; e <= seq; e++) {
            EventType type = trace.type(e);
            if (!type.isProcessEvent()) {
                continue;
            }
            int p = trace.process(e);
            if (type == EventType.RECEIVE) {
                int received = sentEntry(trace.message(e), e, first, sent, checkpoint, q);
                if (received > value[p]) {
                    value[p] = received;
                }
            }
            if (p == q) {
                value[p]++;
            }
            if (type == EventType.SEND) {
                sent[e - first] = value[p];
            }
        }
        return value[trace.process(seq)];
    }

    private int sentEntry(int msg, int seq, int first, int[] sent, ClockState checkpoint, int q) {
        if (msg < 0 || msg >= trace.messageCount()) {
            throw new IllegalArgumentException("the receive at seq " + seq + " names no message of this trace");
        }
        int sendSeq = trace.sendSeq(msg);
        if (sendSeq < 0 || sendSeq >= seq) {
            throw new IllegalArgumentException(
                    "the receive at seq " + seq + " names message " + msg + ", which no earlier event sends");
        }
        if (sendSeq >= first) {
            return sent[sendSeq - first];
        }
        SendVector send = checkpoint.sendOf(msg);
        if (send != null) {
            return send.get(q);
        }
        FALLBACKS.increment();
        return entryOf(sendSeq, q);
    }

    /** Extends a copy of the checkpoints over more events, dropping every other one when over budget. */
    private static final class Builder {
        private final Trace trace;
        private final long budget;
        private final List<ClockState> checkpoints;
        private int blockBits;
        private long retained;
        private int seq;
        private final ClockPass pass;

        Builder(VectorClocks from) {
            this.trace = from.trace;
            this.budget = from.budget;
            this.checkpoints = new ArrayList<>(Arrays.asList(from.checkpoints));
            this.blockBits = from.blockBits;
            this.retained = from.checkpointBytes;
            this.seq = from.size;
            this.pass = new ClockPass(trace, from.end, from.size, true, this::earlier);
        }

        VectorClocks run(int target) {
            for (; seq < target; seq++) {
                if ((seq & ((1 << blockBits) - 1)) == 0 && (seq >>> blockBits) == checkpoints.size()) {
                    ClockState state = pass.capture();
                    retained += state.bytesBeyond(checkpoints.get(checkpoints.size() - 1));
                    checkpoints.add(state);
                    while (retained > budget && checkpoints.size() > 1 && blockBits < MAX_BLOCK_BITS) {
                        thin();
                    }
                }
                pass.step();
            }
            return snapshot(target, pass.capture());
        }

        /** Keeps every other checkpoint; blocks double. */
        private void thin() {
            List<ClockState> kept = new ArrayList<>();
            for (int i = 0; i < checkpoints.size(); i += 2) {
                kept.add(checkpoints.get(i));
            }
            checkpoints.clear();
            checkpoints.addAll(kept);
            blockBits++;
            retained = 0;
            ClockState previous = null;
            for (ClockState state : checkpoints) {
                retained += state.bytesBeyond(previous);
                previous = state;
            }
        }

        private VectorClocks snapshot(int covered, ClockState end) {
            return new VectorClocks(
                    trace, covered, blockBits, budget, checkpoints.toArray(new ClockState[0]), end, retained);
        }

        /**
         * A send this pass no longer holds (its message was received more often than it has copies):
         * replayed from the checkpoints made so far. The view made for it cannot be extended.
         */
        private SendVector earlier(int sendSeq) {
            return snapshot(seq, null).sendVector(sendSeq);
        }
    }
}
