package dsw.model.trace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a {@code replica-state} event's {@code state} field, {@code {"group":0,"data":{"k3":7,
 * "k5":[12,17]},"unreachable":["db#3"]}}, naming what is wrong. Stateless, thread-safe.
 */
final class StateField {
    private StateField() {}

    /** The state the parser stands at (its opening brace); processes are the header's ids. */
    static ReplicaState read(JsonLine line, JsonParser p, Map<String, Integer> processes) throws IOException {
        line.expect(p, JsonToken.START_OBJECT, "state", "an object {\"group\": 0, \"data\": {...}}");
        long group = -1;
        TreeMap<Integer, List<Long>> data = null;
        List<String> unreachable = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "group" -> group = line.number(p, "state.group", 0, Integer.MAX_VALUE);
                case "data" -> data = data(line, p);
                case "unreachable" -> {
                    line.expect(p, JsonToken.START_ARRAY, "state.unreachable", "a list of process ids");
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        String process = line.text(p, "state.unreachable");
                        if (!processes.containsKey(process)) {
                            throw line.problem("\"state.unreachable\" names \"" + process
                                    + "\", which is not a process of this trace");
                        }
                        unreachable.add(process);
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (group < 0 || data == null) {
            throw line.problem("\"state\" needs \"group\" and \"data\"");
        }
        return new ReplicaState((int) group, data, unreachable);
    }

    private static TreeMap<Integer, List<Long>> data(JsonLine line, JsonParser p) throws IOException {
        line.expect(p, JsonToken.START_OBJECT, "state.data", "an object of keys and values {\"k3\": 7, ...}");
        TreeMap<Integer, List<Long>> data = new TreeMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int key = key(line, name);
            p.nextToken();
            String field = "state.data." + name;
            List<Long> values = new ArrayList<>();
            if (p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    values.add(line.number(p, field, 0, Long.MAX_VALUE));
                }
                if (values.isEmpty()) {
                    throw line.problem("\"" + field + "\" lists no value");
                }
            } else {
                values.add(line.number(p, field, 0, Long.MAX_VALUE));
            }
            if (data.put(key, values) != null) {
                throw line.problem("\"state.data\" names " + name + " twice");
            }
        }
        return data;
    }

    private static int key(JsonLine line, String name) throws TraceFormatException {
        if (name.length() > 1 && name.charAt(0) == 'k' && name.chars().skip(1).allMatch(Character::isDigit)) {
            try {
                return Integer.parseInt(name.substring(1));
            } catch (NumberFormatException e) {
                // too large: said below
            }
        }
        throw line.problem("\"state.data\" has \"" + name + "\"; keys are written k0, k1, ...");
    }
}
