package dsw.app.shell;

import dsw.app.settings.SettingsStore;
import dsw.app.task.BackgroundTaskExecutor;
import dsw.app.task.TaskExecutor;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * What the desktop app is wired with, so tests can start the real application with their own
 * settings folder, a same-thread task executor, scripted file choosers and no real exit. Immutable.
 *
 * @param fileDialogs makes the file choosers for the main window
 * @param installCrashHandler whether to make {@link CrashReporter} the default exception handler
 * @param exit ends the app after Quit (the app calls {@code Platform.exit()})
 */
public record AppServices(
        SettingsStore settings,
        Supplier<TaskExecutor> executor,
        Function<Supplier<Window>, FileDialogs> fileDialogs,
        boolean installCrashHandler,
        Runnable exit) {

    public AppServices {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(fileDialogs, "fileDialogs");
        Objects.requireNonNull(exit, "exit");
    }

    /** The real thing: the user's settings folder, background threads, native file choosers. */
    public static AppServices standard() {
        return new AppServices(
                SettingsStore.standard(),
                () -> new BackgroundTaskExecutor(Platform::runLater),
                FxFileDialogs::new,
                true,
                Platform::exit);
    }
}
