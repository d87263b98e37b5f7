package dsw.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import dsw.model.Problem;
import dsw.model.json.ValueCodec;
import dsw.model.value.Text;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the fields of a design file that this dsw does not know, by walking the JSON tree along the
 * file records of {@link DesignDocument}, and turns each into a warning with its JSON pointer.
 * Walking the tree (rather than asking the parser during binding) gives exact pointers in file
 * order. Thread-safe (stateless).
 */
final class UnknownFields {
    private UnknownFields() {}

    /** A warning for every field of {@code document} that {@link DesignDocument} has no place for. */
    static List<Problem> find(JsonNode document) {
        List<Problem> out = new ArrayList<>();
        walk(document, DesignDocument.class, "", out);
        return out;
    }

    private static void walk(JsonNode node, Class<?> record, String pointer, List<Problem> out) {
        if (node == null || !node.isObject()) {
            return;
        }
        RecordComponent[] components = record.getRecordComponents();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String at = pointer + "/" + ValueCodec.escape(field.getKey());
            RecordComponent known = find(components, field.getKey());
            if (known == null) {
                out.add(Problem.warning(at, message(field.getKey(), components)));
            } else if (known.getType().isRecord()) {
                walk(field.getValue(), known.getType(), at, out);
            } else if (List.class.equals(known.getType()) && field.getValue().isArray()) {
                Class<?> element = elementType(known.getGenericType());
                if (element != null && element.isRecord()) {
                    for (int i = 0; i < field.getValue().size(); i++) {
                        walk(field.getValue().get(i), element, at + "/" + i, out);
                    }
                }
            }
        }
    }

    private static String message(String field, RecordComponent[] known) {
        String message = "unknown field \"" + Text.abbreviate(field, 40)
                + "\" ignored: this dsw does not know it and will not save it";
        String near = nearest(field, known);
        return near == null ? message : message + "; did you mean \"" + near + "\"?";
    }

    private static RecordComponent find(RecordComponent[] components, String name) {
        for (RecordComponent c : components) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType p
                && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /** A known field a typo away from {@code field} (such as "lantency" for "latency"), or null. */
    private static String nearest(String field, RecordComponent[] known) {
        if (field.length() > 40) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (RecordComponent c : known) {
            int d = distance(field.toLowerCase(Locale.ROOT), c.getName().toLowerCase(Locale.ROOT));
            if (d <= 2 && d * 3 <= c.getName().length() && d < bestDistance) {
                best = c.getName();
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
