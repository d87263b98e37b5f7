package dsw.model.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
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
    /** A line and column, both counted from 1; the column counts characters, as editors do. */
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
        Lines lines = new Lines(json);
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
                    found.put(pointer, lines.place(at.getByteOffset()));
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

    /** The place of the byte at {@code byteOffset} in UTF-8 text. */
    static Place place(byte[] text, long byteOffset) {
        return new Lines(text).place(byteOffset);
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /**
     * Where the lines of a text start, to turn byte offsets into lines and columns. Lines end at
     * {@code \n}, {@code \r} or {@code \r\n}, as Jackson counts them; a column counts characters
     * (not bytes), so a line with "é" in it is numbered as an editor shows it.
     */
    private static final class Lines {
        private final byte[] text;
        private final int[] starts;

        Lines(byte[] text) {
            this.text = text;
            int[] found = new int[16];
            int count = 0;
            found[count++] = 0;
            for (int i = 0; i < text.length; i++) {
                byte b = text[i];
                boolean end = b == '\n' || (b == '\r' && (i + 1 >= text.length || text[i + 1] != '\n'));
                if (end) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i + 1;
                }
            }
            this.starts = Arrays.copyOf(found, count);
        }

        Place place(long byteOffset) {
            int offset = (int) Math.max(0, Math.min(byteOffset, text.length));
            int index = Arrays.binarySearch(starts, offset);
            int line = index >= 0 ? index : -index - 2;
            int column = 1;
            int from = starts[line];
            if (from == 0 && hasByteOrderMark()) {
                from = Math.min(3, offset); // editors do not show the UTF-8 byte order mark as a column
            }
            for (int i = from; i < offset; i++) {
                if ((text[i] & 0xC0) != 0x80) {
                    column++; // count the first byte of each UTF-8 sequence, not its continuation bytes
                }
            }
            return new Place(line + 1, column);
        }

        private boolean hasByteOrderMark() {
            return text.length >= 3 && text[0] == (byte) 0xEF && text[1] == (byte) 0xBB && text[2] == (byte) 0xBF;
        }
    }
}
