package dsw.app.inspector;

import dsw.model.Design;
import dsw.model.edit.Command;
import java.util.Optional;

/**
 * Turns what a user typed into a field into the one undoable edit it asks for. Looks up what it
 * edits by id in the design it is given, so it stays right after other edits. Implementations are
 * stateless.
 */
@FunctionalInterface
public interface FieldEdit {
    /** An edit that is never called: read-only fields have it. */
    FieldEdit NONE = (design, text) -> Optional.empty();

    /**
     * The edit for {@code text}, or empty when the text means the value the design already has.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not acceptable
     */
    Optional<Command> edit(Design design, String text);
}
