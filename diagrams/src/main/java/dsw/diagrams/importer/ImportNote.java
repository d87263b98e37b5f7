package dsw.diagrams.importer;

import java.util.Objects;

/**
 * One remark an import makes about its input: a line it did not understand or ignored, or a
 * guess it made. Immutable, thread-safe.
 *
 * @param line the 1-based line of the PlantUML source it is about, or 0 for the whole file
 * @param message what happened, as a user reads it; one line, already safe to print
 */
public record ImportNote(int line, Kind kind, String message) {
    /** What sort of remark a note is. */
    public enum Kind {
        /** Something in the source that the design does not hold: skipped or not understood. */
        IGNORED,
        /** Something the import decided without the source saying so, such as a kind from a name. */
        GUESSED
    }

    public ImportNote {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative, got " + line);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The note as a report line: {@code line 12: `!include foo.puml` ignored: includes are not followed}. */
    public String format() {
        return line == 0 ? message : "line " + line + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
