package dsw.model.json;

/**
 * A value in a JSON document is wrong; {@link #pointer()} says where, relative to the node that was
 * being read (an empty pointer means that node itself). Callers that know the node's own place
 * prefix it, so the user is told the full path.
 */
public final class FieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String pointer;

    public FieldException(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    /** Where the problem is, as a JSON pointer such as {@code /mean}, relative to the node read. */
    public String pointer() {
        return pointer;
    }

    /** The same problem, one level further out: {@code /mean} under {@code /latency} becomes {@code /latency/mean}. */
    public FieldException under(String parentPointer) {
        FieldException moved = new FieldException(parentPointer + pointer, getMessage());
        moved.setStackTrace(getStackTrace());
        return moved;
    }
}
