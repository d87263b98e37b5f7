package dsw.diagrams.plantuml;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns text from a design (ids, names, labels, property values) into PlantUML source that cannot
 * inject syntax or preprocessor directives, whatever the text holds. Stateless and thread-safe,
 * except {@link Aliases}, which is not thread-safe.
 *
 * <p>What PlantUML does with raw text, checked by rendering (plantuml-mit 1.2026.9):
 *
 * <ul>
 *   <li>The preprocessor evaluates builtin and defined functions anywhere in a line, even inside
 *       quotes: {@code %getenv(HOME)}, {@code %date()}, and with the C4 library included, its
 *       functions and {@code $variables}. A function call needs its name directly before the
 *       parenthesis ({@code %date ()} is left alone).
 *   <li>A line starting with {@code !} is a directive, {@code @enduml} ends the diagram; a newline
 *       in user text would start such a line.
 *   <li>Creole and HTML markup is applied in labels: {@code **bold**}, {@code --strike--}, {@code
 *       __underline__}, {@code ""mono""}, {@code <b>}, {@code [[links]]}; {@code \n} is a line
 *       break; {@code ~} escapes the next character.
 *   <li>Decimal character references ({@code &#37;}) are decoded after preprocessing and after
 *       markup, once, and show the character itself; hexadecimal ones are not decoded.
 * </ul>
 *
 * <p>So {@link #escape} writes every character that could mean something to PlantUML as a decimal
 * reference, keeps letters, digits and plain punctuation readable, turns line breaks into PlantUML
 * {@code \n} line breaks, shows control and invisible formatting characters visibly as {@code
 * \}{@code uXXXX}, and shortens very long text. The result never contains a raw newline, quote,
 * backslash, {@code $}, {@code !}, {@code @}, {@code <}, {@code >}, {@code [} or {@code ]}, nor a
 * {@code %} other than before a space, comma, semicolon, closing parenthesis or the end ("loss
 * 0.1%" stays readable), nor a name directly followed by an opening parenthesis, so it can sit
 * anywhere inside a line of PlantUML source.
 */
public final class PumlText {
    /** Labels longer than this many characters (code points) are shortened with an ellipsis. */
    public static final int MAX_LABEL_LENGTH = 200;

    /** Labels with more lines than this are shortened with an ellipsis. */
    public static final int MAX_LABEL_LINES = 8;

    /** Identifiers PlantUML might read as a keyword; an alias equal to one of them gets a prefix. */
    private static final Set<String> RESERVED = Set.of(
            "as",
            "of",
            "on",
            "is",
            "left",
            "right",
            "up",
            "down",
            "top",
            "bottom",
            "together",
            "note",
            "end",
            "skinparam",
            "hide",
            "show",
            "remove",
            "title",
            "header",
            "footer",
            "legend",
            "caption",
            "package",
            "node",
            "folder",
            "frame",
            "cloud",
            "database",
            "rectangle",
            "component",
            "interface",
            "actor",
            "agent",
            "artifact",
            "boundary",
            "card",
            "circle",
            "collections",
            "control",
            "entity",
            "file",
            "hexagon",
            "label",
            "person",
            "queue",
            "stack",
            "storage",
            "usecase",
            "process",
            "action",
            "class",
            "object",
            "state",
            "participant",
            "namespace",
            "set",
            "url",
            "link");

    private PumlText() {}

    /**
     * The text as a double-quoted PlantUML label, escaped with {@link #escape}, such as {@code
     * "Orders DB"}.
     */
    public static String quoted(String text) {
        return '"' + escape(text) + '"';
    }

    /**
     * The text escaped for use inside a label (quoted or not, as an element label, a stereotype or
     * a link label), shortened to {@link #MAX_LABEL_LENGTH} characters. {@code null} is empty.
     */
    public static String escape(String text) {
        return escape(text, MAX_LABEL_LENGTH);
    }

    /** {@link #escape(String)} with another length limit (at least 1 character). */
    public static String escape(String text, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1: " + maxLength);
        }
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int length = 0;
        int lines = 1;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (length == maxLength) {
                out.append('\u2026');
                break;
            }
            if (c == '\r' || c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    width = 2;
                }
                if (lines == MAX_LABEL_LINES) {
                    out.append('\u2026');
                    break;
                }
                lines++;
                out.append("\\n");
                previous = '\n';
            } else {
                int next = i + width < text.length() ? text.codePointAt(i + width) : -1;
                appendChar(out, c, previous, next);
                previous = c;
            }
            length++;
            i += width;
        }
        return out.toString();
    }

    private static void appendChar(StringBuilder out, int c, int previous, int next) {
        if (c == ' ') {
            out.append(' ');
        } else if (c == '\t') {
            out.append(' ');
        } else if (c < 0x80) {
            if (Character.isLetterOrDigit(c) || ",:;?'+".indexOf(c) >= 0) {
                out.append((char) c);
            } else if (c == '(') {
                // A function call needs its name right before the parenthesis.
                boolean afterName = previous >= 0 && (Character.isLetterOrDigit(previous) || previous == '_');
                appendCharOrReference(out, c, !afterName);
            } else if (c == ')') {
                out.append(')');
            } else if (c == '%') {
                // A preprocessor function or variable needs a name right after the percent sign.
                boolean plain = next == -1 || next == ' ' || next == ',' || next == ')' || next == ';';
                appendCharOrReference(out, c, plain);
            } else if ("-/_.=".indexOf(c) >= 0) {
                // Creole markup doubles these: --strike--, //italic//, __underline__.
                appendCharOrReference(out, c, previous != c && next != c);
            } else if (Character.isISOControl(c)) {
                appendVisible(out, c);
            } else {
                reference(out, c);
            }
        } else if (isInvisible(c)) {
            appendVisible(out, c);
        } else {
            out.appendCodePoint(c);
        }
    }

    private static void appendCharOrReference(StringBuilder out, int c, boolean plain) {
        if (plain) {
            out.append((char) c);
        } else {
            reference(out, c);
        }
    }

    private static void reference(StringBuilder out, int c) {
        out.append("&#").append(c).append(';');
    }

    /** Shows an invisible character as the text {@code \}{@code uXXXX}, its backslash a reference. */
    private static void appendVisible(StringBuilder out, int c) {
        reference(out, '\\');
        out.append(c > 0xFFFF ? 'U' : 'u').append(String.format(Locale.ROOT, "%04X", c));
    }

    private static boolean isInvisible(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return true;
            default:
                return c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB);
        }
    }

    /**
     * The text as one line of a PlantUML {@code '} comment: line breaks and control characters
     * become spaces, shortened to {@link #MAX_LABEL_LENGTH} characters. Comment lines are not
     * preprocessed, but this keeps them single lines.
     */
    public static String comment(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LABEL_LENGTH + 1));
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (length == MAX_LABEL_LENGTH) {
                out.append('\u2026');
                break;
            }
            out.appendCodePoint(Character.isISOControl(c) || isInvisible(c) ? ' ' : c);
            length++;
            i += Character.charCount(c);
        }
        return out.toString().strip();
    }

    /**
     * A valid PlantUML identifier made from the text: ASCII letters, digits and underscores,
     * starting with a letter or underscore, never a PlantUML keyword. Not unique: different ids can
     * give the same identifier; {@link Aliases} makes them unique.
     */
    public static String identifier(String text) {
        StringBuilder out = new StringBuilder();
        String source = text == null ? "" : text;
        for (int i = 0; i < source.length() && out.length() < 60; i++) {
            char c = source.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (ok) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '_') {
            out.setLength(out.length() - 1);
        }
        String id = out.toString();
        if (id.isEmpty()) {
            return "id";
        }
        if (Character.isDigit(id.charAt(0)) || RESERVED.contains(id.toLowerCase(Locale.ROOT))) {
            return "id_" + id;
        }
        return id;
    }

    /**
     * Unique PlantUML aliases for the ids of one diagram. The same id always gets the same alias;
     * an id whose {@link #identifier} is taken gets a numbered one ({@code orders_db_2}), so the
     * aliases depend on the order ids are first asked for: ask in design order for stable output.
     * Not thread-safe.
     */
    public static final class Aliases {
        private final Map<String, String> byId = new HashMap<>();
        private final Set<String> taken = new HashSet<>();

        /** The alias of this id, assigned on first use. */
        public String of(String id) {
            Objects.requireNonNull(id, "id");
            String known = byId.get(id);
            if (known != null) {
                return known;
            }
            String base = identifier(id);
            String alias = base;
            for (int n = 2; !taken.add(alias.toLowerCase(Locale.ROOT)); n++) {
                alias = base + "_" + n;
            }
            byId.put(id, alias);
            return alias;
        }

        /** Reserves an identifier so no id gets it as alias, such as a name the diagram uses itself. */
        public void reserve(String identifier) {
            taken.add(identifier.toLowerCase(Locale.ROOT));
        }
    }
}
