package dsw.simulation.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A key-value store with {@code get}, {@code put} and {@code append}, each with the value {@code [key
 * value]} ({@code get} returns its value there). Keys are independent, so the history is checked
 * key by key and the state is one key's value; an absent key holds {@code initial} ({@code ""} by
 * default, as in Porcupine). A get that returns nil is unconstrained. Immutable.
 */
public record KeyValueModel(Object initial) implements Model {
    @Override
    public String name() {
        return "kv";
    }

    @Override
    public String describeState(Object state) {
        return "the key held " + Values.show(state);
    }

    @Override
    public Optional<String> problem(Operation op) {
        if (!List.of("get", "put", "append").contains(op.function())) {
            return Optional.of("kv has get, put, append, not " + op.function());
        }
        return Values.tuple(op.argument(), 2) == null
                ? Optional.of(op.function() + " needs a value [key value], not " + Values.show(op.argument()))
                : Optional.empty();
    }

    @Override
    public boolean unconstrained(Operation op) {
        return op.function().equals("get") && (op.completion() != Completion.OK || returned(op) == null);
    }

    @Override
    public List<List<Operation>> partition(List<Operation> operations) {
        Map<Object, List<Operation>> byKey = new LinkedHashMap<>();
        for (Operation op : operations) {
            byKey.computeIfAbsent(key(op), k -> new ArrayList<>()).add(op);
        }
        return List.copyOf(byKey.values());
    }

    @Override
    public boolean readOnly(Operation op) {
        return op.function().equals("get");
    }

    /**
     * A put can leave its own value and appends can only lengthen text, so a get can still be met
     * when it wants the state or a pending put's value, or text that starts with one of them and
     * goes on with the values of pending appends (each at most once).
     */
    @Override
    public boolean canReach(Object state, Operation read, List<Operation> writes) {
        Object wanted = returned(read);
        if (Values.same(state, wanted)) {
            return true;
        }
        List<String> appended = writes.stream()
                .filter(op -> op.function().equals("append"))
                .map(op -> Values.text(Values.tuple(op.argument(), 2).get(1)))
                .filter(text -> !text.isEmpty())
                .toList();
        String target = !appended.isEmpty() && wanted instanceof String text ? text : null;
        for (Operation op : writes) {
            if (op.function().equals("put")) {
                Object value = Values.tuple(op.argument(), 2).get(1);
                if (Values.same(value, wanted) || continues(target, Values.text(value), appended)) {
                    return true;
                }
            }
        }
        return continues(target, Values.text(state), appended);
    }

    /**
     * Whether {@code target} is {@code start} followed by some of the {@code appended} texts; each
     * may be used more than once here, so a yes may be wrong but a no is certain.
     */
    private static boolean continues(String target, String start, List<String> appended) {
        if (target == null || !target.startsWith(start)) {
            return false;
        }
        int rest = target.length() - start.length();
        if (rest > appended.stream().mapToInt(String::length).sum()) {
            return false;
        }
        boolean[] reached = new boolean[rest + 1];
        reached[0] = true;
        for (int at = 0; at < rest; at++) {
            if (reached[at]) {
                for (String text : appended) {
                    if (at + text.length() <= rest && target.startsWith(text, start.length() + at)) {
                        reached[at + text.length()] = true;
                    }
                }
            }
        }
        return reached[rest];
    }

    @Override
    public Object step(Object state, Operation op) {
        Object value = Values.tuple(op.argument(), 2).get(1);
        return switch (op.function()) {
            case "get" -> Values.same(state, returned(op)) ? state : IMPOSSIBLE;
            case "put" -> value;
            default -> Values.text(state) + Values.text(value);
        };
    }

    @Override
    public String describe(Operation op) {
        String key = Values.show(key(op));
        return switch (op.function()) {
            case "get" -> "get of " + key + " returned " + Values.show(returned(op));
            case "put" -> "put of " + Values.show(Values.tuple(op.argument(), 2).get(1)) + " to " + key;
            default -> "append of " + Values.show(Values.tuple(op.argument(), 2).get(1)) + " to " + key;
        };
    }

    private static Object key(Operation op) {
        return Values.tuple(op.argument(), 2).get(0);
    }

    private static Object returned(Operation op) {
        List<?> result = Values.tuple(op.result(), 2);
        return result == null ? op.result() : result.get(1);
    }
}
