package dsw.bench;

import dsw.app.DswApplication;
import dsw.app.animation.RunFrame;
import dsw.app.animation.RunLayer;
import dsw.app.animation.RunLayerViewModel;
import dsw.app.canvas.CanvasColors;
import dsw.app.canvas.CanvasLayer;
import dsw.app.canvas.DesignCanvasView;
import dsw.app.canvas.DiagramLayout;
import dsw.app.canvas.Viewport;
import dsw.app.run.RunCursor;
import dsw.app.run.TraceSearch;
import dsw.app.shell.SmokeTest;
import dsw.app.task.BackgroundTaskExecutor;
import dsw.app.theme.Theme;
import dsw.model.Design;
import dsw.model.file.DesignFiles;
import dsw.model.trace.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.canvas.GraphicsContext;
import javafx.stage.Stage;

/**
 * The run animation's frame time in the real window: a generated, laid-out design of 200
 * components and 400 links, a trace written directly with a chosen number of messages in flight
 * ({@link SyntheticRun}), the run layer on the app's design canvas zoomed to show everything, and
 * the playback time moved forward every frame, as the playback timer does. Run it in a virtual
 * display with software rendering and the frame-rate cap off, so each interval between frames is
 * that frame's real cost (finding the flights, building the frame, painting it, rendering and
 * presenting the window):
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -Dprism.order=sw -Djavafx.animation.fullspeed=true \
 *     -cp bench/target/benchmarks.jar dsw.bench.AnimationFrameBench [inFlight [components]]
 * </pre>
 *
 * {@code -Ddsw.theme=dark}, {@code -Ddsw.presenter=true}, {@code -Ddsw.zoom=1} (instead of the whole
 * design) and {@code -Ddsw.snapshot=FILE.png} (a picture of the window at the end) help to look at
 * it. Not thread-safe; a main program.
 */
public final class AnimationFrameBench {
    static final int WARMUP_FRAMES = 60;
    static final int FRAMES = 600;
    /** Virtual time the playback moves per frame: 0.5 ms, so a 40 ms flight takes 80 frames. */
    static final long STEP = 500;

    private AnimationFrameBench() {}

