package dsw.app.shell;

import dsw.app.settings.SettingsStore;
import dsw.app.task.BackgroundTaskExecutor;
import dsw.app.task.FxScheduler;
import dsw.app.task.Scheduler;
import dsw.app.task.TaskExecutor;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * What the desktop app is wired with, so tests can start the real application with their own
 * settings folder, a same-thread task executor, scripted file choosers, no real exit and a manual
 * timer. Immutable.
 *
 * @param fileDialogs makes the file choosers for the main window
 * @param installCrashHandler whether to make {@link CrashReporter} the default exception handler
 * @param exit ends the app after Quit (the app calls {@code Platform.exit()})
 * @param scheduler makes the timer autosave runs on
 */
public record AppServices(
        SettingsStore settings,
        Supplier<TaskExecutor> executor,
        Function<Supplier<Window>, FileDialogs> fileDialogs,
        boolean installCrashHandler,
        Runnable exit,
        Supplier<Scheduler> scheduler) {

    public AppServices {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(fileDialogs, "fileDialogs");
        Objects.requireNonNull(exit, "exit");
        Objects.requireNonNull(scheduler, "scheduler");
    }

    /** The services with the real timer. */
    public AppServices(
            SettingsStore settings,
            Supplier<TaskExecutor> executor,
            Function<Supplier<Window>, FileDialogs> fileDialogs,
            boolean installCrashHandler,
            Runnable exit) {
        this(settings, executor, fileDialogs, installCrashHandler, exit, FxScheduler::new);
    }

    /** The real thing: the user's settings folder, background threads, native file choosers. */
    public static AppServices standard() {
        return new AppServices(
                SettingsStore.standard(),
                () -> new BackgroundTaskExecutor(Platform::runLater),
                FxFileDialogs::new,
                true,
                Platform::exit,
                FxScheduler::new);
    }
}
