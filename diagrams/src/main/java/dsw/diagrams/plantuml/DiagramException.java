package dsw.diagrams.plantuml;

/**
 * A diagram could not be drawn: PlantUML found a syntax error, crashed while laying it out, or the
 * result would not be a faithful picture. The message says what went wrong in words a user can act
 * on, naming the source line when PlantUML gave one. Immutable.
 */
public final class DiagramException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final boolean layoutFailure;

    public DiagramException(String message) {
        this(message, 0, false, null);
    }

    /**
     * @param line the 1-based source line of the problem, or 0
     * @param layoutFailure true when the source is fine but PlantUML could not lay it out
     */
    public DiagramException(String message, int line, boolean layoutFailure, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.layoutFailure = layoutFailure;
    }

    /**
     * True when the source is valid but PlantUML's layout failed on it, so a simpler drawing of
     * the same design may succeed.
     */
    public boolean isLayoutFailure() {
        return layoutFailure;
    }

    /** The 1-based line of the PlantUML source the problem is on, or 0 when unknown. */
    public int line() {
        return line;
    }
}
