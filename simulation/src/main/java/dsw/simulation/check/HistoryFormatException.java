package dsw.simulation.check;

/** A history file that cannot be read, with the file, line and column at fault in its message. Immutable. */
public final class HistoryFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A problem at {@code line}:{@code column} of {@code source} (column 0 when the whole line is at fault). */
    public HistoryFormatException(String source, int line, int column, String problem) {
        super(source + ":" + line + (column > 0 ? ":" + column : "") + ": " + problem);
    }

    /** A problem with the file as a whole. */
    public HistoryFormatException(String source, String problem) {
        super(source + ": " + problem);
    }
}
