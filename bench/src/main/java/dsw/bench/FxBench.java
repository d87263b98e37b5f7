package dsw.bench;

import dsw.app.DswApplication;
import dsw.app.settings.SettingsStore;
import dsw.app.shell.AppServices;
import dsw.app.shell.FxFileDialogs;
import dsw.app.shell.SmokeTest;
import dsw.app.task.BackgroundTaskExecutor;
import dsw.app.task.TaskExecutor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/** What the benchmarks of the real window share: starting the app, work on the FX thread, percentiles. */
final class FxBench {
    private FxBench() {}

    /**
     * Starts JavaFX and the real app with its settings in {@code folder} and background work on a
     * worker thread, and returns it once its window has been drawn.
     */
    static DswApplication startApp(Path folder) throws Exception {
        CompletableFuture<DswApplication> started = new CompletableFuture<>();
        Platform.startup(() -> {
            DswApplication app = new DswApplication(new AppServices(
                    new SettingsStore(folder.resolve("settings")),
                    () -> new BackgroundTaskExecutor(Platform::runLater),
                    FxFileDialogs::new,
                    false,
                    () -> {}));
            Stage stage = new Stage();
            app.start(stage);
            SmokeTest.afterFirstRender(stage, () -> started.complete(app));
        });
        return started.get(60, TimeUnit.SECONDS);
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    /** The {@code p}th percentile of sorted values (nearest rank). */
    static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Runs work and its callback at once on the calling thread, so a bench measures one thing. */
    static final class SameThread implements TaskExecutor {
        @Override
        public <T> void execute(
                Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        @Override
        public void shutdown() {}
    }
}
