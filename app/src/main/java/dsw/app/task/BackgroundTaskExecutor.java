package dsw.app.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The app's {@link TaskExecutor}: work runs on a small pool of daemon threads (so a stuck task
 * never keeps the JVM alive), results are handed to {@code uiThread} ({@code Platform::runLater}
 * in the app). Thread-safe.
 */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private final ExecutorService workers;
    private final Executor uiThread;
    private final AtomicBoolean shutDown = new AtomicBoolean();

    public BackgroundTaskExecutor(Executor uiThread) {
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(2, work -> {
            Thread thread = new Thread(work, "dsw-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        if (shutDown.get()) {
            return;
        }
        try {
            workers.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    deliver(() -> onFailure.accept(e));
                    return;
                } catch (Error e) { // out of memory, stack overflow: still exactly one callback, so no spinner hangs
                    Exception wrapped = new IllegalStateException(
                            "the work failed: " + e.getClass().getSimpleName()
                                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"),
                            e);
                    deliver(() -> onFailure.accept(wrapped));
                    return;
                }
                deliver(() -> onSuccess.accept(result));
            });
        } catch (RejectedExecutionException e) {
            // shut down in the meantime: the result would be dropped anyway
        }
    }

    private void deliver(Runnable callback) {
        if (!shutDown.get()) {
            uiThread.execute(() -> {
                if (!shutDown.get()) {
                    callback.run();
                }
            });
        }
    }

    @Override
    public void shutdown() {
        shutDown.set(true);
        workers.shutdownNow();
    }
}
