package dsw.simulation.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
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
                if (source != null && !order.before(source, other)) {
                    continue;
                }
                List<Operation> through = chain(other, read.op(), accesses, readsFrom, order);
                List<Operation> involved = new ArrayList<>(through);
                involved.add(other);
                involved.add(read.op());
                String happened = " happened before it" + through(model, through);
                if (source == null) {
                    return violation(
                            involved,
                            describe(model, read) + ", the initial value, after " + model.describe(other) + " "
                                    + Explanations.place(other) + happened);
                }
                involved.add(source);
                return violation(
                        involved,
                        describe(model, read) + " after " + model.describe(other) + " " + Explanations.place(other)
                                + happened + ", which causally follows " + model.describe(source) + " "
                                + Explanations.place(source));
            }
        }
        return new CheckResult(Verdict.OK, Optional.empty(), 1, 0);
    }

    /**
     * The operations between {@code from} and {@code to} on a shortest path of each process's order
     * and reads-from, all inside the causal interval; empty when the two are directly ordered or the
     * order comes from elsewhere (messages between services, in a trace).
     */
    private static List<Operation> chain(
            Operation from,
            Operation to,
            List<Access> accesses,
            Map<Operation, Operation> readsFrom,
            HappensBefore order) {
        Map<Operation, List<Operation>> next = new HashMap<>();
        Map<String, Operation> lastOfProcess = new HashMap<>();
        for (Access access : accesses) {
            Operation op = access.op();
            Operation previous = lastOfProcess.put(op.process(), op);
            if (previous != null && !previous.equals(op)) {
                next.computeIfAbsent(previous, k -> new ArrayList<>()).add(op);
            }
            Optional.ofNullable(readsFrom.get(op))
                    .ifPresent(writer ->
                            next.computeIfAbsent(writer, k -> new ArrayList<>()).add(op));
        }
        Map<Operation, Operation> cameFrom = new HashMap<>();
        ArrayDeque<Operation> frontier = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, from);
        while (!frontier.isEmpty()) {
            Operation at = frontier.poll();
            for (Operation after : next.getOrDefault(at, List.of())) {
                boolean inside = after.equals(to) || (order.before(from, after) && order.before(after, to));
                if (inside && cameFrom.putIfAbsent(after, at) == null) {
                    if (after.equals(to)) {
                        List<Operation> path = new ArrayList<>();
                        for (Operation step = cameFrom.get(to); !step.equals(from); step = cameFrom.get(step)) {
                            path.add(step);
                        }
                        Collections.reverse(path);
                        return path;
                    }
                    frontier.add(after);
                }
            }
        }
        return List.of();
    }

    /** " through read returned 2 (process 1, line 5)", or nothing for a direct order. */
    private static String through(Model model, List<Operation> chain) {
        return chain.isEmpty()
                ? ""
                : " through "
                        + String.join(
                                " then ",
                                chain.stream()
                                        .map(op -> model.describe(op) + " " + Explanations.place(op))
                                        .toList());
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
