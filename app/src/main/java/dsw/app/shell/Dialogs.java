package dsw.app.shell;

/**
 * The questions and messages the main window puts to the user, as an interface so that view-model
 * tests answer them without windows. Implementations are used on the FX thread only.
 */
public interface Dialogs {

    /** Asks whether to save unsaved changes to the named design before they would be lost. */
    UnsavedChoice askSaveChanges(String designName);

    /**
     * Asks whether to restore unsaved work that a dsw which crashed or was killed left behind.
     *
     * @param designName the design's name
     * @param savedAt when the work was last autosaved, for people ("today at 14:32")
     * @param originalFile the file the work belongs to, or null when it was never saved
     */
    RecoveryChoice askRestore(String designName, String savedAt, String originalFile);

    /**
     * Reports a failure. {@code details} is shown as given (one problem per line), never as a stack
     * trace.
     */
    void showError(String title, String message, String details);

    /** Reports something the user should know that did not stop the work (warnings in a file). */
    void showWarning(String title, String message, String details);

    /**
     * Asks whether to go ahead with something that cannot be undone (replacing a file, dropping
     * fields on save); true only when the user chose {@code goAhead}.
     */
    boolean confirm(String title, String message, String details, String goAhead);
}
