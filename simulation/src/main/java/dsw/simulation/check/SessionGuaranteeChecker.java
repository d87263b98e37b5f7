package dsw.simulation.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a session guarantee on a register or key-value history whose written values are unique
 * (otherwise the answer is unknown, saying so): the writes to each key must have one order that
 * keeps every process's own writes in order and the guarantee's rule. Read-your-writes: after a
 * process's write, its later reads of that key return that write or a later one. Monotonic reads:
 * a process's later read never returns a write ordered before one it already read. A contradiction
 * is a cycle in the constraints, and the cycle is the explanation. Immutable, thread-safe.
 */
public final class SessionGuaranteeChecker implements ConsistencyChecker {
    /** The session guarantees this checker knows. */
    public enum Guarantee {
        READ_YOUR_WRITES,
        MONOTONIC_READS
    }

    /** The version a read of a key sees before any write: one per key. */
    private record Initial(Object key) {}

    private final Guarantee guarantee;

    public SessionGuaranteeChecker(Guarantee guarantee) {
        this.guarantee = guarantee;
    }

    @Override
    public String promise() {
        return guarantee == Guarantee.READ_YOUR_WRITES ? "read-your-writes consistent" : "monotonic-reads consistent";
    }

    @Override
    public Optional<String> problem(ClientHistory history, Model model) {
        return firstProblem(history, model);
    }

    /** The first operation that is not a plain read or write, for session and causal checks. */
    static Optional<String> firstProblem(ClientHistory history, Model model) {
        for (Operation op : history.operations()) {
            Optional<String> problem = Access.problem(model, op);
            if (problem.isPresent()) {
                return Optional.of(
                        (op.line() > 0 ? "line " + op.line() : "operation " + (op.index() + 1)) + ": " + problem.get());
            }
        }
        return Optional.empty();
    }

    @Override
    public CheckResult check(ClientHistory history, Model model, Cancellation cancellation) {
        problem(history, model).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        List<Access> accesses = Access.of(model, history.operations());
        Optional<String> notUnique = Access.notUnique(model, accesses);
        if (notUnique.isPresent()) {
            return CheckResult.undecided(notUnique.get());
        }
        Map<List<Object>, Access> writers = Access.writers(accesses);
        ConstraintGraph<Object> order = new ConstraintGraph<>();
        Map<List<Object>, Access> lastOwnWrite = new HashMap<>();
        Map<List<Object>, Access> lastRead = new HashMap<>();
        for (Access access : accesses) {
            List<Object> session = List.of(access.op().process(), String.valueOf(access.key()));
            if (access.write()) {
                order.require(new Initial(access.key()), Access.key(access), List.of(), "");
                if (access.op().completion() != Completion.OK) {
                    continue;
                }
                Access earlier = lastOwnWrite.put(session, access);
                if (earlier != null) {
                    order.require(
                            Access.key(earlier),
                            Access.key(access),
                            List.of(earlier.op(), access.op()),
                            describe(model, access) + " came after " + describe(model, earlier) + " in its process");
                }
                continue;
            }
            Access source = writers.get(Access.key(access));
            if (source == null && !Values.same(access.value(), model.initial())) {
                return violation(new Violation(
                        List.of(access.op()),
                        describe(model, access) + ", a value no write that may have happened wrote"));
            }
            Object seen = source == null ? new Initial(access.key()) : Access.key(source);
            Access previous =
                    guarantee == Guarantee.READ_YOUR_WRITES ? lastOwnWrite.get(session) : lastRead.get(session);
            if (previous != null) {
                Object before = previous.write() ? Access.key(previous) : version(writers, previous);
                order.require(
                        before,
                        seen,
                        List.of(previous.op(), access.op()),
                        describe(model, access) + " after "
                                + (previous.write() ? "its own " : "its earlier ") + describe(model, previous)
                                + (previous.write() ? " had completed" : ""));
            }
            lastRead.put(session, access);
        }
        return order.cycle(cancellation)
                .map(cycle -> violation(ConstraintGraph.violation(cycle, "")))
                .orElse(
                        cancellation.cancelled()
                                ? new CheckResult(Verdict.UNKNOWN, Optional.empty(), 1, 0)
                                : new CheckResult(Verdict.OK, Optional.empty(), 1, 0));
    }

    private static Object version(Map<List<Object>, Access> writers, Access read) {
        Access source = writers.get(Access.key(read));
        return source == null ? new Initial(read.key()) : Access.key(source);
    }

    private static CheckResult violation(Violation violation) {
        return new CheckResult(Verdict.VIOLATION, Optional.of(violation), 1, 0);
    }

    /** "read returned 0 (process 1, line 3)". */
    static String describe(Model model, Access access) {
        return model.describe(access.op()) + " " + Explanations.place(access.op());
    }
}
