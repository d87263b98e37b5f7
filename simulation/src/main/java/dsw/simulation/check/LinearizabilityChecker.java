package dsw.simulation.check;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether a client history is linearizable for a model: failed operations are dropped,
 * unconstrained ones left out, the rest split into independent parts (P-compositionality) and each
 * part searched with {@link LinearizabilitySearch}. A cancelled check answers {@link
 * Verdict#UNKNOWN}, never a guess. Stateless, thread-safe.
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
                        Optional.of(Explanations.explain(model, part, outcome.deepest())),
                        parts.size(),
                        configurations);
            }
            if (outcome.verdict() == Verdict.UNKNOWN) {
                verdict = Verdict.UNKNOWN;
            }
        }
        return new CheckResult(verdict, Optional.empty(), parts.size(), configurations);
    }
}
