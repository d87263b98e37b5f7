package dsw.simulation.check;

import java.util.List;

/**
 * Why a history breaks its promise: the smallest set of operations found that cannot be ordered as
 * the promise requires, in history order, and a sentence for the user such as "read of x returned 1
 * (process 3, line 17) after write of 2 (process 1, line 9) had completed". Immutable.
 */
public record Violation(List<Operation> operations, String sentence) {
    public Violation {
        operations = List.copyOf(operations);
    }
}
