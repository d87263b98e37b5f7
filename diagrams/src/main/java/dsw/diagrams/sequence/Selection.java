package dsw.diagrams.sequence;

import dsw.model.trace.Causality;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * The events a sequence diagram draws, in trace order: receives and drops (arrows), the focus
 * send, process notes and environment faults, within the options' window and focus, cut after
 * the options' most arrows. Immutable once built; not shared between threads.
 */
final class Selection {
    private final int[] steps;
    private final int[] copies;
    private final int count;
    private final boolean[] involved;
    private final int arrowsInScope;
    private final int arrowsShown;
    private final long lastTimeInScope;

    private Selection(
            int[] steps, int[] copies, int count, boolean[] involved, int arrowsInScope, int arrowsShown, long last) {
        this.steps = steps;
        this.copies = copies;
        this.count = count;
        this.involved = involved;
        this.arrowsInScope = arrowsInScope;
        this.arrowsShown = arrowsShown;
        this.lastTimeInScope = last;
    }

    /**
     * @throws IllegalArgumentException when the focus is not an event of the trace, or is a drop or
     *     a fault (which have no causal history)
     */
    static Selection of(Trace trace, SequenceOptions options) {
        int size = trace.size();
        int focus = options.focus();
        BitSet causal = null;
        int firstCausal = 0;
        int lastCausal = size - 1;
        if (focus >= 0) {
            causal = causalSet(trace, focus, options.withFuture());
            firstCausal = causal.nextSetBit(0);
            lastCausal = causal.length() - 1;
        }
        int processes = trace.header().processCount();
        boolean[] involved = new boolean[processes];
        byte[] copiesSeen = new byte[Math.max(1, trace.messageCount())];
        int[] steps = new int[16];
        int[] copies = new int[16];
        int count = 0;
        int inScope = 0;
        int shown = 0;
        long lastTime = -1;
        boolean full = false;
        for (int seq = 0; seq < size; seq++) {
            EventType type = trace.type(seq);
            boolean arrow = type == EventType.RECEIVE || type == EventType.DROP;
            int copy = 0;
            if (arrow) {
                int msg = trace.message(seq);
                copy = copiesSeen[msg];
                copiesSeen[msg] = (byte) Math.min(copy + 1, Byte.MAX_VALUE);
            }
            long t = trace.time(seq);
            if (t < options.from()) {
                continue;
            }
            if (t > options.to()) {
                break;
            }
            if (type == EventType.SEND && seq != focus) {
                // a message is drawn when it arrives or is lost
                continue;
            }
            if (causal != null && !inCausalScope(trace, seq, type, causal, options, firstCausal, lastCausal)) {
                continue;
            }
            if (arrow) {
                inScope++;
                lastTime = t;
                if (shown == options.maxMessages()) {
                    full = true;
                    continue;
                }
                shown++;
            } else if (full) {
                continue;
            }
            if (count == steps.length) {
                steps = Arrays.copyOf(steps, count * 2);
                copies = Arrays.copyOf(copies, count * 2);
            }
            steps[count] = seq;
            copies[count] = copy;
            count++;
            markInvolved(trace, seq, type, involved);
        }
        return new Selection(steps, copies, count, involved, inScope, shown, lastTime);
    }

    private static BitSet causalSet(Trace trace, int focus, boolean withFuture) {
        if (focus >= trace.size()) {
            throw new IllegalArgumentException(
                    "the run has " + trace.size() + " events (seq 0 to " + (trace.size() - 1) + "), no seq " + focus);
        }
        EventType type = trace.type(focus);
        if (!type.isProcessEvent()) {
            throw new IllegalArgumentException("seq " + focus + " is a " + type.wireName()
                    + ", which happens at no process and so has no causal history; choose a process event");
        }
        Causality causality = Causality.of(trace);
        BitSet set = causality.causalPast(focus);
        set.set(focus);
        if (withFuture) {
            set.or(causality.causalFuture(focus));
        }
        return set;
    }

    private static boolean inCausalScope(
            Trace trace, int seq, EventType type, BitSet causal, SequenceOptions options, int first, int last) {
        // a drop: a lost copy of a message the history sent, lost before the focus unless the future is shown
        return switch (type) {
            case DROP -> causal.get(trace.sendSeq(trace.message(seq)))
                    && (options.withFuture() || seq < options.focus());
            case FAULT -> seq > first && seq < last;
            case SEND -> seq == options.focus();
            case RECEIVE, LOCAL, CRASH, RECOVER, PAUSE, RESUME -> causal.get(seq);
        };
    }

    private static void markInvolved(Trace trace, int seq, EventType type, boolean[] involved) {
        if (type == EventType.RECEIVE || type == EventType.DROP) {
            int msg = trace.message(seq);
            involved[trace.messageFrom(msg)] = true;
            involved[trace.messageTo(msg)] = true;
        } else if (type.isProcessEvent()) {
            involved[trace.process(seq)] = true;
        }
    }

    /** How many events are drawn. */
    int size() {
        return count;
    }

    /** The seq of the {@code i}th event drawn. */
    int seq(int i) {
        return steps[Objects.checkIndex(i, count)];
    }

    /** For a receive or drop: 0 for the first copy of its message, 1 for the second (a duplicate). */
    int copy(int i) {
        return copies[Objects.checkIndex(i, count)];
    }

    boolean involves(int process) {
        return involved[process];
    }

    /** Receives and drops in the window and focus, drawn or not. */
    int arrowsInScope() {
        return arrowsInScope;
    }

    int arrowsShown() {
        return arrowsShown;
    }

    boolean truncated() {
        return arrowsShown < arrowsInScope;
    }

    /** The time of the last receive or drop in scope, drawn or not; -1 when there is none. */
    long lastArrowTime() {
        return lastTimeInScope;
    }
}
