package dsw.model.trace;

import java.io.IOException;

/**
 * A trace file could not be read: the message names the line (from 1), the column when known, and
 * says what is wrong there in words for a person, such as {@code line 5: "t" must be a whole
 * number, not "soon"}. Nothing of the file was loaded. Immutable.
 */
public final class TraceFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param source the file as the user named it, or null
     * @param line the line, from 1
     * @param column the column, from 1, or 0 when the problem is with the line as a whole
     */
    public TraceFormatException(String source, int line, int column, String problem) {
        super((source == null ? "" : source + ": ") + "line " + line + (column > 0 ? ", column " + column : "") + ": "
                + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The file as the user named it, or null when reading a stream. */
    public String source() {
        return source;
    }

    /** The line the problem is on, from 1. */
    public int line() {
        return line;
    }

    /** The column the problem is at, from 1, or 0 when it is with the line as a whole. */
    public int column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
