package dsw.bench;

import dsw.app.eventlog.EventLogViewModel;
import dsw.app.metrics.MetricsSeries;
import dsw.app.metrics.MetricsViewModel;
import dsw.app.run.RunCursor;
import dsw.app.run.TraceSearch;
import dsw.app.task.Scheduler;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * The work behind the event log and the metrics charts on a trace of about a million events of
 * {@link TieredDesign} (100 processes): filtering and searching through the event log's view model,
 * and computing the charts' figures, from scratch and as playback moves. The work runs on the
 * calling thread (in the app it runs on a worker), so each figure is what a worker spends; the FX
 * thread only takes in the result. No JavaFX toolkit needed:
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dsw.bench.EventLogBench [events]
 * </pre>
 *
 * Not thread-safe; a main program.
 */
public final class EventLogBench {
    private static final int ROUNDS = 7;

    private EventLogBench() {}

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Simulation simulation = Simulation.of(TieredDesign.of(42, 60 * Micros.PER_SECOND));
        simulation.runEvents(events, RunMonitor.NONE);
        Trace trace = simulation.trace();
        System.out.printf(
                Locale.ROOT,
                "trace: %,d events, %d processes, %s of virtual time%n",
                trace.size(),
                trace.header().processCount(),
                Micros.humanize(trace.time(trace.size() - 1)));

        RunCursor cursor = new RunCursor();
        cursor.reset(trace);
        cursor.shownProperty().set(trace.size());
        EventLogViewModel log = new EventLogViewModel(cursor, new FxBench.SameThread());
        time("event log: filter to drops, then back to all (2 passes)", () -> {
            log.showOnly(EventType.DROP);
            log.showAllTypes();
        });
        time("event log: filter to one component, then all (2 passes)", () -> {
            log.processFilterProperty().set("lb");
            log.processFilterProperty().set("");
        });
        time("event log: search \"orders-db\" in all events", () -> {
            log.searchTextProperty().set("orders-db");
            log.searchTextProperty().set("");
        });
        time("event log: playback position back and forth (FX thread)", () -> {
            cursor.shownProperty().set(trace.size() / 2);
            cursor.shownProperty().set(trace.size());
        });
        log.dispose();

        long last = trace.time(trace.size() - 1);
        long bucket = MetricsSeries.bucketFor(last);
        time("charts: figures from scratch (whole system)", () -> MetricsSeries.of(trace, trace.size(), bucket, null));
        time(
                "charts: figures from scratch (one component)",
                () -> MetricsSeries.of(trace, trace.size(), bucket, "orders-db"));

        cursor.shownProperty().set(0);
        MetricsViewModel metrics = new MetricsViewModel(cursor, new FxBench.SameThread(), new AtOnce());
        int[] step = {0};
        time("charts: recomputation as playback moves (calls collected)", () -> {
            step[0] = (step[0] + 1) % 10;
            long time = last * (5 + step[0]) / 15;
            cursor.shownProperty().set(TraceSearch.countUpTo(trace, trace.size(), time));
        });
        System.out.printf(
                Locale.ROOT, "charts: %d buckets of %s%n", metrics.series().buckets(), Micros.humanize(bucket));
        metrics.dispose();
    }

    /** Runs {@code work} {@value #ROUNDS} times and prints the median and the fastest. */
    private static void time(String what, Runnable work) {
        work.run(); // warm up
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT, "%-60s median %7.1f ms, best %7.1f ms%n", what, nanos[ROUNDS / 2] / 1e6, nanos[0] / 1e6);
    }

    /** A clock a second ahead at every look, so throttling never delays a recomputation. */
    private static final class AtOnce implements Scheduler {
        private Instant now = Instant.EPOCH;

        @Override
        public Scheduled schedule(Duration delay, Runnable action) {
            action.run();
            return () -> {};
        }

        @Override
        public Instant now() {
            now = now.plusSeconds(1);
            return now;
        }
    }
}
