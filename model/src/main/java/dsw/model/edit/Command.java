package dsw.model.edit;

import dsw.model.Design;

/**
 * One user edit that can be undone and redone. Commands are applied only through a {@link
 * CommandStack}, in strict undo order, so a command may assume it is undone on the design it
 * produced.
 */
public interface Command {
    /** Applies the edit. */
    Design execute(Design design);

    /** Reverses the edit on the design {@link #execute} produced. */
    Design undo(Design design);

    /** What the edit did, for the Edit menu: "Move 3 components". */
    String description();
}
