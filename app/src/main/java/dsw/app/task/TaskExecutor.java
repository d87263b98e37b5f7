package dsw.app.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that could be slow (reading, writing, checking a design) away from the UI thread and
 * hands the result back on the UI thread. The app uses {@link BackgroundTaskExecutor}; tests use an
 * executor that runs everything at once on the calling thread. Implementations are thread-safe.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work}, then exactly one of {@code onSuccess} or {@code onFailure} on the UI thread.
     * The work must not touch the scene graph.
     */
    <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Stops accepting work; work already running may finish, its results are dropped. */
    void shutdown();
}
