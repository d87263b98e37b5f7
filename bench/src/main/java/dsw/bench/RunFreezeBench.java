package dsw.bench;

import dsw.app.DswApplication;
import dsw.app.run.RunController;
import dsw.model.file.DesignFiles;
import dsw.model.value.Micros;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Whether the window stays responsive while a long run is simulated: opens {@link TieredDesign}
 * (100 processes) for a run of about ten million trace events in the real window, starts the run,
 * jumps to its end (Simulation > Go to End), and records the interval between the FX thread's
 * frames until the simulation is done, with its progress bar and every run panel showing. Then
 * steps back and forth at the end and jumps to the middle, timing each.
 *
 * <pre>
 * xvfb-run -a java -Xmx8g -Dprism.order=sw \
 *     -cp bench/target/benchmarks.jar dsw.bench.RunFreezeBench [virtual seconds]
 * </pre>
 *
 * Not thread-safe; a main program.
 */
public final class RunFreezeBench {
    private RunFreezeBench() {}

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 32;
        Path folder = Files.createTempDirectory("dsw-run-bench");
        Path file = folder.resolve("tiered.dsw.json");
        DesignFiles.write(TieredDesign.forSeconds(42, seconds), file);

        DswApplication app = FxBench.startApp(folder);
        RunController run = app.window().run();

        CompletableFuture<Void> opened = new CompletableFuture<>();
        Platform.runLater(() -> app.viewModel().openAtStart(file, () -> {
            run.start();
            opened.complete(null);
        }));
        opened.get(60, TimeUnit.SECONDS);
        await(() -> run.isActive() && !run.busyProperty().get());

        CompletableFuture<long[]> done = new CompletableFuture<>();
        long[] intervals = new long[200_000];
        int[] count = {0};
        long[] startedAt = new long[1];
        long[] simulated = new long[1];
        Platform.runLater(() -> {
            startedAt[0] = System.nanoTime();
            run.moveToEnd();
            new AnimationTimer() {
                private long last = System.nanoTime();
                private int after = -1;

                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (count[0] < intervals.length) {
                        intervals[count[0]++] = t - last;
                    }
                    last = t;
                    // Keep counting for 120 frames after the run is done: taking in its events is part of it.
                    if (after < 0 && !run.busyProperty().get()) {
                        after = 0;
                        simulated[0] = t - startedAt[0];
                    }
                    if (after >= 0 && ++after == 120) {
                        stop();
                        done.complete(Arrays.copyOf(intervals, count[0]));
                    }
                }
            }.start();
        });
        long[] frames = done.get(30, TimeUnit.MINUTES);
        long total = simulated[0];
        int events = FxBench.onFx(() -> run.cursor().trace().size());
        long[] sorted = frames.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "go to the end of a %d s run: %,d events simulated in %.1f s (%.2f M events/s); %d frames meanwhile"
                        + " and for 120 frames after: median %.1f ms, p99 %.1f ms, longest %.1f ms%n",
                seconds,
                events,
                total / 1e9,
                events / (total / 1e9) / 1e6,
                sorted.length,
                FxBench.percentile(sorted, 50) / 1e6,
                FxBench.percentile(sorted, 99) / 1e6,
                sorted[sorted.length - 1] / 1e6);
        System.out.printf(
                Locale.ROOT,
                "heap in use after the run: %d MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);

        long step = timeOnFx(run::stepBack);
        long middle = timeOnFx(() -> run.moveTo(seconds * Micros.PER_SECOND / 2));
        long back = timeOnFx(run::moveToStart);
        System.out.printf(
                Locale.ROOT,
                "on the FX thread: step back %.2f ms, jump to the middle %.2f ms, jump to the start %.2f ms%n",
                step / 1e6,
                middle / 1e6,
                back / 1e6);
        Platform.exit();
        System.exit(0);
    }

    private static long timeOnFx(Runnable action) throws Exception {
        return FxBench.onFx(() -> {
            long t0 = System.nanoTime();
            action.run();
            return System.nanoTime() - t0;
        });
    }

    private static void await(java.util.function.BooleanSupplier condition) throws Exception {
        for (int i = 0; i < 6000; i++) {
            if (FxBench.onFx(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("timed out");
    }
}
