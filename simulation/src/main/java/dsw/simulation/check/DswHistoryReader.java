package dsw.simulation.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads dsw's JSON Lines history: an optional header {@code {"dsw-history":1, "model":"register",
 * "initial":0}}, then one event per line {@code {"process":"c1", "type":"invoke", "f":"write",
 * "value":3}}; blank lines and lines starting with {@code #} are skipped. Thread-safe.
 */
final class DswHistoryReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DswHistoryReader() {}

    /** The history in {@code text}, read from {@code source}. */
    static ClientHistory read(String source, String text) throws HistoryFormatException {
        HistoryRecorder recorder = new HistoryRecorder(source);
        Optional<String> model = Optional.empty();
        Optional<Object> initial = Optional.empty();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            JsonNode node = parse(source, number, line);
            if (node.has("dsw-history")) {
                if (node.get("dsw-history").asInt() != 1) {
                    throw new HistoryFormatException(
                            source, number, 0, "dsw-history version " + node.get("dsw-history") + " is not 1");
                }
                model = Optional.ofNullable(node.path("model").textValue());
                initial = Optional.ofNullable(value(node.get("initial")));
                continue;
            }
            recorder.event(
                    text(source, number, node, "process"),
                    text(source, number, node, "type"),
                    text(source, number, node, "f"),
                    value(node.get("value")),
                    number);
        }
        return recorder.history().declaring(model, initial);
    }

    private static JsonNode parse(String source, int number, String line) throws HistoryFormatException {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new HistoryFormatException(source, number, 0, "expected a JSON object {\"process\": ...}");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new HistoryFormatException(
                    source,
                    number,
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                    e.getOriginalMessage());
        }
    }

    private static String text(String source, int number, JsonNode node, String field) throws HistoryFormatException {
        JsonNode value = node.get(field);
        if (value == null || !(value.isTextual() || value.isIntegralNumber())) {
            throw new HistoryFormatException(source, number, 0, "\"" + field + "\" is missing or not a string");
        }
        return value.asText();
    }

    /** A JSON value as the EDN reader would give it: Long, Double, String, Boolean, null, List, Map. */
    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return Collections.unmodifiableList(items);
        }
        if (node.isObject()) {
            Map<Object, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), value(field.getValue())));
            return Collections.unmodifiableMap(map);
        }
        return node.asText();
    }
}
