package dsw.simulation.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a history is not linearizable: the longest order of operations the search found ({@code
 * ordered}), the operation that could not be placed after it ({@code stuck}), the operations
 * concurrent with it (the ones that could have been ordered around it), and a sentence for the user. Immutable.
 */
public record Violation(List<Operation> ordered, Operation stuck, List<Operation> concurrent, String sentence) {
    public Violation {
        ordered = List.copyOf(ordered);
        concurrent = List.copyOf(concurrent);
    }

    /** The smallest set found that cannot be ordered: the ordered prefix and the stuck operation. */
    public List<Operation> operations() {
        List<Operation> all = new ArrayList<>(ordered);
        all.add(stuck);
        return all;
    }
}
