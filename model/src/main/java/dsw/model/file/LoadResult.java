package dsw.model.file;

import dsw.model.Design;
import java.util.List;

/**
 * A design loaded from a file, with the warnings the file gave (unknown fields, faults after the
 * end of the run, ...). Immutable.
 *
 * @param unknownFields the readable paths (such as {@code components[2].author}) of fields this dsw
 *     does not know; saving the design drops them
 */
public record LoadResult(Design design, List<FileProblem> warnings, List<String> unknownFields) {
    public LoadResult {
        warnings = List.copyOf(warnings);
        unknownFields = List.copyOf(unknownFields);
    }

    /** True when saving the design would lose fields that are in the file. */
    public boolean savingDropsFields() {
        return !unknownFields.isEmpty();
    }
}
