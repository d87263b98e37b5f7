package dsw.app.shell;

import dsw.app.theme.ThemeManager;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The default uncaught-exception handler of the desktop app: a bug inside dsw shows a dialog (with
 * the technical details folded away for a bug report) and the app keeps running, instead of
 * dying or failing silently. Every exception is also printed to standard error. While one dialog
 * is open, further exceptions are only printed. Thread-safe: may be called on any thread.
 */
public final class CrashReporter implements Thread.UncaughtExceptionHandler {
    private final Supplier<Window> owner;
    private final ThemeManager themes;
    private boolean showing;

    public CrashReporter(Supplier<Window> owner, ThemeManager themes) {
        this.owner = owner;
        this.themes = themes;
    }

    /** Makes this the handler of every thread, including the FX thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        System.err.println("dsw: internal error on thread " + thread.getName() + ": " + error);
        error.printStackTrace();
        if (error instanceof VirtualMachineError && !(error instanceof StackOverflowError)) {
            return; // out of memory: showing a window could only make it worse
        }
        try {
            // Later, never now: showAndWait is not allowed during layout or animation.
            Platform.runLater(() -> show(error));
        } catch (IllegalStateException e) {
            // the toolkit is gone: standard error is all there is
        }
    }

    private void show(Throwable error) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            Window window = owner.get();
            if (window != null && window.isShowing()) {
                alert.initOwner(window);
            }
            alert.setTitle("Something went wrong - dsw");
            alert.setHeaderText("Something went wrong inside dsw.");
            alert.setContentText("This is a bug in dsw, not something you did. Your design is still open: save it"
                    + " (under a new name, to be safe) and restart dsw if it misbehaves.\n\n" + summary(error));
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            alert.getDialogPane().setExpandableContent(FxDialogs.detailsBox(trace.toString()));
            alert.getButtonTypes().setAll(ButtonType.OK);
            alert.setResizable(true);
            themes.style(alert.getDialogPane());
            alert.showAndWait();
        } finally {
            showing = false;
        }
    }

    private static String summary(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
