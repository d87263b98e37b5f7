package dsw.bench;

import dsw.app.DswApplication;
import dsw.app.canvas.CanvasInput.Pointer;
import dsw.app.canvas.CanvasViewModel;
import dsw.app.canvas.DesignCanvasView;
import dsw.app.canvas.Rect;
import dsw.app.editor.CanvasEditor;
import dsw.app.session.Selection;
import dsw.app.shell.SmokeTest;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.file.DesignFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The editor's speed with a large design (300 components, 600 links, 10 frames by default), in the
 * real window: the time from opening the file to the first painted frame, and the frame time while
 * a selection of 50 components is dragged. Run it in a real (virtual) display with software
 * rendering and the frame-rate cap off, so frame intervals are the frames' real cost:
 *
 * <pre>
 * xvfb-run -a java -Dprism.order=sw -Djavafx.animation.fullspeed=true \
 *     -cp bench/target/benchmarks.jar dsw.bench.EditorFrameBench [components links selected frames]
 * </pre>
 *
 * Not thread-safe; a main program.
 */
public final class EditorFrameBench {
    static final int OPENS = 5;
    static final int WARMUP_FRAMES = 60;
    static final int FRAMES = 600;

    private EditorFrameBench() {}

    public static void main(String[] args) throws Exception {
        int components = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int links = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int selected = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int frames = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Path folder = Files.createTempDirectory("dsw-editor-bench");
        Path file = folder.resolve("large.dsw.json");
        DesignFiles.write(EditorDesign.of(components, links, frames, 42), file);
        System.out.printf(
                Locale.ROOT,
                "design: %d components, %d links, %d frames (%d KB)%n",
                components,
                links,
                frames,
                Files.size(file) / 1024);

        DswApplication app = FxBench.startApp(folder);
        Stage stage = (Stage) app.window().root().getScene().getWindow();

        long[] opens = new long[OPENS];
        for (int i = 0; i < OPENS; i++) {
            CompletableFuture<Long> painted = new CompletableFuture<>();
            Platform.runLater(() -> {
                app.viewModel().session().close();
                long t0 = System.nanoTime();
                app.viewModel()
                        .openAtStart(
                                file,
                                () -> SmokeTest.afterFirstRender(
                                        stage, () -> painted.complete(System.nanoTime() - t0)));
            });
            opens[i] = painted.get(60, TimeUnit.SECONDS);
        }
        System.out.printf(
                Locale.ROOT,
                "open to first paint: first %.0f ms, then median %.0f ms (of %d)%n",
                opens[0] / 1e6,
                median(Arrays.copyOfRange(opens, 1, OPENS)) / 1e6,
                OPENS - 1);

        CompletableFuture<long[]> dragged = new CompletableFuture<>();
        Platform.runLater(() -> drag(app, selected, dragged));
        long[] intervals = dragged.get(120, TimeUnit.SECONDS);
        Arrays.sort(intervals);
        System.out.printf(
                Locale.ROOT,
                "drag %d components: frame time p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d frames,"
                        + " %.0f fps)%n",
                selected,
                FxBench.percentile(intervals, 50) / 1e6,
                FxBench.percentile(intervals, 95) / 1e6,
                FxBench.percentile(intervals, 99) / 1e6,
                intervals[intervals.length - 1] / 1e6,
                intervals.length,
                1e9 / (Arrays.stream(intervals).sum() / (double) intervals.length));
        Platform.exit();
        System.exit(0);
    }

    /** Selects the first {@code count} components and drags them, one step per frame. */
    private static void drag(DswApplication app, int count, CompletableFuture<long[]> done) {
        Design design = app.viewModel().session().current().orElseThrow();
        List<String> ids =
                design.components().stream().limit(count).map(Component::id).toList();
        app.viewModel().session().selection().set(new Selection(ids));
        DesignCanvasView view = app.window().canvas();
        CanvasViewModel canvas = view.viewModel();
        CanvasEditor editor = app.window().editor();
        canvas.actualSize();
        Rect box = canvas.layout().box(ids.get(0)).orElseThrow().bounds();
        canvas.centreOn(box.centerX(), box.centerY());
        double x = canvas.viewport().toScreenX(box.centerX());
        double y = canvas.viewport().toScreenY(box.centerY());
        editor.moved(Pointer.at(x, y));
        editor.pressed(Pointer.at(x, y));
        long[] intervals = new long[FRAMES];
        new AnimationTimer() {
            private int frame;
            private long last;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (frame > WARMUP_FRAMES) {
                    intervals[frame - WARMUP_FRAMES - 1] = t - last;
                }
                last = t;
                if (frame == WARMUP_FRAMES + FRAMES) {
                    stop();
                    editor.released(Pointer.at(x, y));
                    done.complete(intervals);
                    return;
                }
                // Back and forth across 200 pixels, as a hand does.
                double phase = (frame % 100) / 100.0;
                double offset = 200 * (phase < 0.5 ? phase * 2 : 2 - phase * 2);
                editor.dragged(Pointer.at(x + offset + 5, y + offset / 2 + 5));
                frame++;
            }
        }.start();
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
