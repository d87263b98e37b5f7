package dsw.simulation.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shrinks a set of operations that breaks a promise to a small one that still does, greedily: it
 * drops halves, then quarters, down to single operations, keeping a drop when a short search (a
 * fixed budget of steps, so the answer is deterministic) still finds a violation. An operation that
 * changes the state is not dropped outright but kept as a relaxed operation in every later test
 * (the test decides what relaxed means: linearizability lets it take effect or not within its own
 * time, sequential consistency lets it take effect anywhere or not at all), so the set is still a
 * violation whatever the dropped writes did; read-only operations are dropped. Stateless,
 * thread-safe.
 */
final class Shrinker {
    /** A search over a history (a subset of operations) that says whether it breaks the promise. */
    @FunctionalInterface
    interface Test {
        Verdict run(Core core, Cancellation cancellation);
    }

    /** The operations that still break the promise, and the writes kept open around them. Immutable. */
    record Core(List<Operation> operations, List<Operation> relaxed) {
        Core {
            operations = List.copyOf(operations);
            relaxed = List.copyOf(relaxed);
        }

        /** Both, in history order, the relaxed ones as open operations. */
        List<Operation> openHistory() {
            List<Operation> all = new ArrayList<>(operations);
            relaxed.stream().map(Shrinker::open).forEach(all::add);
            all.sort(Comparator.comparingInt(Operation::index));
            return all;
        }
    }

    /** How often one test may poll its cancellation (about 1,000 search steps a poll). */
    private static final int POLLS_PER_TEST = 16;
    /** Polls for all tests together, so shrinking a long history stays quick. */
    private static final int POLLS = 64;
    /** Tests at most, for the same reason: a short test may end before it polls. */
    private static final int TESTS = 200;

    private Shrinker() {}

    /**
     * A small subset of {@code violating}'s operations that {@code test} still finds violating, with
     * its relaxed operations and the writes dropped around it.
     */
    static Core shrink(Core violating, Model model, Test test, Cancellation cancellation) {
        List<Operation> kept = new ArrayList<>(violating.operations());
        List<Operation> relaxed = new ArrayList<>(violating.relaxed());
        int[] polls = {0};
        int tests = 0;
        Cancellation budget = () -> ++polls[0] > POLLS || cancellation.cancelled();
        for (int chunk = Math.max(1, kept.size() / 2); ; chunk = Math.max(1, chunk / 2)) {
            for (int from = 0; from < kept.size(); ) {
                if (++tests > TESTS || budget.cancelled()) {
                    return new Core(kept, relaxed);
                }
                List<Operation> dropped = kept.subList(from, Math.min(kept.size(), from + chunk));
                List<Operation> rest = new ArrayList<>(kept.subList(0, from));
                rest.addAll(kept.subList(from + dropped.size(), kept.size()));
                List<Operation> stillRelaxed = new ArrayList<>(relaxed);
                dropped.stream().filter(op -> !model.readOnly(op)).forEach(stillRelaxed::add);
                if (!rest.isEmpty() && test.run(new Core(rest, stillRelaxed), each(budget)) == Verdict.VIOLATION) {
                    kept = rest;
                    relaxed = stillRelaxed;
                } else {
                    from += dropped.size();
                }
            }
            if (chunk == 1) {
                return new Core(kept, relaxed);
            }
        }
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

    /** At most {@link #POLLS_PER_TEST} polls of {@code overall}, which counts them. */
    private static Cancellation each(Cancellation overall) {
        int[] polls = {0};
        return () -> ++polls[0] > POLLS_PER_TEST || overall.cancelled();
    }
}
