package dsw.app.spacetime;

import dsw.model.trace.Trace;
import java.util.BitSet;

/**
 * The selection the diagram highlights: the selected and compared events and the selected event's
 * causal past and future (from {@code Causality}); both sets are null when nothing is selected, the
 * selection is a network event, or they are still being worked out. Treat the sets as read-only;
 * safe to share once built.
 */
public record HighlightSets(int selected, int compared, BitSet past, BitSet future) {
    public static final HighlightSets NONE = new HighlightSets(-1, -1, null, null);

    /** Whether the causal sets are known, so that everything else is concurrent. */
    public boolean hasCausality() {
        return past != null && future != null;
    }

    /** How event {@code seq} of {@code trace} is highlighted. */
    public Highlight of(Trace trace, int seq) {
        if (seq == selected) {
            return Highlight.SELECTED;
        }
        if (seq == compared) {
            return Highlight.COMPARED;
        }
        if (!hasCausality() || !trace.type(seq).isProcessEvent()) {
            return Highlight.NONE;
        }
        if (past.get(seq)) {
            return Highlight.PAST;
        }
        return future.get(seq) ? Highlight.FUTURE : Highlight.CONCURRENT;
    }

    /**
     * How the arrow of a message from {@code send} to {@code end} is highlighted: along a path into
     * the selected event (PAST), out of it (FUTURE), or on neither (CONCURRENT).
     */
    public Highlight ofArrow(Trace trace, int send, int end) {
        if (!hasCausality()) {
            return Highlight.NONE;
        }
        boolean endIsProcess = trace.type(end).isProcessEvent();
        if (endIsProcess && (end == selected || past.get(end)) && (send == selected || past.get(send))) {
            return Highlight.PAST;
        }
        if (endIsProcess && (send == selected || future.get(send)) && future.get(end)) {
            return Highlight.FUTURE;
        }
        return Highlight.CONCURRENT;
    }
}
