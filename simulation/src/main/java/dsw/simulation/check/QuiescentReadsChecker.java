package dsw.simulation.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Eventual consistency as the clients can see it: once the writes to a key have stopped (every
 * write ended, or began, before), every read of that key returns the same value. Two such reads
 * that disagree show replicas that had not converged. Reads during the writes are not judged,
 * and a key with no read after its last write says nothing, so a kept verdict is only as good as
 * the reads that came late. Register read/write and kv get/put only. Immutable, thread-safe.
 */
public final class QuiescentReadsChecker implements ConsistencyChecker {
    @Override
    public String promise() {
        return "eventually consistent";
    }

    @Override
    public Optional<String> problem(ClientHistory history, Model model) {
        return SessionGuaranteeChecker.firstProblem(history, model);
    }

    @Override
    public CheckResult check(ClientHistory history, Model model, Cancellation cancellation) {
        Map<Object, List<Access>> byKey = new LinkedHashMap<>();
        for (Access access : Access.of(model, history.operations())) {
            byKey.computeIfAbsent(access.key(), k -> new ArrayList<>()).add(access);
        }
        int judged = 0;
        for (List<Access> accesses : byKey.values()) {
            if (cancellation.cancelled()) {
                return CheckResult.undecided("cancelled");
            }
            long quiet = Long.MIN_VALUE;
            Access last = null;
            for (Access access : accesses) {
                long end = access.op().completedAt() == Long.MAX_VALUE
                        ? access.op().invokedAt()
                        : access.op().completedAt();
                if (access.write() && end >= quiet) {
                    quiet = end;
                    last = access;
                }
            }
            Access first = null;
            for (Access access : accesses) {
                if (access.write() || access.op().invokedAt() <= quiet) {
                    continue;
                }
                judged++;
                if (first == null) {
                    first = access;
                } else if (!Values.same(first.value(), access.value())) {
                    List<Operation> ops = new ArrayList<>();
                    if (last != null) {
                        ops.add(last.op());
                    }
                    ops.add(first.op());
                    ops.add(access.op());
                    String after = last == null
                            ? "with no write"
                            : "after the last write (" + SessionGuaranteeChecker.describe(model, last) + ")";
                    return new CheckResult(
                            Verdict.VIOLATION,
                            Optional.of(new Violation(
                                    ops,
                                    SessionGuaranteeChecker.describe(model, first) + " and "
                                            + SessionGuaranteeChecker.describe(model, access)
                                            + " disagree " + after
                                            + ": the replicas had not converged")),
                            byKey.size(),
                            judged);
                }
            }
        }
        if (judged == 0) {
            return CheckResult.undecided("no read came after the writes to its key had stopped; let the workload's"
                    + " writes stop before the run ends, then read");
        }
        return new CheckResult(Verdict.OK, Optional.empty(), byKey.size(), judged);
    }
}
