package dsw.app.shell;

/** The answer to "Save changes to the design?". */
public enum UnsavedChoice {
    SAVE,
    DONT_SAVE,
    CANCEL
}
