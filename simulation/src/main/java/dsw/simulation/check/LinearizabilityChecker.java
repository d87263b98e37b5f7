package dsw.simulation.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a client history is linearizable for a model: failed operations are dropped,
 * unconstrained ones left out, the rest split into independent parts (P-compositionality) and each
 * part searched with {@link LinearizabilitySearch}; a violation is shrunk to a small core before it
 * is explained. A cancelled check answers {@link Verdict#UNKNOWN}, never a guess. Stateless,
 * thread-safe.
 */
public final class LinearizabilityChecker {
    private LinearizabilityChecker() {}

    /** Why {@code model} cannot check {@code history}, naming the first operation it cannot run. */
    public static Optional<String> problem(ClientHistory history, Model model) {
        for (Operation op : history.operations()) {
            Optional<String> problem = model.problem(op);
            if (problem.isPresent()) {
                return Optional.of(
                        (op.line() > 0 ? "line " + op.line() : "operation " + (op.index() + 1)) + ": " + problem.get());
            }
        }
        return Optional.empty();
    }

    /**
     * Checks {@code history} against {@code model}, stopping with "unknown" when {@code
     * cancellation} says so.
     *
     * @throws IllegalArgumentException when {@link #problem} finds one
     */
    public static CheckResult check(ClientHistory history, Model model, Cancellation cancellation) {
        problem(history, model).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        List<Operation> relevant = history.operations().stream()
                .filter(op -> op.completion() != Completion.FAIL && !model.unconstrained(op))
                .toList();
        List<List<Operation>> parts = model.partition(relevant);
        long configurations = 0;
        Verdict verdict = Verdict.OK;
        for (List<Operation> part : parts) {
            LinearizabilitySearch.Outcome outcome = new LinearizabilitySearch(model, part).run(cancellation);
            configurations += outcome.configurations();
            if (outcome.verdict() == Verdict.VIOLATION) {
                return new CheckResult(
                        Verdict.VIOLATION,
                        Optional.of(explain(model, part, outcome.deepest(), cancellation)),
                        parts.size(),
                        configurations);
            }
            if (outcome.verdict() == Verdict.UNKNOWN) {
                verdict = Verdict.UNKNOWN;
            }
        }
        return new CheckResult(verdict, Optional.empty(), parts.size(), configurations);
    }

    /** This checker behind the {@link ConsistencyChecker} seam. */
    public static ConsistencyChecker checker() {
        return new ConsistencyChecker() {
            @Override
            public String promise() {
                return "linearizable";
            }

            @Override
            public CheckResult check(ClientHistory history, Model model, Cancellation cancellation) {
                return LinearizabilityChecker.check(history, model, cancellation);
            }
        };
    }

    /**
     * The violation over a small core of {@code part}: cut to what had happened when the search got
     * stuck (operations still pending then kept open, pending reads dropped), shrunk with dropped
     * writes free to take effect or not within their own time, then searched once more for the
     * sentence; the whole part's deepest point when cancelled first.
     */
    private static Violation explain(
            Model model, List<Operation> part, LinearizabilitySearch.Deepest deepest, Cancellation cancellation) {
        long stuckAt = deepest.stuck().completedAt();
        List<Operation> done = part.stream()
                .filter(op -> op.invokedAt() < stuckAt && op.completedAt() <= stuckAt)
                .toList();
        List<Operation> pending = part.stream()
                .filter(op -> op.invokedAt() < stuckAt && op.completedAt() > stuckAt && !model.readOnly(op))
                .map(Shrinker::open)
                .toList();
        Shrinker.Core core = Shrinker.shrink(
                new Shrinker.Core(done, pending),
                model,
                (shrunk, budget) -> search(model, shrunk).run(budget).verdict(),
                cancellation);
        LinearizabilitySearch.Outcome again = search(model, core).run(cancellation);
        return again.verdict() == Verdict.VIOLATION
                ? Explanations.explain(model, core.operations(), again.deepest())
                : Explanations.explain(model, part, deepest);
    }

    /** A search over {@code core}'s operations and its relaxed ones, which may take effect or not. */
    private static LinearizabilitySearch search(Model model, Shrinker.Core core) {
        List<Operation> all = new ArrayList<>(core.operations());
        all.addAll(core.relaxed());
        all.sort(Comparator.comparingInt(Operation::index));
        return new LinearizabilitySearch(model, all, Set.copyOf(core.relaxed()));
    }
}
