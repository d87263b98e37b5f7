package dsw.simulation.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the subset of EDN that Jepsen histories use: integers, decimals, nil, booleans, keywords,
 * strings, vectors, lists, maps and sets, with {@code ;} comments and commas as whitespace. Values
 * become {@link Long}, {@link Double}, {@code null}, {@link Boolean}, {@link Keyword}, {@link
 * String}, unmodifiable {@link List}, {@link Map} and {@link Set}. Not thread-safe.
 */
final class EdnReader {
    /** A top-level value and where it starts. Immutable apart from the value's contents. */
    record Form(Object value, int line, int column) {}

    private final String source;
    private final String text;
    private int at;
    private int line;
    private int lineStart;

    EdnReader(String source, String text) {
        this(source, text, 1);
    }

    /** A reader for {@code text} that starts at line {@code firstLine} of {@code source}. */
    EdnReader(String source, String text, int firstLine) {
        this.source = source;
        this.text = text;
        this.line = firstLine;
    }

    /** The one value that makes up the whole text. */
    Object single() throws HistoryFormatException {
        Object value = value();
        skipBlank();
        if (at < text.length()) {
            throw problem("unexpected text after the value");
        }
        return value;
    }

    /**
     * The top-level forms; when the text is a single vector or list, its elements instead, so a
     * history written as one vector and one written as a map per line read alike.
     */
    List<Form> forms() throws HistoryFormatException {
        List<Form> forms = new ArrayList<>();
        skipBlank();
        char close = at < text.length() && text.charAt(at) == '(' ? ')' : ']';
        boolean vector = at < text.length() && (text.charAt(at) == '[' || text.charAt(at) == '(');
        if (vector) {
            next();
        }
        while (true) {
            skipBlank();
            if (at >= text.length()) {
                if (vector) {
                    throw problem("the collection that holds the history is never closed with " + close);
                }
                break;
            }
            if (vector && text.charAt(at) == close) {
                next();
                skipBlank();
                if (at < text.length()) {
                    throw problem("unexpected text after the closing " + close + " of the history");
                }
                break;
            }
            int formLine = line;
            int formColumn = column();
            forms.add(new Form(value(), formLine, formColumn));
        }
        return forms;
    }

    private Object value() throws HistoryFormatException {
        skipBlank();
        if (at >= text.length()) {
            throw problem("the file ends where a value was expected");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '[' -> {
                next();
                yield Collections.unmodifiableList(sequence(']'));
            }
            case '(' -> {
                next();
                yield Collections.unmodifiableList(sequence(')'));
            }
            case '{' -> map();
            case '#' -> set();
            case '"' -> string();
            case ':' -> {
                next();
                yield new Keyword(token());
            }
            default -> atom();
        };
    }

    private List<Object> sequence(char close) throws HistoryFormatException {
        List<Object> items = new ArrayList<>();
        while (true) {
            skipBlank();
            if (at >= text.length()) {
                throw problem("the file ends before the closing " + close);
            }
            if (text.charAt(at) == close) {
                next();
                return items;
            }
            items.add(value());
        }
    }

    private Map<Object, Object> map() throws HistoryFormatException {
        next();
        List<Object> items = sequence('}');
        if (items.size() % 2 != 0) {
            throw problem("a map needs a value for every key; this one has " + items.size() + " items");
        }
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i += 2) {
            map.put(items.get(i), items.get(i + 1));
        }
        return Collections.unmodifiableMap(map);
    }

    private Set<Object> set() throws HistoryFormatException {
        next();
        if (at >= text.length() || text.charAt(at) != '{') {
            throw problem("only sets (#{...}) are supported after #");
        }
        next();
        return Collections.unmodifiableSet(new LinkedHashSet<>(sequence('}')));
    }

    private String string() throws HistoryFormatException {
        next();
        StringBuilder out = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at);
            next();
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\' && at < text.length()) {
                char escaped = text.charAt(at);
                next();
                out.append(
                        switch (escaped) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> escaped;
                        });
            } else {
                out.append(c);
            }
        }
        throw problem("a string is never closed with \"");
    }

    private Object atom() throws HistoryFormatException {
        int startColumn = column();
        String token = token();
        if (token.isEmpty()) {
            throw problem("unexpected '" + text.charAt(at) + "'");
        }
        switch (token) {
            case "nil":
                return null;
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            default:
                break;
        }
        String number = token.endsWith("N") || token.endsWith("M") ? token.substring(0, token.length() - 1) : token;
        try {
            return Long.valueOf(number);
        } catch (NumberFormatException notInteger) {
            try {
                return Double.valueOf(number);
            } catch (NumberFormatException notDecimal) {
                throw new HistoryFormatException(
                        source,
                        line,
                        startColumn,
                        "'" + token + "' is not a number, nil, keyword, string or collection");
            }
        }
    }

    private String token() {
        int start = at;
        while (at < text.length() && !delimiter(text.charAt(at))) {
            next();
        }
        return text.substring(start, at);
    }

    private static boolean delimiter(char c) {
        return Character.isWhitespace(c) || "[](){}\",;".indexOf(c) >= 0;
    }

    private void skipBlank() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == ';') {
                while (at < text.length() && text.charAt(at) != '\n') {
                    next();
                }
            } else if (Character.isWhitespace(c) || c == ',') {
                next();
            } else {
                return;
            }
        }
    }

    private void next() {
        if (text.charAt(at) == '\n') {
            line++;
            lineStart = at + 1;
        }
        at++;
    }

    private int column() {
        return at - lineStart + 1;
    }

    private HistoryFormatException problem(String message) {
        return new HistoryFormatException(source, line, column(), message);
    }
}
