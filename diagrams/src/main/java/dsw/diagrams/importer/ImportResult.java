package dsw.diagrams.importer;

import dsw.model.Design;
import java.util.List;
import java.util.Objects;

/**
 * What an import made: a laid-out design and the notes on what was guessed or left out, in line
 * order. Immutable, thread-safe.
 */
public record ImportResult(Design design, List<ImportNote> notes) {
    public ImportResult {
        Objects.requireNonNull(design, "design");
        notes = List.copyOf(notes);
    }

    /** How many notes are of the kind. */
    public long count(ImportNote.Kind kind) {
        return notes.stream().filter(n -> n.kind() == kind).count();
    }
}
