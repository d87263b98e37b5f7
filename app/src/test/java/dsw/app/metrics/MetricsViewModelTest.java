package dsw.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.app.run.RunCursor;
import dsw.app.run.TraceSearch;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.app.task.ManualScheduler;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The charts' state following playback on a real run, throttled on a manual clock. */
class MetricsViewModelTest {
    private static Trace trace;

    private final RunCursor cursor = new RunCursor();
    private final ManualScheduler clock = new ManualScheduler();
    private MetricsViewModel viewModel;

    @BeforeAll
    static void run() {
        Simulation simulation = Simulation.of(TestDesigns.example("three-tier-web.dsw.json"));
        simulation.runUntil(12 * Micros.PER_SECOND, RunMonitor.NONE);
        trace = simulation.trace();
    }

    @AfterEach
    void dispose() {
        viewModel.dispose();
    }

    private void playTo(long time) {
        cursor.timeProperty().set(time);
        cursor.shownProperty().set(TraceSearch.countUpTo(trace, cursor.available(), time));
    }

    @Test
    void theChartsFollowPlaybackAtMostTenTimesASecond() {
        cursor.reset(trace);
        viewModel = new MetricsViewModel(cursor, new ImmediateTaskExecutor(), clock);
        playTo(Micros.PER_SECOND);
        int started = viewModel.computations();

        for (int step = 1; step <= 50; step++) {
            playTo(Micros.PER_SECOND + step * 10L * Micros.PER_MILLISECOND);
        }
        assertThat(viewModel.computations() - started)
                .as("fifty moves within one instant")
                .isLessThanOrEqualTo(1);

        clock.advance(Duration.ofMillis(100));
        MetricsSeries series = viewModel.series();
        assertThat(series.buckets())
                .as("the latest position, once a tenth of a second has passed")
                .isEqualTo((int) (trace.time(cursor.shown() - 1) / series.bucket()) + 1);
        assertThat(series.bucket()).isEqualTo(MetricsSeries.bucketFor(trace.time(trace.size() - 1)));
        assertThat(viewModel.spanProperty().get()).isGreaterThanOrEqualTo(trace.time(trace.size() - 1));
        assertThat(viewModel.bucketTextProperty().get()).isEqualTo("bucket " + Micros.humanize(series.bucket()));

        playTo(Micros.PER_SECOND / 2);
        clock.advance(Duration.ofMillis(100));
        assertThat(viewModel.series().buckets())
                .as("scrubbing back shrinks the series")
                .isLessThan(series.buckets());
    }

    @Test
    void aFocusComponentShowsItsOwnFiguresAndSaysSo() {
        cursor.reset(trace);
        cursor.shownProperty().set(trace.size());
        viewModel = new MetricsViewModel(cursor, new ImmediateTaskExecutor(), clock);
        assertThat(viewModel.titleProperty().get()).isEqualTo("Whole system (clients)");
        long clients = viewModel.series().answered();

        viewModel.focusComponentProperty().set("db-primary");
        clock.advance(Duration.ofMillis(100));

        assertThat(viewModel.series().focus()).isEqualTo("db-primary");
        assertThat(viewModel.series().answered()).isPositive().isNotEqualTo(clients);
        assertThat(viewModel.titleProperty().get()).isEqualTo("db-primary (as a server)");

        viewModel.focusComponentProperty().set(null);
        clock.advance(Duration.ofMillis(100));
        assertThat(viewModel.series().answered()).isEqualTo(clients);
    }

    @Test
    void aNewRunStartsAfresh() {
        cursor.reset(trace);
        cursor.shownProperty().set(trace.size());
        viewModel = new MetricsViewModel(cursor, new ImmediateTaskExecutor(), clock);
        assertThat(viewModel.series().buckets()).isPositive();

        cursor.reset(null);
        assertThat(viewModel.series().buckets()).isZero();
        assertThat(viewModel.titleProperty().get()).isEmpty();
    }
}
