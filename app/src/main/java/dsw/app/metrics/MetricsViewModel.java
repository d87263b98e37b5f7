package dsw.app.metrics;

import dsw.app.run.RunCursor;
import dsw.app.task.FxScheduler;
import dsw.app.task.Scheduler;
import dsw.app.task.TaskExecutor;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The metrics charts' state: the {@link MetricsSeries} of the run up to the playback position, for
 * the whole system or one component, recomputed off the FX thread as playback moves, at most
 * {@link #MAX_PER_SECOND} times a second. The trace's calls are collected once, as the trace grows;
 * a recomputation is a pass over them. Bucket length follows the length of the events available, so
 * the time axis stays put while playback moves. FX thread only.
 */
public final class MetricsViewModel {
    /** Recomputations per second at most. */
    public static final int MAX_PER_SECOND = 10;

    private static final Duration INTERVAL = Duration.ofMillis(1000 / MAX_PER_SECOND);

    private final RunCursor cursor;
    private final TaskExecutor executor;
    private final Scheduler scheduler;
    private final ObjectProperty<String> focusComponent = new SimpleObjectProperty<>(this, "focusComponent");
    private final ReadOnlyObjectWrapper<MetricsSeries> series =
            new ReadOnlyObjectWrapper<>(this, "series", MetricsSeries.EMPTY);
    private final ReadOnlyLongWrapper span = new ReadOnlyLongWrapper(this, "span");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper bucketText = new ReadOnlyStringWrapper(this, "bucketText", "");

    private final InvalidationListener traceListener = obs -> resetRun();
    private final InvalidationListener changeListener = obs -> request();

    private long runGeneration;
    /** The calls of the current run; only the worker computing touches it. */
    private CallLog log;

    private boolean computing;
    private Scheduler.Scheduled scheduled;
    private boolean again;
    private Instant lastStart = Instant.MIN;
    private int computations;

    public MetricsViewModel(RunCursor cursor, TaskExecutor executor) {
        this(cursor, executor, new FxScheduler());
    }

    /** With a {@link Scheduler} that times the throttling (tests move a manual clock). */
    public MetricsViewModel(RunCursor cursor, TaskExecutor executor, Scheduler scheduler) {
        this.cursor = cursor;
        this.executor = executor;
        this.scheduler = scheduler;
        cursor.traceProperty().addListener(traceListener);
        cursor.availableProperty().addListener(changeListener);
        cursor.shownProperty().addListener(changeListener);
        focusComponent.addListener(changeListener);
        resetRun();
    }

    /** The component whose figures the charts show (as a server), or null for the whole system. */
    public ObjectProperty<String> focusComponentProperty() {
        return focusComponent;
    }

    /** The latest figures: up to the playback position, for the focus. */
    public ReadOnlyObjectProperty<MetricsSeries> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    public MetricsSeries series() {
        return series.get();
    }

    /**
     * The virtual time the time axis covers, in µs: the available events' (a whole number of
     * buckets), so the axis stays put while playback moves.
     */
    public ReadOnlyLongProperty spanProperty() {
        return span.getReadOnlyProperty();
    }

    /** What the charts are about, such as "Whole system (clients)" or "db-primary (as a server)". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The bucket length for the axis, such as "bucket 200ms"; "" with no run. */
    public ReadOnlyStringProperty bucketTextProperty() {
        return bucketText.getReadOnlyProperty();
    }

    /** The playback position in virtual time (µs), where the charts draw their marker. */
    public ReadOnlyLongProperty timeProperty() {
        return cursor.timeProperty();
    }

    /** How many recomputations have started, for tests of the throttling. */
    public int computations() {
        return computations;
    }

    public void dispose() {
        cursor.traceProperty().removeListener(traceListener);
        cursor.availableProperty().removeListener(changeListener);
        cursor.shownProperty().removeListener(changeListener);
        focusComponent.removeListener(changeListener);
        cancelScheduled();
        runGeneration++;
    }

    private void resetRun() {
        runGeneration++;
        cancelScheduled();
        computing = false;
        again = false;
        Trace trace = cursor.trace();
        log = trace == null ? null : new CallLog(trace);
        span.set(0);
        series.set(MetricsSeries.EMPTY);
        updateTitle(MetricsSeries.EMPTY);
        request();
    }

    /** Asks for a recomputation: now, or when the last one is done and a tenth of a second old. */
    private void request() {
        if (log == null) {
            return;
        }
        if (computing || scheduled != null) {
            again = true;
            return;
        }
        Duration since = lastStart.equals(Instant.MIN) ? INTERVAL : Duration.between(lastStart, scheduler.now());
        if (since.compareTo(INTERVAL) >= 0) {
            compute();
        } else {
            scheduled = scheduler.schedule(INTERVAL.minus(since), () -> {
                scheduled = null;
                compute();
            });
        }
    }

    private void cancelScheduled() {
        if (scheduled != null) {
            scheduled.cancel();
            scheduled = null;
        }
    }

    private void compute() {
        again = false;
        computing = true;
        computations++;
        lastStart = scheduler.now();
        long run = runGeneration;
        CallLog calls = log;
        Trace trace = calls.trace();
        int available = cursor.available();
        int shown = Math.min(cursor.shown(), available);
        String focus = focusComponent.get();
        executor.execute(
                () -> {
                    calls.extendTo(available);
                    long last = available == 0 ? 0 : trace.time(available - 1);
                    long bucket = MetricsSeries.bucketFor(last);
                    return new Figures(MetricsSeries.of(calls, shown, bucket, focus), (last / bucket + 1) * bucket);
                },
                figures -> {
                    if (run != runGeneration) {
                        return;
                    }
                    computing = false;
                    MetricsSeries result = figures.series();
                    span.set(figures.span());
                    series.set(result);
                    updateTitle(result);
                    if (again) {
                        again = false;
                        request();
                    }
                },
                failure -> {
                    if (run == runGeneration) {
                        computing = false;
                        title.set("Could not compute the figures: " + failure.getMessage());
                    }
                });
    }

    /** One computation's result: the series and the span of the time axis. */
    private record Figures(MetricsSeries series, long span) {}

    private void updateTitle(MetricsSeries result) {
        if (cursor.trace() == null) {
            title.set("");
            bucketText.set("");
            return;
        }
        String focus = focusComponent.get();
        if (focus == null) {
            title.set("Whole system (clients)");
        } else {
            title.set(focus + (result.focus() != null && result.clientSide() ? " (as a client)" : " (as a server)"));
        }
        bucketText.set(result.buckets() == 0 ? "" : "bucket " + Micros.humanize(result.bucket()));
    }
}
