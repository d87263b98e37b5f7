package dsw.diagrams.importer;

import java.util.List;

/**
 * A PlantUML source that cannot be imported at all: unreadable, not text, too large, or with
 * nothing a design could hold. The message names the file (and line, where there is one) and
 * says what to do; it is meant to be shown to a user as it is.
 */
public final class PumlImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportNote> notes;

    public PumlImportException(String message) {
        this(message, List.of());
    }

    /** A failure after reading the source, with the notes that explain what was not understood. */
    public PumlImportException(String message, List<ImportNote> notes) {
        super(message);
        this.notes = List.copyOf(notes);
    }

    /** What the import noted before it gave up, in line order; empty when it never read the source. */
    public List<ImportNote> notes() {
        return notes == null ? List.of() : notes;
    }
}
