package dsw.app.animation;

import dsw.model.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The state of every process after any number of events of a run, for an animation that the user
 * scrubs back and forth: up, crashed, paused or overloaded, queue length, Lamport clock and last
 * event. Immutable, thread-safe: a {@link Builder} extends it as the trace grows (off the UI
 * thread), and a {@link Reader} answers questions.
 *
 * <p>What counts:
 *
 * <ul>
 *   <li><b>Queue length</b>: requests and queue deliveries the process received and has not
 *       answered yet (no message it sent has the request as its {@code replyTo}), waiting or being
 *       worked on, plus, for a queue, the messages published to it and not yet delivered (a
 *       failed acknowledgement gives one back). A crash empties it, as the process loses them.
 *   <li><b>Overloaded</b>: up, with a queue longer than its component's concurrency limit ({@code
 *       concurrency} property, so requests wait for a worker), or with a full-queue drop at it or a
 *       rejected answer from it in the last {@link #RECENT} of virtual time.
 *   <li><b>Lamport clock</b>: that of the process's last event.
 * </ul>
 *
 * <p>A checkpoint of every process's state is kept every {@code 2^k} events (4,096 at first), and a
 * question replays at most one interval, so it costs O(interval), whatever the trace's length. A
 * checkpoint takes about 21 bytes per process plus 4 per unanswered request: at 200 processes,
 * 4.3 KB, so 10 million events take about 2,440 checkpoints and 11 MB. When the checkpoints would
 * take more than a budget (32 MB), every other one is dropped and the interval doubles, so the
 * memory stays bounded whatever the length and the queues.
 */
public final class ProcessStates {
    /** How long after a full-queue drop or a rejection a process still shows as overloaded. */
    public static final long RECENT = 100_000;

    static final int DEFAULT_BITS = 12;
    static final long DEFAULT_BUDGET = 32L << 20;

    private final Trace trace;
    private final int size;
    private final int bits;
    private final StateTracker.Checkpoint[] checkpoints;
    private final long checkpointBytes;
    private final int[] limits;

    private ProcessStates(
            Trace trace,
            int size,
            int bits,
            StateTracker.Checkpoint[] checkpoints,
            long checkpointBytes,
            int[] limits) {
        this.trace = trace;
        this.size = size;
        this.bits = bits;
        this.checkpoints = checkpoints;
        this.checkpointBytes = checkpointBytes;
        this.limits = limits;
    }

    public Trace trace() {
        return trace;
    }

    /** The events covered: seqs below this. */
    public int size() {
        return size;
    }

    /** Events between checkpoints: a question replays at most this many. */
    public int interval() {
        return 1 << bits;
    }

    /** The estimated heap of the checkpoints, in bytes. */
    public long checkpointBytes() {
        return checkpointBytes;
    }

    /** The states after the first {@code shown} events (at most {@link #size()}). */
    public ProcessSnapshot at(int shown) {
        return reader().at(shown);
    }

    /** A reader that keeps its place, so that playing forward replays only the new events. */
    public Reader reader() {
        return new Reader(this);
    }

    private StateTracker.Checkpoint checkpointBefore(int shown) {
        return checkpoints[Math.min(checkpoints.length - 1, shown >>> bits)];
    }

    /**
     * Answers questions about one {@link ProcessStates}, keeping the state of its last answer:
     * moving forward by less than an interval replays only the events in between, moving back or
     * far starts from a checkpoint. Not thread-safe.
     */
    public static final class Reader {
        private ProcessStates states;
        private StateTracker place;

        private Reader(ProcessStates states) {
            this.states = states;
        }

        /** Answers from a newer {@link ProcessStates} of the same trace from now on. */
        public void rebase(ProcessStates newer) {
            if (newer.trace != states.trace) {
                place = null;
            }
            states = newer;
        }

        public ProcessStates states() {
            return states;
        }

        /** The states after the first {@code shown} events (clamped to those covered). */
        public ProcessSnapshot at(int shown) {
            int target = Math.max(0, Math.min(shown, states.size));
            StateTracker.Checkpoint checkpoint = states.checkpointBefore(target);
            if (place == null || place.position > target || checkpoint.position() > place.position) {
                place = new StateTracker(states.trace, checkpoint);
            }
            while (place.position < target) {
                place.step();
            }
            return ProcessSnapshot.of(states.trace, place, states.limits);
        }
    }

    /**
     * Builds {@link ProcessStates} over a growing trace, O(1) per event (O(unanswered requests)
     * per crash). Use from one thread at a time; what it builds is immutable.
     */
    public static final class Builder {
        private final Trace trace;
        private final int[] limits;
        private final long budget;
        private final StateTracker tracker;
        private final List<StateTracker.Checkpoint> checkpoints = new ArrayList<>();
        private int bits;
        private long retained;

        /**
         * @param limits per process, its component's concurrency limit ({@link Integer#MAX_VALUE}
         *     for none)
         */
        public Builder(Trace trace, int[] limits) {
            this(trace, limits, DEFAULT_BITS, DEFAULT_BUDGET);
        }

        Builder(Trace trace, int[] limits, int bits, long budget) {
            this.trace = Objects.requireNonNull(trace, "trace");
            int n = trace.header().processCount();
            this.limits = Arrays.copyOf(limits, n);
            for (int p = limits.length; p < n; p++) {
                this.limits[p] = Integer.MAX_VALUE;
            }
            this.bits = bits;
            this.budget = budget;
            this.tracker = new StateTracker(trace);
        }

        /** Covers the events up to {@code upTo} (at most the trace's size) and returns the result. */
        public ProcessStates build(int upTo) {
            int target = Math.min(upTo, trace.size());
            while (tracker.position < target) {
                if ((tracker.position & ((1 << bits) - 1)) == 0 && (tracker.position >>> bits) == checkpoints.size()) {
                    StateTracker.Checkpoint checkpoint = tracker.capture();
                    checkpoints.add(checkpoint);
                    retained += checkpoint.bytes();
                    while (retained > budget && checkpoints.size() > 1) {
                        thin();
                    }
                }
                tracker.step();
            }
            if (checkpoints.isEmpty()) {
                checkpoints.add(tracker.capture());
                retained += checkpoints.get(0).bytes();
            }
            return new ProcessStates(
                    trace,
                    tracker.position,
                    bits,
                    checkpoints.toArray(new StateTracker.Checkpoint[0]),
                    retained,
                    limits);
        }

        /** Keeps every other checkpoint; the interval doubles. */
        private void thin() {
            List<StateTracker.Checkpoint> kept = new ArrayList<>();
            retained = 0;
            for (int i = 0; i < checkpoints.size(); i += 2) {
                kept.add(checkpoints.get(i));
                retained += checkpoints.get(i).bytes();
            }
            checkpoints.clear();
            checkpoints.addAll(kept);
            bits++;
        }
    }
}
