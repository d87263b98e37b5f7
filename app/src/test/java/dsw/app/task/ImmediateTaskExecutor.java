package dsw.app.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A {@link TaskExecutor} for tests: runs the work and its callback at once on the calling thread. */
public final class ImmediateTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
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
