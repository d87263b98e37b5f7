package dsw.simulation.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shrinks a set of operations that breaks a promise to a small one that still does, greedily: it
 * drops halves, then quarters, down to single operations, keeping a drop when a short search (a
 * fixed budget of steps, so the answer is deterministic) still finds a violation. An operation that
 * changes the state is not dropped outright but kept as an open operation in every later test, so
 * the set is still a violation whatever the dropped writes did; read-only operations are dropped.
 * Stateless, thread-safe.
 */
final class Shrinker {
    /** A search over a history (a subset of operations) that says whether it breaks the promise. */
    @FunctionalInterface
    interface Test {
        Verdict run(List<Operation> history, Cancellation cancellation);
    }

    /** The operations that still break the promise, and the dropped writes kept open around them. Immutable. */
    record Core(List<Operation> operations, List<Operation> relaxed) {
        Core {
            operations = List.copyOf(operations);
            relaxed = List.copyOf(relaxed);
        }

        /** Both, in history order: what the last test searched. */
        List<Operation> history() {
            List<Operation> all = new ArrayList<>(operations);
            all.addAll(relaxed);
            all.sort(Comparator.comparingInt(Operation::index));
            return all;
        }
    }

    /** How often a test may poll its cancellation (about 1,000 search steps a poll). */
    private static final int POLLS_PER_TEST = 64;
    /** Tests at most, so shrinking a huge history stays quick. */
    private static final int TESTS = 400;

    private Shrinker() {}

    /** A small subset of {@code violating} that {@code test} still finds violating, with the writes dropped around it. */
    static Core shrink(List<Operation> violating, Model model, Test test, Cancellation cancellation) {
        List<Operation> kept = new ArrayList<>(violating);
        List<Operation> relaxed = new ArrayList<>();
        int tests = 0;
        for (int chunk = Math.max(1, kept.size() / 2); chunk >= 1 && tests < TESTS; chunk /= 2) {
            for (int from = 0; from < kept.size() && tests < TESTS; ) {
                if (cancellation.cancelled()) {
                    return new Core(kept, relaxed);
                }
                List<Operation> dropped = kept.subList(from, Math.min(kept.size(), from + chunk));
                List<Operation> rest = new ArrayList<>(kept.subList(0, from));
                rest.addAll(kept.subList(from + dropped.size(), kept.size()));
                List<Operation> stillRelaxed = new ArrayList<>(relaxed);
                dropped.stream()
                        .filter(op -> !model.readOnly(op))
                        .map(Shrinker::open)
                        .forEach(stillRelaxed::add);
                tests++;
                if (!rest.isEmpty()
                        && test.run(new Core(rest, stillRelaxed).history(), budget(cancellation))
                                == Verdict.VIOLATION) {
                    kept = rest;
                    relaxed = stillRelaxed;
                } else {
                    from += dropped.size();
                }
            }
            if (chunk == 1) {
                break;
            }
        }
        return new Core(kept, relaxed);
    }

    /** {@code op} as an open operation: it may take effect at any time after its invocation, or never. */
    static Operation open(Operation op) {
        return op.completion() == Completion.OPEN
                ? op
                : new Operation(
                        op.index(),
                        op.process(),
                        op.function(),
                        op.argument(),
                        null,
                        Completion.OPEN,
                        op.invokedAt(),
                        Long.MAX_VALUE,
                        op.line());
    }

    private static Cancellation budget(Cancellation outer) {
        int[] polls = {0};
        return () -> ++polls[0] > POLLS_PER_TEST || outer.cancelled();
    }
}
