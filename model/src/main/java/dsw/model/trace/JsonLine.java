package dsw.model.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The JSON object on the current line of a trace file: opens a parser on it, reads typed values
 * with messages that name the field, and turns parser failures into a {@link
 * TraceFormatException} at the line and column, in words. Not thread-safe.
 */
final class JsonLine {
    /** Longer lines are refused before parsing. */
    static final int MAX_LINE = 16 << 20;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(32)
            .maxStringLength(1 << 20)
            .maxNumberLength(32)
            .build();
    /** For the header: refuses a field given twice anywhere. */
    private static final JsonFactory STRICT = JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    /** For events, where the reader finds known fields given twice itself, at a fraction of the cost. */
    private static final JsonFactory FAST = JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final String source;
    private final LineInput input;

    JsonLine(String source, LineInput input) {
        this.source = source;
        this.input = input;
    }

    /**
     * A parser over the current line.
     *
     * @param strict whether the parser refuses any field given twice in an object
     */
    JsonParser open(boolean strict) throws IOException {
        return (strict ? STRICT : FAST).createParser(input.bytes(), 0, input.length());
    }

    /** After the object's closing brace: nothing else may follow on the line. */
    void end(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw problem("expected a field name in double quotes");
        }
        if (p.nextToken() != null) {
            throw problem("there is more after the object's closing }; each line holds exactly one JSON object");
        }
    }

    String text(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw problem("\"" + field + "\" must be text in double quotes, not " + shown(p));
        }
        return p.getText();
    }

    long number(JsonParser p, String field, long min, long max) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw problem("\"" + field + "\" must be a whole number, not " + shown(p));
        }
        long value;
        try {
            value = p.getLongValue();
        } catch (InputCoercionException e) {
            throw problem("\"" + field + "\" is " + p.getText() + ", out of range");
        }
        if (value < min || value > max) {
            throw problem("\"" + field + "\" is " + value + ", out of range: "
                    + (max == Long.MAX_VALUE ? "at least " + min : "from " + min + " to " + max));
        }
        return value;
    }

    void expect(JsonParser p, JsonToken token, String field, String what) throws IOException {
        if (p.currentToken() != token) {
            throw problem("\"" + field + "\" must be " + what + ", not " + shown(p));
        }
    }

    private static String shown(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return "an object";
        }
        if (token == JsonToken.START_ARRAY) {
            return "a list";
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getText();
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        return p.getText();
    }

    <E extends Enum<E>> E wire(String name, String field, Function<String, E> parse, E[] all)
            throws TraceFormatException {
        try {
            return parse.apply(name);
        } catch (IllegalArgumentException e) {
            StringBuilder names = new StringBuilder();
            for (E value : all) {
                String wire = value.name().toLowerCase(Locale.ROOT).replace('_', '-');
                if (!wire.equals("none")) {
                    names.append(names.length() == 0 ? "" : ", ").append(wire);
                }
            }
            throw problem("\"" + field + "\" is \"" + name + "\", which is not one of: " + names);
        }
    }

    void require(Object value, String field, String where) throws TraceFormatException {
        if (value == null) {
            throw problem(where + " needs \"" + field + "\"");
        }
    }

    /** What a parse failure means, in words, at its column. */
    TraceFormatException syntax(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String first = original.lines().findFirst().orElse("");
        String lower = first.toLowerCase(Locale.ROOT);
        String message;
        if (lower.startsWith("duplicate field")) {
            message = "a field appears twice in the object: " + first.substring("duplicate field ".length());
        } else if (lower.contains("unexpected end-of-input")) {
            message = "the line ends in the middle of the JSON (is it cut off?)";
        } else if (lower.contains("invalid utf-8")) {
            message = "the line is not UTF-8 text";
        } else if (lower.contains("nesting depth")) {
            message = "the JSON is nested too deeply; no trace line is";
        } else if (lower.contains("length") && lower.contains("exceeds")) {
            message = "a text or number is far too long for a trace";
        } else {
            message = "not valid JSON: " + clean(first);
        }
        int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
        if (lower.startsWith("duplicate field")) {
            column = nameStart(column);
        }
        return new TraceFormatException(source, input.number(), column, message);
    }

    /** The column of the opening quote of the field name that ends before {@code column}. */
    private int nameStart(int column) {
        byte[] line = input.bytes();
        int i = Math.min(column - 1, input.length()) - 1;
        while (i >= 0 && line[i] != '"') {
            i--;
        }
        for (i--; i >= 0; i--) {
            if (line[i] == '"' && (i == 0 || line[i - 1] != '\\')) {
                return i + 1;
            }
        }
        return column;
    }

    /** Drops the parts of a parser message that only a Java programmer could read. */
    private static String clean(String message) {
        String out = message.replaceAll("\\s*\\(code \\d+\\)", "")
                .replaceAll("\\s*\\([^()]*`[^()]*\\)", "")
                .replaceAll("`[^`]*`", "")
                .replaceAll("(?i)\\s*enable\\s.*", "")
                .trim();
        return out.isEmpty() ? "unexpected text" : out;
    }

    TraceFormatException problemAt(int column, String message) {
        return new TraceFormatException(source, input.number(), Math.max(0, column), message);
    }

    TraceFormatException problem(String message) {
        return problem(input.number(), message);
    }

    TraceFormatException problem(int line, String message) {
        return new TraceFormatException(source, line, 0, message);
    }
}