    public static void main(String[] args) throws Exception {
        int inFlight = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int components = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path folder = Files.createTempDirectory("dsw-animation-bench");
        Path file = folder.resolve("animated.dsw.json");
        Design design = EditorDesign.of(components, components * 2, 8, 42);
        DesignFiles.write(design, file);
        long duration = 100_000 + (WARMUP_FRAMES + FRAMES + 10) * STEP + SyntheticRun.MEAN_FLIGHT * 2;
        long t0 = System.nanoTime();
        Trace trace = SyntheticRun.of(design, inFlight, duration, 42);
        System.out.printf(
                Locale.ROOT,
                "design: %d components, %d links; trace: %,d events, %,d messages over %d ms (written in %.1f s)%n",
                components,
                design.links().size(),
                trace.size(),
                trace.messageCount(),
                duration / 1000,
                (System.nanoTime() - t0) / 1e9);

        DswApplication app = FxBench.startApp(folder);
        Stage stage = (Stage) app.window().root().getScene().getWindow();
        CompletableFuture<Void> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            if ("dark".equals(System.getProperty("dsw.theme"))) {
                app.viewModel().themeProperty().set(Theme.DARK);
            }
            app.viewModel().presenterModeProperty().set(Boolean.getBoolean("dsw.presenter"));
            app.viewModel().openAtStart(file, () -> SmokeTest.afterFirstRender(stage, () -> opened.complete(null)));
        });
        opened.get(60, TimeUnit.SECONDS);

        CompletableFuture<Result> measured = new CompletableFuture<>();
        Platform.runLater(() -> animate(app, trace, measured));
        Result result = measured.get(300, TimeUnit.SECONDS);
        long[] intervals = result.intervals;
        Arrays.sort(intervals);
        long[] layer = result.layer;
        Arrays.sort(layer);
        System.out.printf(
                Locale.ROOT,
                "indexed (flights, process states, vector clocks) in %.2f s in the background%n",
                result.indexing / 1e9);
        System.out.printf(
                Locale.ROOT,
                "%,d messages in flight (%,d glyphs drawn on average): frame time p50 %.2f ms, p95 %.2f ms,"
                        + " p99 %.2f ms, max %.2f ms (%d frames, %.0f fps); run layer alone p50 %.2f ms, p95 %.2f ms%n",
                inFlight,
                result.glyphs / FRAMES,
                FxBench.percentile(intervals, 50) / 1e6,
                FxBench.percentile(intervals, 95) / 1e6,
                FxBench.percentile(intervals, 99) / 1e6,
                intervals[intervals.length - 1] / 1e6,
                intervals.length,
                1e9 / (Arrays.stream(intervals).sum() / (double) intervals.length),
                FxBench.percentile(layer, 50) / 1e6,
                FxBench.percentile(layer, 95) / 1e6);
        String snapshot = System.getProperty("dsw.snapshot");
        if (snapshot != null) {
            CompletableFuture<Void> saved = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    javax.imageio.ImageIO.write(
                            javafx.embed.swing.SwingFXUtils.fromFXImage(
                                    stage.getScene().snapshot(null), null),
                            "png",
                            Path.of(snapshot).toFile());
                    saved.complete(null);
                } catch (Exception e) {
                    saved.completeExceptionally(e);
                }
            });
            saved.get(30, TimeUnit.SECONDS);
        }
        Platform.exit();
        System.exit(0);
    }

    private record Result(long[] intervals, long[] layer, long glyphs, long indexing) {}

    /** Shows the run on the app's canvas, waits for it to be indexed, then plays it frame by frame. */
    private static void animate(DswApplication app, Trace trace, CompletableFuture<Result> done) {
        DesignCanvasView view = app.window().canvas();
        view.viewModel().zoomToFit();
        String zoom = System.getProperty("dsw.zoom");
        if (zoom != null) {
            double factor =
                    Double.parseDouble(zoom) / view.viewModel().viewport().scale();
            view.viewModel().zoomAt(factor, view.getWidth() / 3, view.getHeight() / 3);
        }
        RunCursor cursor = new RunCursor();
        RunLayerViewModel model =
                new RunLayerViewModel(cursor, view.viewModel(), new BackgroundTaskExecutor(Platform::runLater));
        RunLayer layer = new RunLayer(model);
        layer.attach(view);
        long[] layerTimes = new long[FRAMES];
        long[] glyphs = new long[1];
        int[] frame = new int[1];
        // Times the run layer's own work (flights, frame, painting commands) inside the frame.
        view.setLayer(new CanvasLayer() {
            @Override
            public void paint(
                    GraphicsContext gc,
                    double width,
                    double height,
                    DiagramLayout layout,
                    Viewport viewport,
                    CanvasColors colours) {
                long start = System.nanoTime();
                layer.paint(gc, width, height, layout, viewport, colours);
                int f = frame[0] - WARMUP_FRAMES - 1;
                if (f >= 0 && f < FRAMES) {
                    layerTimes[f] = System.nanoTime() - start;
                    RunFrame shown = model.frame(
                            layout,
                            viewport,
                            width,
                            height,
                            view.viewModel().presenterProperty().get());
                    glyphs[0] += shown.messages().size();
                }
            }
        });
        long indexStart = System.nanoTime();
        cursor.reset(trace);
        long[] intervals = new long[FRAMES];
        new AnimationTimer() {
            private long last;
            private long indexed;
            private long time = 100_000;

            @Override
            public void handle(long now) {
                if (indexed == 0) {
                    if (!model.isCaughtUp()) {
                        return;
                    }
                    indexed = System.nanoTime() - indexStart;
                }
                long t = System.nanoTime();
                if (frame[0] > WARMUP_FRAMES) {
                    intervals[frame[0] - WARMUP_FRAMES - 1] = t - last;
                }
                last = t;
                if (frame[0] == WARMUP_FRAMES + FRAMES) {
                    stop();
                    done.complete(new Result(intervals, layerTimes, glyphs[0], indexed));
                    return;
                }
                time += STEP;
                cursor.timeProperty().set(time);
                cursor.shownProperty().set(TraceSearch.countUpTo(trace, cursor.available(), time));
                frame[0]++;
            }
        }.start();
    }
}
