package dsw.diagrams.sequence;

import java.util.Objects;

/**
 * What part of a run a sequence diagram shows and how. Immutable, thread-safe.
 *
 * @param from the first virtual time shown, in microseconds
 * @param to the last virtual time shown, in microseconds (inclusive); {@link Long#MAX_VALUE} for
 *     the end of the run
 * @param focus the seq of a process event whose causal history is shown, or -1 for every event
 *     in the window
 * @param withFuture with a focus: show what it caused too, not only what led to it
 * @param timestamps the logical clocks written on arrows and notes
 * @param maxMessages the most arrows drawn; the diagram says so when more were in scope
 */
public record SequenceOptions(
        long from, long to, int focus, boolean withFuture, Timestamps timestamps, int maxMessages) {
    /** Arrows drawn at most unless told otherwise. */
    public static final int DEFAULT_MAX_MESSAGES = 500;

    private static final SequenceOptions WHOLE =
            new SequenceOptions(0, Long.MAX_VALUE, -1, false, Timestamps.NONE, DEFAULT_MAX_MESSAGES);

    public SequenceOptions {
        if (from < 0) {
            throw new IllegalArgumentException("the window starts at a negative time: " + from + "µs");
        }
        if (to < from) {
            throw new IllegalArgumentException("the window ends (" + to + "µs) before it starts (" + from + "µs)");
        }
        if (focus < -1) {
            throw new IllegalArgumentException("no event has seq " + focus);
        }
        Objects.requireNonNull(timestamps, "timestamps");
        if (maxMessages < 1) {
            throw new IllegalArgumentException("at least one message must be allowed, got " + maxMessages);
        }
    }

    /** The whole run, no clocks, at most {@value #DEFAULT_MAX_MESSAGES} arrows. */
    public static SequenceOptions whole() {
        return WHOLE;
    }

    /** Only events from {@code fromMicros} to {@code toMicros} of virtual time, both included. */
    public SequenceOptions withWindow(long fromMicros, long toMicros) {
        return new SequenceOptions(fromMicros, toMicros, focus, withFuture, timestamps, maxMessages);
    }

    /**
     * Only the causal history of process event {@code seq}: the events that happened before it
     * (and, when {@code future}, those it happened before), within the window.
     */
    public SequenceOptions withHistory(int seq, boolean future) {
        if (seq < 0) {
            throw new IllegalArgumentException("no event has seq " + seq);
        }
        return new SequenceOptions(from, to, seq, future, timestamps, maxMessages);
    }

    /** Every event of the window again, not one event's history. */
    public SequenceOptions withoutHistory() {
        return new SequenceOptions(from, to, -1, false, timestamps, maxMessages);
    }

    public SequenceOptions withTimestamps(Timestamps value) {
        return new SequenceOptions(from, to, focus, withFuture, value, maxMessages);
    }

    public SequenceOptions withMaxMessages(int value) {
        return new SequenceOptions(from, to, focus, withFuture, timestamps, value);
    }

    /** Whether the window is the whole run. */
    public boolean isWholeRun() {
        return from == 0 && to == Long.MAX_VALUE;
    }
}
