package dsw.app.shell;

/** The answer to "Restore the unsaved work a crash left behind?". */
public enum RecoveryChoice {
    /** Open the work again, unsaved. */
    RESTORE,
    /** Delete the work for good. */
    DISCARD,
    /** Keep the work and ask again at the next start. */
    LATER
}
