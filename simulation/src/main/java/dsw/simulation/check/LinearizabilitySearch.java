package dsw.simulation.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The Wing and Gong search with Lowe's improvements over one independent part of a history: call
 * and return entries in a doubly linked list in real-time order, a stack of linearized calls, and a
 * cache of (linearized operations, state) configurations already explored. Open operations return
 * after everything else and need not be linearized. Not thread-safe: one search, one thread.
 */
final class LinearizabilitySearch {
    /** A configuration already explored. */
    private record Configuration(LinearizedSet.Snapshot linearized, Object state) {}

    /** The deepest point the search reached before it had to back up. */
    record Deepest(List<Operation> ordered, List<Object> states, Operation stuck) {}

    /** How the search ended: {@code deepest} is set for a violation. */
    record Outcome(Verdict verdict, Deepest deepest, long configurations) {}

    private static final int END = -1;

    private final Model model;
    private final List<Operation> operations;
    private final int head;
    private final int[] next;
    private final int[] prev;
    private final int[] operationOf;
    private final boolean[] call;

    LinearizabilitySearch(Model model, List<Operation> operations) {
        this.model = model;
        this.operations = List.copyOf(operations);
        int entries = 2 * operations.size();
        head = entries;
        next = new int[entries + 1];
        prev = new int[entries + 1];
        operationOf = new int[entries];
        call = new boolean[entries];
        Integer[] order = IntStream.range(0, entries).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong(this::time).thenComparingInt(e -> e));
        int last = head;
        for (int entry : order) {
            operationOf[entry] = entry / 2;
            call[entry] = entry % 2 == 0;
            next[last] = entry;
            prev[entry] = last;
            last = entry;
        }
        next[last] = END;
    }

    private long time(int entry) {
        Operation op = operations.get(entry / 2);
        return entry % 2 == 0 ? op.invokedAt() : op.completedAt();
    }

    Outcome run(Cancellation cancellation) {
        int size = operations.size();
        Set<Configuration> explored = new HashSet<>();
        LinearizedSet linearized = new LinearizedSet(size);
        int[] stackEntry = new int[size];
        Object[] stackState = new Object[size];
        int depth = 0;
        int remaining = (int) operations.stream()
                .filter(op -> op.completion() != Completion.OPEN)
                .count();
        Object state = model.initial();
        Deepest deepest = null;
        int deepestDepth = -1;
        long steps = 0;
        int entry = next[head];
        while (remaining > 0) {
            if ((++steps & 0x3FF) == 0 && cancellation.cancelled()) {
                return new Outcome(Verdict.UNKNOWN, null, explored.size());
            }
            if (entry != END && call[entry]) {
                int index = operationOf[entry];
                Object after = model.step(state, operations.get(index));
                if (after != Model.IMPOSSIBLE) {
                    linearized.set(index);
                    if (explored.add(new Configuration(linearized.snapshot(), after))) {
                        stackEntry[depth] = entry;
                        stackState[depth] = state;
                        depth++;
                        state = after;
                        lift(entry);
                        remaining -= open(index) ? 0 : 1;
                        entry = next[head];
                        continue;
                    }
                    linearized.clear(index);
                }
                entry = next[entry];
            } else {
                if (depth > deepestDepth && entry != END) {
                    deepestDepth = depth;
                    deepest = deepest(stackEntry, stackState, depth, state, operations.get(operationOf[entry]));
                }
                if (depth == 0) {
                    return new Outcome(Verdict.VIOLATION, deepest, explored.size());
                }
                depth--;
                int top = stackEntry[depth];
                state = stackState[depth];
                int index = operationOf[top];
                linearized.clear(index);
                unlift(top);
                remaining += open(index) ? 0 : 1;
                entry = next[top];
            }
        }
        return new Outcome(Verdict.OK, null, explored.size());
    }

    private boolean open(int index) {
        return operations.get(index).completion() == Completion.OPEN;
    }

    private Deepest deepest(int[] stackEntry, Object[] stackState, int depth, Object state, Operation stuck) {
        List<Operation> ordered = new ArrayList<>(depth);
        List<Object> states = new ArrayList<>(depth + 1);
        for (int i = 0; i < depth; i++) {
            ordered.add(operations.get(operationOf[stackEntry[i]]));
            states.add(stackState[i]);
        }
        states.add(state);
        return new Deepest(ordered, states, stuck);
    }

    /** Takes a call entry and its return out of the list (dancing links). */
    private void lift(int callEntry) {
        remove(callEntry);
        remove(callEntry + 1);
    }

    /** Puts back what {@link #lift} took out, in reverse order. */
    private void unlift(int callEntry) {
        restore(callEntry + 1);
        restore(callEntry);
    }

    private void remove(int entry) {
        next[prev[entry]] = next[entry];
        if (next[entry] != END) {
            prev[next[entry]] = prev[entry];
        }
    }

    private void restore(int entry) {
        next[prev[entry]] = entry;
        if (next[entry] != END) {
            prev[next[entry]] = entry;
        }
    }
}
