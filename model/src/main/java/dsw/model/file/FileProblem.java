package dsw.model.file;

import dsw.model.Severity;
import dsw.model.value.Text;
import java.util.Objects;

/**
 * A problem found while reading a design file, located as precisely as the input allows: the
 * file, the line and column (0 when unknown) and the JSON pointer of the field. Immutable.
 */
public record FileProblem(Severity severity, String file, String pointer, int line, int column, String message) {
    public FileProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        pointer = pointer == null ? "" : pointer;
        Objects.requireNonNull(message, "message");
    }

    /**
     * One line in the style compilers use, so editors can jump to it:
     * {@code design.dsw.json:12:9: error: links[3].to: link l3 ends at unknown component "dbx"}.
     */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(severity.label()).append(": ");
        String where = readablePath(pointer);
        if (!where.isEmpty()) {
            out.append(where).append(": ");
        }
        return out.append(message).toString();
    }

    /** {@code /links/3/to} reads as {@code links[3].to}; the root is the empty string. */
    public static String readablePath(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String part = Text.abbreviate(raw.replace("~1", "/").replace("~0", "~"), 40);
            if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(part);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
