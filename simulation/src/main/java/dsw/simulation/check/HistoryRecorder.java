package dsw.simulation.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs invocations with their completions, event by event, into a {@link ClientHistory}. A
 * process that invokes again while its operation is pending leaves that operation open, and so
 * does a history that ends first. Not thread-safe.
 */
public final class HistoryRecorder {
    /** An invocation waiting for its completion. */
    private record Pending(String process, String function, Object argument, long at, int line) {}

    private final String source;
    private final Map<String, Pending> pending = new HashMap<>();
    private final List<Pending> order = new ArrayList<>();
    private final Map<Pending, Operation> done = new HashMap<>();
    private long clock;

    /** A recorder for events read from {@code source} (named in error messages). */
    public HistoryRecorder(String source) {
        this.source = source;
    }

    /**
     * One line of a Jepsen-style history: {@code type} is {@code invoke}, {@code ok}, {@code fail} or
     * {@code info}.
     *
     * @throws HistoryFormatException for another type or a completion without an invocation
     */
    public void event(String process, String type, String function, Object value, int line)
            throws HistoryFormatException {
        switch (type) {
            case "invoke" -> invoke(process, function, value, line);
            case "ok" -> complete(process, Completion.OK, function, value, line);
            case "fail" -> complete(process, Completion.FAIL, function, value, line);
            case "info" -> complete(process, Completion.OPEN, function, value, line);
            default -> throw new HistoryFormatException(
                    source, line, 0, "type " + type + " is none of invoke, ok, fail, info");
        }
    }

    /** {@code process} invoked {@code function} with {@code argument}, at {@code line} of the source. */
    public void invoke(String process, String function, Object argument, int line) {
        Pending invocation = new Pending(process, function, argument, clock++, line);
        Pending earlier = pending.put(process, invocation);
        if (earlier != null) {
            done.put(earlier, open(earlier));
        }
        order.add(invocation);
    }

    /**
     * {@code process}'s pending operation ended as {@code completion} with {@code result}.
     *
     * @throws HistoryFormatException when the process has nothing pending or names another function
     */
    public void complete(String process, Completion completion, String function, Object result, int line)
            throws HistoryFormatException {
        Pending invocation = pending.remove(process);
        if (invocation == null) {
            throw new HistoryFormatException(
                    source, line, 0, "process " + process + " completes " + function + " but invoked nothing");
        }
        if (!invocation.function().equals(function)) {
            throw new HistoryFormatException(
                    source,
                    line,
                    0,
                    "process " + process + " completes " + function + " but invoked " + invocation.function()
                            + " at line " + invocation.line());
        }
        long at = clock++;
        done.put(
                invocation,
                completion == Completion.OPEN
                        ? open(invocation)
                        : new Operation(
                                0,
                                process,
                                function,
                                invocation.argument(),
                                result,
                                completion,
                                invocation.at(),
                                at,
                                invocation.line()));
    }

    /** The history so far; operations still pending are open. */
    public ClientHistory history() {
        List<Operation> operations = new ArrayList<>();
        for (Pending invocation : order) {
            Operation op = done.getOrDefault(invocation, open(invocation));
            operations.add(new Operation(
                    operations.size(),
                    op.process(),
                    op.function(),
                    op.argument(),
                    op.result(),
                    op.completion(),
                    op.invokedAt(),
                    op.completedAt(),
                    op.line()));
        }
        return new ClientHistory(operations);
    }

    private static Operation open(Pending invocation) {
        return new Operation(
                0,
                invocation.process(),
                invocation.function(),
                invocation.argument(),
                null,
                Completion.OPEN,
                invocation.at(),
                Long.MAX_VALUE,
                invocation.line());
    }
}
