package dsw.model.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds where fields are in the text of a JSON document, so that problems found after parsing
 * (an unknown link endpoint, a duplicate id) can still name a line and column. One streaming pass
 * over the bytes, remembering only the places asked for. Thread-safe (stateless).
 */
final class JsonLocator {
    /** A line and column, both counted from 1. */
    record Place(int line, int column) {}

    private JsonLocator() {}

    /**
     * The place of each pointer; a pointer to a field that is not in the text (a missing field)
     * gets the place of its nearest enclosing value. Pointers not found at all are left out.
     */
    static Map<String, Place> locate(JsonFactory factory, byte[] json, Collection<String> pointers) {
        Set<String> wanted = new HashSet<>();
        for (String pointer : pointers) {
            for (String p = pointer; ; p = parent(p)) {
                wanted.add(p);
                if (p.isEmpty()) {
                    break;
                }
            }
        }
        Map<String, Place> found = new HashMap<>();
        try (JsonParser parser = factory.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                if (token.isStructStart()) {
                    context = context.getParent();
                }
                if (token != JsonToken.FIELD_NAME && context.inObject()) {
                    continue; // an object's field is located at its name, already recorded
                }
                String pointer = context.pathAsPointer().toString();
                if (wanted.contains(pointer) && !found.containsKey(pointer)) {
                    JsonLocation at = parser.currentTokenLocation();
                    found.put(pointer, new Place(at.getLineNr(), at.getColumnNr()));
                }
            }
        } catch (JacksonException e) {
            // the text breaks off here; keep what was found before
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
        Map<String, Place> result = new HashMap<>();
        for (String pointer : pointers) {
            for (String p = pointer; ; p = parent(p)) {
                Place place = found.get(p);
                if (place != null) {
                    result.put(pointer, place);
                    break;
                }
                if (p.isEmpty()) {
                    break;
                }
            }
        }
        return result;
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
