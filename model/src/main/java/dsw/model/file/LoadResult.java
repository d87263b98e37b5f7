package dsw.model.file;

import dsw.model.Design;
import java.util.List;

/**
 * A design loaded from a file, with the warnings the file gave (unknown fields, faults after the
 * end of the run, ...). Immutable.
 */
public record LoadResult(Design design, List<FileProblem> warnings) {
    public LoadResult {
        warnings = List.copyOf(warnings);
    }
}
