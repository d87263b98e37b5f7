package dsw.simulation.check;

import dsw.model.pattern.ConsistencyModel;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a client history keeps one consistency promise for a data-type model: OK, a
 * {@link Violation} over the smallest set of operations found that cannot be ordered, or unknown
 * when cancelled (never a wrong answer). Eventual consistency is a property of replicas; from a
 * history, {@link QuiescentReadsChecker} sees what clients can of it, and {@link
 * ConvergenceChecker} compares replicas directly. Implementations are immutable and thread-safe.
 */
public interface ConsistencyChecker {
    /** The command-line names, strongest first. */
    List<String> NAMES =
            List.of("linearizable", "sequential", "causal", "read-your-writes", "monotonic-reads", "eventual");

    /** The promise as an adjective for verdicts, such as "linearizable" or "sequentially consistent". */
    String promise();

    /** Why this checker cannot check {@code history} with {@code model}, naming the first operation it cannot take. */
    default Optional<String> problem(ClientHistory history, Model model) {
        return LinearizabilityChecker.problem(history, model);
    }

    /**
     * Checks {@code history}, stopping with "unknown" when {@code cancellation} says so.
     *
     * @throws IllegalArgumentException when {@link #problem} finds one
     */
    CheckResult check(ClientHistory history, Model model, Cancellation cancellation);

    /** The checker for {@code promise}; none for {@link ConsistencyModel#NONE}. */
    static Optional<ConsistencyChecker> forPromise(ConsistencyModel promise) {
        return Optional.ofNullable(
                switch (promise) {
                    case LINEARIZABLE -> LinearizabilityChecker.checker();
                    case SEQUENTIAL -> new SequentialConsistencyChecker();
                    case CAUSAL -> new CausalConsistencyChecker(Optional.empty());
                    case READ_YOUR_WRITES -> new SessionGuaranteeChecker(
                            SessionGuaranteeChecker.Guarantee.READ_YOUR_WRITES);
                    case MONOTONIC_READS -> new SessionGuaranteeChecker(
                            SessionGuaranteeChecker.Guarantee.MONOTONIC_READS);
                    case EVENTUAL -> new QuiescentReadsChecker();
                    case NONE -> null;
                });
    }

    /** The checker a command-line name in {@link #NAMES} stands for. */
    static Optional<ConsistencyChecker> named(String name) {
        return switch (name) {
            case "linearizable" -> forPromise(ConsistencyModel.LINEARIZABLE);
            case "sequential" -> forPromise(ConsistencyModel.SEQUENTIAL);
            case "causal" -> forPromise(ConsistencyModel.CAUSAL);
            case "read-your-writes" -> forPromise(ConsistencyModel.READ_YOUR_WRITES);
            case "monotonic-reads" -> forPromise(ConsistencyModel.MONOTONIC_READS);
            case "eventual" -> forPromise(ConsistencyModel.EVENTUAL);
            default -> Optional.empty();
        };
    }
}
