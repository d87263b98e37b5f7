package dsw.simulation.check;

import dsw.model.trace.Causality;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a run's trace into the client history a checker examines, as a {@code kv} history: a
 * client's read of key k is {@code get [k v]} and a write {@code put [k v]}, where v is the value
 * the messages carry (a write's request number, so every written value is unique). An operation
 * starts at the client's send of the request and ends at the client's receipt of the first answer;
 * {@link dsw.simulation.check.Operation#invokedAt()} and {@code completedAt()} are those events'
 * seqs, so a checker's operations can be found on the space-time diagram.
 *
 * <p>How answers count: ok is ok; a read that finds nothing returns {@link #ABSENT}; a refused
 * request failed (it did not happen); a write that timed out or failed otherwise is open (it may
 * have happened), and so is any request with no answer. Keys that were incremented are left out
 * (a counter is not a register) and named in {@link #skippedKeys}. A client with several requests
 * in flight is split into sequential processes ({@code users/2}), as Jepsen's clients are.
 * Thread-safe (stateless).
 */
public final class RunHistory {
    /** What a read of a key never written returns, and what every key holds at the start. */
    public static final Keyword ABSENT = new Keyword("absent");

    /** The model a run's history is checked against. */
    public static final String MODEL = "kv";

    private RunHistory() {}

    /** The history and the keys left out because they were incremented. */
    public record Recorded(ClientHistory history, Set<Integer> skippedKeys) {}

    /** An operation between its invocation and its answer. */
    private static final class Open {
        final int client;
        final Operation operation;
        final int key;
        final long written;
        final int invokedAt;
        int lane;

        Open(int client, Operation operation, int key, long written, int invokedAt) {
            this.client = client;
            this.operation = operation;
            this.key = key;
            this.written = written;
            this.invokedAt = invokedAt;
        }
    }

    /** The client history of {@code trace} (its published events). */
    public static Recorded of(Trace trace) {
        return of(trace, trace.size());
    }

    /**
     * The client history of the first {@code events} events of {@code trace}: the run so far, as at
     * a playback position. An operation not answered by then is open.
     */
    public static Recorded of(Trace trace, int events) {
        Map<Integer, Open> byRequest = new HashMap<>();
        List<Open> invoked = new ArrayList<>();
        Map<Open, Completed> completed = new HashMap<>();
        Set<Integer> incremented = new TreeSet<>();
        Map<Integer, List<Long>> laneFreeAt = new HashMap<>();
        int size = Math.min(events, trace.size());
        for (int seq = 0; seq < size; seq++) {
            EventType type = trace.type(seq);
            if (type != EventType.SEND && type != EventType.RECEIVE) {
                continue;
            }
            int msg = trace.message(seq);
            int request = trace.messageRequest(msg);
            if (request < 0) {
                continue;
            }
            MessageKind kind = trace.messageKind(msg);
            if (type == EventType.SEND && kind == MessageKind.REQUEST && !byRequest.containsKey(request)) {
                Operation op = trace.messageOperation(msg);
                int key = trace.messageKey(msg);
                if (op == Operation.INCREMENT) {
                    incremented.add(key);
                }
                Open open = new Open(trace.process(seq), op, key, trace.messageValue(msg), seq);
                open.lane = lane(laneFreeAt.computeIfAbsent(open.client, c -> new ArrayList<>()), seq);
                byRequest.put(request, open);
                invoked.add(open);
            } else if (type == EventType.RECEIVE && kind == MessageKind.RESPONSE) {
                Open open = byRequest.get(request);
                if (open != null && open.client == trace.process(seq) && !completed.containsKey(open)) {
                    Completed answer = new Completed(seq, trace.messageStatus(msg), trace.messageValue(msg));
                    completed.put(open, answer);
                    if (completion(open.operation == Operation.READ, answer) != Completion.OPEN) {
                        // an operation left open (a write that may have happened) retires its lane, as Jepsen
                        // gives a client a new process after an :info
                        laneFreeAt.get(open.client).set(open.lane, (long) seq);
                    }
                }
            }
        }
        Map<Integer, Integer> lanes = new HashMap<>();
        invoked.forEach(open -> lanes.merge(open.client, open.lane + 1, Math::max));
        List<dsw.simulation.check.Operation> operations = new ArrayList<>();
        for (Open open : invoked) {
            if (incremented.contains(open.key) || !checked(open.operation) || open.key < 0) {
                continue;
            }
            String process =
                    trace.header().processName(open.client) + (lanes.get(open.client) > 1 ? "/" + (open.lane + 1) : "");
            operations.add(operation(operations.size(), process, open, completed.get(open)));
        }
        ClientHistory history = new ClientHistory(operations).declaring(Optional.of(MODEL), Optional.of(ABSENT));
        return new Recorded(history, incremented);
    }

    /**
     * Happens-before between a run's operations from the trace's vector clocks: one operation happens
     * before another when its answer's receipt is in the causal past of the other's request. For
     * {@link CausalConsistencyChecker}; the clocks are worked out on first use.
     */
    public static HappensBefore happensBefore(Trace trace) {
        Causality causality = Causality.of(trace);
        return (earlier, later) -> earlier.completedAt() != Long.MAX_VALUE
                && causality.happenedBefore((int) earlier.completedAt(), (int) later.invokedAt());
    }

    /** The first lane of a client free at {@code seq} (its last operation answered), taken until answered. */
    private static int lane(List<Long> freeAt, int seq) {
        for (int lane = 0; lane < freeAt.size(); lane++) {
            if (freeAt.get(lane) < seq) {
                freeAt.set(lane, Long.MAX_VALUE);
                return lane;
            }
        }
        freeAt.add(Long.MAX_VALUE);
        return freeAt.size() - 1;
    }

    private static boolean checked(Operation operation) {
        return operation == Operation.READ || operation == Operation.WRITE || operation == Operation.DELETE;
    }

    /** The answer a client received. */
    private record Completed(int seq, Status status, long value) {}

    private static dsw.simulation.check.Operation operation(int index, String process, Open open, Completed answer) {
        boolean read = open.operation == Operation.READ;
        long key = open.key;
        Object written = open.operation == Operation.DELETE ? ABSENT : (Object) open.written;
        List<Object> argument = read ? listOf(key, null) : listOf(key, written);
        Completion completion = completion(read, answer);
        Object result = null;
        if (completion == Completion.OK) {
            if (!read) {
                result = argument;
            } else if (answer.status() == Status.NOT_FOUND) {
                result = listOf(key, ABSENT);
            } else {
                result = listOf(key, answer.value() == Trace.NO_VALUE ? null : answer.value());
            }
        }
        return new dsw.simulation.check.Operation(
                index,
                process,
                read ? "get" : "put",
                argument,
                result,
                completion,
                open.invokedAt,
                completion == Completion.OPEN ? Long.MAX_VALUE : answer.seq(),
                0);
    }

    private static Completion completion(boolean read, Completed answer) {
        if (answer == null) {
            return Completion.OPEN;
        }
        Status status = answer.status();
        if (status == Status.OK || (read && status == Status.NOT_FOUND)) {
            return Completion.OK;
        }
        if (read || status == Status.REJECTED) {
            return Completion.FAIL;
        }
        return Completion.OPEN;
    }

    private static List<Object> listOf(Object key, Object value) {
        List<Object> pair = new ArrayList<>(2);
        pair.add(key);
        pair.add(value);
        return Collections.unmodifiableList(pair);
    }
}
