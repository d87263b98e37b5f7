package dsw.app.spacetime;

import dsw.model.trace.Causality;
import dsw.model.trace.Trace;
import dsw.model.trace.VectorClocks;
import java.util.BitSet;

/**
 * One piece of background work of the space-time diagram: extends the vector clocks (and the
 * Lamport order, when shown) over the events available, then works out the selected event's causal
 * past and future and how the two selected events relate. Runs off the FX thread; reads only the
 * trace below its published size and immutable inputs. Immutable, thread-safe.
 */
record Derivation(
        Trace trace,
        VectorClocks clocks,
        LamportOrder order,
        int available,
        boolean needOrder,
        int selected,
        int compared,
        HighlightSets previous) {

    /** What the work found. {@code relation} is empty unless two events are selected. */
    record Result(Trace trace, VectorClocks clocks, LamportOrder order, HighlightSets highlight, String relation) {}

    Result run() {
        VectorClocks extended = clocks == null ? VectorClocks.of(trace) : clocks.extend();
        LamportOrder ordered = order;
        if (needOrder) {
            ordered = order == null ? LamportOrder.of(trace, available) : order.extend(available);
        }
        Causality causality = Causality.of(extended);
        return new Result(trace, extended, ordered, highlight(causality), relation(causality));
    }

    private HighlightSets highlight(Causality causality) {
        VectorClocks covered = causality.clocks();
        if (selected < 0 || selected >= covered.size() || !trace.type(selected).isProcessEvent()) {
            return new HighlightSets(selected, compared, null, null);
        }
        if (previous != null && previous.selected() == selected && previous.hasCausality() && covered == clocks) {
            return new HighlightSets(selected, compared, previous.past(), previous.future());
        }
        BitSet past = causality.causalPast(selected);
        BitSet future = causality.causalFuture(selected);
        return new HighlightSets(selected, compared, past, future);
    }

    private String relation(Causality causality) {
        int covered = causality.clocks().size();
        if (selected < 0 || compared < 0) {
            return "";
        }
        if (selected >= covered || compared >= covered) {
            return "Working out the vector clocks…";
        }
        return causality.explain(selected, compared);
    }
}
