package dsw.app.consistency;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.pattern.ConsistencyModel;
import dsw.model.trace.Trace;
import dsw.simulation.check.Cancellation;
import dsw.simulation.check.CausalConsistencyChecker;
import dsw.simulation.check.CheckResult;
import dsw.simulation.check.ClientHistory;
import dsw.simulation.check.ConsistencyChecker;
import dsw.simulation.check.ConvergenceChecker;
import dsw.simulation.check.LinearizabilityChecker;
import dsw.simulation.check.Model;
import dsw.simulation.check.Models;
import dsw.simulation.check.RunHistory;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which promise a run is checked against, and the check itself: the strongest consistency a data
 * component of the design promises, or linearizability when none states one. Stateless,
 * thread-safe.
 */
final class PromiseCheck {
    private PromiseCheck() {}

    /** The strongest promise the design's components state, if any. */
    static Optional<ConsistencyModel> promised(Design design) {
        return design.components().stream()
                .map(Component::patterns)
                .map(p -> p.consistency())
                .filter(c -> c != ConsistencyModel.NONE)
                .max(Comparator.naturalOrder());
    }

    /** The promise to check: the stated one, else linearizability. */
    static ConsistencyModel toCheck(Design design) {
        return promised(design).orElse(ConsistencyModel.LINEARIZABLE);
    }

    /**
     * Checks {@code history}, recorded from {@code trace}, against {@code promise}, giving up with
     * "unknown" when {@code cancellation} says so. Causal consistency uses the trace's vector clocks.
     */
    static CheckResult check(Trace trace, ClientHistory history, ConsistencyModel promise, Cancellation cancellation) {
        Model model = Models.named(Models.guess(history), history.initial()).orElseThrow();
        ConsistencyChecker checker = promise == ConsistencyModel.CAUSAL
                ? new CausalConsistencyChecker(Optional.of(RunHistory.happensBefore(trace)))
                : ConsistencyChecker.forPromise(promise).orElseGet(LinearizabilityChecker::checker);
        Optional<String> problem = checker.problem(history, model);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return checker.check(history, model, cancellation);
    }

    /**
     * For eventual consistency, whether the replicas converged by the end of the run (from the
     * trace's replica states); empty for other promises and for runs that record no replica state.
     */
    static Optional<ConvergenceChecker.Convergence> convergence(Trace trace, ConsistencyModel promise) {
        return promise == ConsistencyModel.EVENTUAL ? ConvergenceChecker.check(trace) : Optional.empty();
    }

    /** The promise in words, as the panel names it. */
    static String words(ConsistencyModel promise) {
        return switch (promise) {
            case NONE -> "no promise";
            case EVENTUAL -> "eventual consistency";
            case MONOTONIC_READS -> "monotonic reads";
            case READ_YOUR_WRITES -> "read your writes";
            case CAUSAL -> "causal consistency";
            case SEQUENTIAL -> "sequential consistency";
            case LINEARIZABLE -> "linearizability";
        };
    }
}
