package dsw.app.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A {@link TaskExecutor} for tests that holds work until {@link #runAll()}, to test stale results. */
public final class ManualTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final ImmediateTaskExecutor immediate = new ImmediateTaskExecutor();

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        pending.add(() -> immediate.execute(work, onSuccess, onFailure));
    }

    public int pending() {
        return pending.size();
    }

    public void runAll() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    @Override
    public void shutdown() {
        pending.clear();
    }
}
