package dsw.simulation.check;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which operations happen before which: a strict partial order given to the causal check, such as
 * one from a trace's vector clocks. Implementations must be thread-safe if shared.
 */
@FunctionalInterface
public interface HappensBefore {
    /** True when {@code earlier} happens before {@code later}. */
    boolean before(Operation earlier, Operation later);

    /**
     * Program order and reads-from, closed transitively (to a fixed point), over {@code accesses} in
     * history order. When the two form a cycle, an operation on it happens before itself.
     */
    static HappensBefore programOrderAndReadsFrom(List<Access> accesses, Map<Operation, Operation> readsFrom) {
        Map<Operation, Integer> index = new HashMap<>();
        accesses.forEach(access -> index.putIfAbsent(access.op(), index.size()));
        BitSet[] past = new BitSet[index.size()];
        Map<String, Integer> lastOfProcess = new HashMap<>();
        for (int i = 0; i < past.length; i++) {
            past[i] = new BitSet();
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            lastOfProcess.clear();
            for (Access access : accesses) {
                int at = index.get(access.op());
                BitSet before = (BitSet) past[at].clone();
                Integer previous = lastOfProcess.put(access.op().process(), at);
                if (previous != null && previous != at) {
                    past[at].set(previous);
                    past[at].or(past[previous]);
                }
                Operation source = readsFrom.get(access.op());
                if (source != null) {
                    int from = index.get(source);
                    past[at].set(from);
                    past[at].or(past[from]);
                }
                changed |= !past[at].equals(before);
            }
        }
        return (earlier, later) -> {
            Integer from = index.get(earlier);
            Integer to = index.get(later);
            return from != null && to != null && past[to].get(from);
        };
    }
}
