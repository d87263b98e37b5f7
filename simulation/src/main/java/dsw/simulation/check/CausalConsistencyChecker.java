package dsw.simulation.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks causal consistency on a register or key-value history whose written values are unique
 * (otherwise unknown, saying so): no read returns a write that another write of the same key, in
 * the read's causal past, causally follows; no read returns a write from its causal future; and
 * nothing happens before itself. Happens-before is given (from a trace's vector clocks) or else
 * program order and reads-from, closed transitively. Immutable, thread-safe.
 */
public final class CausalConsistencyChecker implements ConsistencyChecker {
    private final Optional<HappensBefore> given;

    /** With {@code given} as happens-before, or program order and reads-from when empty. */
    public CausalConsistencyChecker(Optional<HappensBefore> given) {
        this.given = given;
    }

    @Override
    public String promise() {
        return "causally consistent";
    }

    @Override
    public Optional<String> problem(ClientHistory history, Model model) {
        return SessionGuaranteeChecker.firstProblem(history, model);
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
        Map<Operation, Operation> readsFrom = new HashMap<>();
        Map<Object, List<Access>> writesByKey = new HashMap<>();
        for (Access access : accesses) {
            if (access.write()) {
                writesByKey
                        .computeIfAbsent(access.key(), k -> new ArrayList<>())
                        .add(access);
            } else if (writers.containsKey(Access.key(access))) {
                readsFrom.put(access.op(), writers.get(Access.key(access)).op());
            } else if (!Values.same(access.value(), model.initial())) {
                return violation(
                        List.of(access.op()),
                        describe(model, access) + ", a value no write that may have happened wrote");
            }
        }
        HappensBefore order = given.orElseGet(() -> HappensBefore.programOrderAndReadsFrom(accesses, readsFrom));
        for (Access access : accesses) {
            if (order.before(access.op(), access.op())) {
                List<Operation> involved = new ArrayList<>(List.of(access.op()));
                Optional.ofNullable(readsFrom.get(access.op())).ifPresent(involved::add);
                return violation(
                        involved,
                        describe(model, access)
                                + " happens before itself: reads-from and each process's order form a cycle through it");
            }
        }
        for (Access read : accesses) {
            if (cancellation.cancelled()) {
                return new CheckResult(Verdict.UNKNOWN, Optional.empty(), 1, 0);
            }
            if (read.write()) {
                continue;
            }
            Operation source = readsFrom.get(read.op());
            if (source != null && order.before(read.op(), source)) {
                return violation(
                        List.of(source, read.op()),
                        describe(model, read) + ", the value of " + model.describe(source) + " "
                                + Explanations.place(source) + ", which it happens before");
            }
            for (Access newer : writesByKey.getOrDefault(read.key(), List.of())) {
                Operation other = newer.op();
                if (other.equals(source) || other.completion() != Completion.OK || !order.before(other, read.op())) {
                    continue;
                }
                if (source == null) {
                    return violation(
                            List.of(other, read.op()),
                            describe(model, read) + ", the initial value, after " + model.describe(other) + " "
                                    + Explanations.place(other) + " happened before it");
                }
                if (order.before(source, other)) {
                    return violation(
                            List.of(source, other, read.op()),
                            describe(model, read) + " after " + model.describe(other) + " "
                                    + Explanations.place(other) + " happened before it, which causally follows "
                                    + model.describe(source) + " " + Explanations.place(source));
                }
            }
        }
        return new CheckResult(Verdict.OK, Optional.empty(), 1, 0);
    }

    private static String describe(Model model, Access access) {
        return model.describe(access.op()) + " " + Explanations.place(access.op());
    }

    private static CheckResult violation(List<Operation> operations, String sentence) {
        List<Operation> sorted = new ArrayList<>(operations);
        sorted.sort(java.util.Comparator.comparingInt(Operation::index));
        return new CheckResult(Verdict.VIOLATION, Optional.of(new Violation(sorted, sentence)), 1, 0);
    }
}
