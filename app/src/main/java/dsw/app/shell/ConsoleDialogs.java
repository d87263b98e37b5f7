package dsw.app.shell;

import java.io.PrintStream;

/**
 * {@link Dialogs} for {@code --smoke-test}: nothing may wait for a person, so errors and warnings
 * go to standard error and an error is remembered for the exit code. Unsaved changes are never
 * saved (a smoke test makes none), and work left by a crash is never restored or discarded. Use on
 * the FX thread only.
 */
public final class ConsoleDialogs implements Dialogs {
    private final PrintStream err;
    private boolean failed;

    public ConsoleDialogs(PrintStream err) {
        this.err = err;
    }

    @Override
    public UnsavedChoice askSaveChanges(String designName) {
        return UnsavedChoice.DONT_SAVE;
    }

    /** Nobody is there to answer: print the question and keep the work for a later start. */
    @Override
    public RecoveryChoice askRestore(String designName, String savedAt, String originalFile) {
        print(
                "question",
                "Restore unsaved work",
                "unsaved work on \"" + designName + "\" from " + savedAt + " was kept (not restored: no one to ask)",
                originalFile == null ? "" : "It belongs to " + originalFile);
        return RecoveryChoice.LATER;
    }

    @Override
    public void showError(String title, String message, String details) {
        failed = true;
        print("error", title, message, details);
    }

    @Override
    public void showWarning(String title, String message, String details) {
        print("warning", title, message, details);
    }

    /** Nobody is there to answer: print the question and do not go ahead. */
    @Override
    public boolean confirm(String title, String message, String details, String goAhead) {
        print("question", title, message + " (not confirmed: no one to ask)", details);
        return false;
    }

    /** True once an error has been reported. */
    public boolean failed() {
        return failed;
    }

    private void print(String level, String title, String message, String details) {
        err.println("dsw: " + level + ": " + title + ": " + message);
        if (details != null && !details.isBlank()) {
            details.lines().forEach(line -> err.println("  " + line));
        }
        err.flush();
    }
}
