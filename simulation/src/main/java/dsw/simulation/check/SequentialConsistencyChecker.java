package dsw.simulation.check;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether a client history is sequentially consistent for a model: one total order of the
 * operations that keeps each process's own order (real time between processes does not count) and
 * that the model accepts. Failed operations are dropped and unconstrained ones left out; a
 * violation is shrunk to a small core. Immutable, thread-safe.
 */
public final class SequentialConsistencyChecker implements ConsistencyChecker {
    @Override
    public String promise() {
        return "sequentially consistent";
    }

    @Override
    public CheckResult check(ClientHistory history, Model model, Cancellation cancellation) {
        problem(history, model).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        List<Operation> relevant = history.operations().stream()
                .filter(op -> op.completion() != Completion.FAIL && !model.unconstrained(op))
                .toList();
        SequentialSearch.Outcome outcome = new SequentialSearch(model, relevant).run(cancellation);
        if (outcome.verdict() != Verdict.VIOLATION) {
            return new CheckResult(outcome.verdict(), Optional.empty(), 1, outcome.configurations());
        }
        Shrinker.Core core = Shrinker.shrink(
                new Shrinker.Core(relevant, List.of()),
                model,
                (shrunk, budget) -> new SequentialSearch(model, shrunk.openHistory())
                        .run(budget)
                        .verdict(),
                cancellation);
        SequentialSearch search = new SequentialSearch(model, core.openHistory());
        SequentialSearch.Outcome again = search.run(cancellation);
        Violation violation = again.verdict() == Verdict.VIOLATION
                ? explain(model, core.operations(), search, again.deepest())
                : new Violation(relevant, "no order of the operations keeps each process's own order");
        return new CheckResult(Verdict.VIOLATION, Optional.of(violation), 1, outcome.configurations());
    }

    /**
     * "get of x returned 0 (process 1, line 5) cannot follow get of x returned 2 (process 1, line
     * 3) of its own process in any order that keeps each process's order; ...".
     */
    private static Violation explain(
            Model model, List<Operation> core, SequentialSearch search, SequentialSearch.Deepest deepest) {
        Operation stuck = deepest.next().stream()
                .filter(core::contains)
                .findFirst()
                .orElse(deepest.next().get(0));
        Optional<Operation> before = core.stream()
                .filter(op -> op.process().equals(stuck.process()) && op.index() < stuck.index())
                .reduce((first, second) -> second);
        String held = model.describeState(deepest.states()[search.partOf(stuck)]);
        String sentence = model.describe(stuck) + " " + Explanations.place(stuck)
                + before.map(op -> " cannot follow " + model.describe(op) + " " + Explanations.place(op)
                                + " of its own process")
                        .orElse(" cannot be placed")
                + " in any order of these " + core.size()
                + " operations that keeps each process's order; the longest such order"
                + (deepest.ordered().isEmpty()
                        ? " is empty"
                        : " ends with "
                                + model.describe(
                                        deepest.ordered().get(deepest.ordered().size() - 1)) + " "
                                + Explanations.place(
                                        deepest.ordered().get(deepest.ordered().size() - 1)))
                + ", where " + held;
        return new Violation(core, sentence);
    }
}
