package dsw.model.file;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A design file could not be loaded. {@link #getMessage()} lists every problem, one per line, each
 * naming the file, line, column and field; nothing of the file was loaded.
 */
public final class DesignFileException extends Exception {
    private static final long serialVersionUID = 1L;
    /** Beyond this many, further problems are counted but not listed. */
    static final int MAX_LISTED = 25;

    private final String file;
    private final transient List<FileProblem> problems;

    public DesignFileException(String file, List<FileProblem> problems) {
        super(describe(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** Every problem found, errors first. */
    public List<FileProblem> problems() {
        return problems;
    }

    private static String describe(String file, List<FileProblem> problems) {
        if (problems.isEmpty()) {
            return file + ": cannot be loaded";
        }
        String listed =
                problems.stream().limit(MAX_LISTED).map(FileProblem::format).collect(Collectors.joining("\n"));
        int more = problems.size() - MAX_LISTED;
        return more > 0 ? listed + "\n" + file + ": ... and " + more + " more problems" : listed;
    }
}
