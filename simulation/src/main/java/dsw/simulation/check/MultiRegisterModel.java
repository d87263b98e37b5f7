package dsw.simulation.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Several registers read and written together by transactions, as in Knossos's multi-register:
 * {@code :f :txn, :value [[:read :x v] [:write :y 2]]}; every register starts at {@code registerStart}.
 * Transactions that share no register are checked apart. State: an unmodifiable map of the
 * registers written so far. Immutable.
 */
public record MultiRegisterModel(Object registerStart) implements Model {
    @Override
    public String name() {
        return "multi-register";
    }

    @Override
    public Object initial() {
        return Map.of();
    }

    @Override
    public Optional<String> problem(Operation op) {
        if (!op.function().equals("txn")) {
            return Optional.of("multi-register has txn, not " + op.function());
        }
        if (!(op.argument() instanceof List<?> steps) || steps.isEmpty()) {
            return Optional.of("txn needs a vector of [:read k v] / [:write k v], not " + Values.show(op.argument()));
        }
        for (Object step : steps) {
            List<?> micro = Values.tuple(step, 3);
            if (micro == null || !List.of("read", "write").contains(Values.name(micro.get(0)))) {
                return Optional.of("txn step " + Values.show(step) + " is not [:read k v] or [:write k v]");
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean unconstrained(Operation op) {
        return steps(op).stream().allMatch(step -> isRead(step) && step.get(2) == null);
    }

    @Override
    public List<List<Operation>> partition(List<Operation> operations) {
        Map<Object, Object> parent = new HashMap<>();
        for (Operation op : operations) {
            List<List<?>> steps = steps(op);
            for (List<?> step : steps) {
                union(parent, steps.get(0).get(1), step.get(1));
            }
        }
        Map<Object, List<Operation>> parts = new LinkedHashMap<>();
        for (Operation op : operations) {
            parts.computeIfAbsent(root(parent, steps(op).get(0).get(1)), k -> new ArrayList<>())
                    .add(op);
        }
        return List.copyOf(parts.values());
    }

    @Override
    public boolean readOnly(Operation op) {
        return steps(op).stream().allMatch(MultiRegisterModel::isRead);
    }

    @Override
    public Object step(Object state, Operation op) {
        Map<?, ?> registers = (Map<?, ?>) state;
        Map<Object, Object> next = null;
        for (List<?> step : steps(op)) {
            Object key = step.get(1);
            Object now = next != null && next.containsKey(key)
                    ? next.get(key)
                    : registers.containsKey(key) ? registers.get(key) : registerStart;
            if (isRead(step)) {
                if (step.get(2) != null && !Values.same(now, step.get(2))) {
                    return IMPOSSIBLE;
                }
            } else {
                if (next == null) {
                    next = new HashMap<>(registers);
                }
                next.put(key, step.get(2));
            }
        }
        return next == null ? state : Collections.unmodifiableMap(next);
    }

    @Override
    public String describe(Operation op) {
        return "txn " + steps(op).stream().map(MultiRegisterModel::show).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public String describeState(Object state) {
        Map<?, ?> registers = (Map<?, ?>) state;
        return registers.isEmpty()
                ? "every register held " + Values.show(registerStart)
                : "the registers held "
                        + registers.entrySet().stream()
                                .map(e -> Values.show(e.getKey()) + " = " + Values.show(e.getValue()))
                                .sorted()
                                .collect(Collectors.joining(", "))
                        + " (others " + Values.show(registerStart) + ")";
    }

    /** The steps with the values the client saw: the completion's for a finished transaction, else the invocation's (reads unknown). */
    private static List<List<?>> steps(Operation op) {
        Object value = op.completion() == Completion.OK && op.result() instanceof List<?> ? op.result() : op.argument();
        List<List<?>> steps = new ArrayList<>();
        for (Object step : (List<?>) value) {
            List<?> micro = (List<?>) step;
            boolean unknownRead = op.completion() != Completion.OK && isRead(micro);
            steps.add(unknownRead ? Arrays.asList(micro.get(0), micro.get(1), null) : micro);
        }
        return steps;
    }

    private static boolean isRead(List<?> step) {
        return Values.name(step.get(0)).equals("read");
    }

    private static String show(List<?> step) {
        return Values.name(step.get(0)) + " " + Values.show(step.get(1)) + " " + Values.show(step.get(2));
    }

    private static Object root(Map<Object, Object> parent, Object key) {
        Object at = key;
        while (parent.containsKey(at) && !parent.get(at).equals(at)) {
            at = parent.get(at);
        }
        return at;
    }

    private static void union(Map<Object, Object> parent, Object a, Object b) {
        Object rootA = root(parent, a);
        Object rootB = root(parent, b);
        parent.putIfAbsent(rootA, rootA);
        if (!rootA.equals(rootB)) {
            parent.put(rootB, rootA);
        }
    }
}
