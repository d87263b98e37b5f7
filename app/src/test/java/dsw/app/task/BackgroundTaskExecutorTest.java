package dsw.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTaskExecutorTest {
    @Test
    void runsWorkOffTheCallingThreadAndDeliversOnTheUiExecutor() throws Exception {
        LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        BackgroundTaskExecutor executor = new BackgroundTaskExecutor(ui::add);
        CompletableFuture<String> worker = new CompletableFuture<>();
        CompletableFuture<String> delivered = new CompletableFuture<>();
        executor.execute(
                () -> {
                    worker.complete(Thread.currentThread().getName());
                    return 42;
                },
                result -> delivered.complete("ok " + result),
                error -> delivered.complete("failed"));
        ui.poll(10, TimeUnit.SECONDS).run();
        assertThat(worker.get()).startsWith("dsw-worker-");
        assertThat(delivered.get()).isEqualTo("ok 42");
        executor.shutdown();
    }

    @Test
    void reportsFailuresToTheFailureCallback() throws Exception {
        LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        BackgroundTaskExecutor executor = new BackgroundTaskExecutor(ui::add);
        CompletableFuture<String> delivered = new CompletableFuture<>();
        executor.execute(
                () -> {
                    throw new java.io.IOException("disk on fire");
                },
                result -> delivered.complete("ok"),
                error -> delivered.complete(error.getMessage()));
        ui.poll(10, TimeUnit.SECONDS).run();
        assertThat(delivered.get()).isEqualTo("disk on fire");
        executor.shutdown();
    }
}
