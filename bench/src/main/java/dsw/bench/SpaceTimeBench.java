package dsw.bench;

import atlantafx.base.theme.PrimerLight;
import dsw.app.run.RunCursor;
import dsw.app.spacetime.SpaceTimeView;
import dsw.app.spacetime.SpaceTimeViewModel;
import dsw.model.Design;
import dsw.model.file.DesignFiles;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The space-time diagram's frame time on a 100,000-event trace (the three-tier example simulated
 * for about 27 s of virtual time, 60 processes, with its scenario's faults), in a real window: for the whole trace fitted, a 1
 * s window and a 10 ms window, the view pans by a few pixels every frame, and the bench records the
 * frame computation alone ({@code SpaceTimeViewModel.frame()}) and the interval between frames,
 * which holds the computation, painting the canvas, rendering and presenting. Run it in a virtual
 * display with software rendering and the frame-rate cap off:
 *
 * <pre>
 * xvfb-run -a java -Dprism.order=sw -Djavafx.animation.fullspeed=true \
 *     -cp bench/target/benchmarks.jar dsw.bench.SpaceTimeBench [events frames]
 * </pre>
 *
 * Not thread-safe; a main program.
 */
public final class SpaceTimeBench {
    static final int WARMUP_FRAMES = 60;

    private SpaceTimeBench() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Trace trace = simulate(events);
        System.out.printf(
                Locale.ROOT,
                "trace: %d events, %d messages, %d processes, %s of virtual time%n",
                events,
                trace.messageCount(),
                trace.header().processCount(),
                Micros.humanize(trace.time(events - 1)));

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        RunCursor cursor = new RunCursor();
        SpaceTimeView view = FxBench.onFx(() -> {
            cursor.reset(trace);
            cursor.availableProperty().set(events);
            int shown = events * 3 / 5;
            cursor.shownProperty().set(shown);
            cursor.timeProperty().set(trace.time(shown - 1));
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            SpaceTimeView v = new SpaceTimeView(new SpaceTimeViewModel(cursor, new FxBench.SameThread()));
            Stage stage = new Stage();
            Scene scene = new Scene((Parent) v.node(), 1440, 900);
            scene.getStylesheets().add(SpaceTimeView.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            cursor.selectedProperty().set(shown - 1);
            return v;
        });
        SpaceTimeViewModel viewModel = view.viewModel();
        long end = trace.time(events - 1);
        long middle = trace.time(events / 2);
        measure("whole trace fitted", frames, viewModel::fitAll, viewModel);
        measure("1 s window", frames, () -> viewModel.show(middle, middle + Micros.PER_SECOND), viewModel);
        measure("10 ms window", frames, () -> viewModel.show(middle, middle + 10 * Micros.PER_MILLISECOND), viewModel);
        System.out.printf(Locale.ROOT, "(run end %s)%n", Micros.humanize(end));
        Platform.exit();
        System.exit(0);
    }

    /** The three-tier example run until it has recorded {@code events} events. */
    private static Trace simulate(int events) throws Exception {
        Design design;
        try (InputStream in = SpaceTimeBench.class.getResourceAsStream("/dsw/app/examples/three-tier-web.dsw.json")) {
            if (in == null) {
                throw new IllegalStateException("the three-tier example is not on the class path");
            }
            design = DesignFiles.read("three-tier-web.dsw.json", in.readAllBytes())
                    .design();
        }
        // The example's scenario stops after 20 s: run it longer, faults and all.
        Simulation simulation = Simulation.of(design, design.scenario().withDuration(10 * 60 * Micros.PER_SECOND));
        long until = 0;
        while (simulation.trace().size() < events && !simulation.isFinished()) {
            until += Micros.PER_SECOND;
            simulation.runUntil(until, RunMonitor.NONE);
        }
        if (simulation.trace().size() < events) {
            throw new IllegalStateException(
                    "the run ended after " + simulation.trace().size() + " events");
        }
        return simulation.trace();
    }

    private static void measure(String what, int frames, Runnable zoom, SpaceTimeViewModel viewModel) throws Exception {
        CompletableFuture<long[][]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            zoom.run();
            long[] compute = new long[frames];
            long[] intervals = new long[frames];
            int[] items = new int[2];
            new AnimationTimer() {
                private int frame;
                private long last;

                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    int i = frame - WARMUP_FRAMES - 1;
                    if (i >= 0) {
                        intervals[i] = t - last;
                    }
                    last = t;
                    if (frame == WARMUP_FRAMES + frames) {
                        stop();
                        done.complete(new long[][] {compute, intervals, {items[0], items[1]}});
                        return;
                    }
                    // A few pixels back and forth, as a hand drags; each step draws a new frame.
                    viewModel.panBy(frame % 20 < 10 ? 3 : -3, 0);
                    long c0 = System.nanoTime();
                    var computed = viewModel.frame();
                    if (i + 1 >= 0 && i + 1 < frames) {
                        compute[i + 1] = System.nanoTime() - c0;
                    }
                    items[0] = computed.dots().size();
                    items[1] = computed.arrows().size();
                    frame++;
                }
            }.start();
        });
        long[][] result = done.get(300, TimeUnit.SECONDS);
        long[] compute = result[0].clone();
        long[] intervals = result[1].clone();
        Arrays.sort(compute);
        Arrays.sort(intervals);
        System.out.printf(
                Locale.ROOT,
                "%-20s frame computation p50 %.2f ms, p95 %.2f ms; frame time p50 %.2f ms, p95 %.2f ms,"
                        + " max %.2f ms (%d dots, %d arrows)%n",
                what,
                FxBench.percentile(compute, 50) / 1e6,
                FxBench.percentile(compute, 95) / 1e6,
                FxBench.percentile(intervals, 50) / 1e6,
                FxBench.percentile(intervals, 95) / 1e6,
                intervals[intervals.length - 1] / 1e6,
                result[2][0],
                result[2][1]);
    }
}
