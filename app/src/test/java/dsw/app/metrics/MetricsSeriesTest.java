package dsw.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import dsw.simulation.metrics.ComponentStats;
import dsw.simulation.metrics.RunSummary;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The charts' figures, a pure function of trace, size, bucket and focus, on real runs of the
 * three-tier example: its primary database crashes at 10 s of a 20 s run.
 */
class MetricsSeriesTest {
    private static final long SECOND = Micros.PER_SECOND;
    private static final long BUCKET = 500 * Micros.PER_MILLISECOND;

    private static Design design;
    private static Trace trace;

    @BeforeAll
    static void run() {
        design = TestDesigns.example("three-tier-web.dsw.json");
        Simulation simulation = Simulation.of(design);
        simulation.runToEnd(RunMonitor.NONE);
        trace = simulation.trace();
    }

    @Test
    void aLinkThatLosesEverythingShowsDropsAndNoThroughput() {
        List<Link> links = design.links().stream()
                .map(l ->
                        l.id().equals("browsers-lb") ? l.withNetwork(l.network().withLoss(1.0)) : l)
                .toList();
        Design lossy = design.withLinks(links).withScenario(design.scenario().withDuration(3 * SECOND));
        Simulation simulation = Simulation.of(lossy);
        simulation.runToEnd(RunMonitor.NONE);
        Trace lost = simulation.trace();

        MetricsSeries series = MetricsSeries.of(lost, lost.size(), BUCKET, null);

        assertThat(series.buckets()).isEqualTo(6);
        assertThat(series.answered()).isZero();
        assertThat(series.dropped()).isPositive();
        for (int b = 0; b < series.buckets(); b++) {
            assertThat(series.throughput(b)).as("bucket %d", b).isZero();
            assertThat(series.p50(b)).as("no latency without answers").isEqualTo(-1);
            assertThat(series.drops(b)).as("bucket %d", b).isPositive();
            assertThat(series.drops(DropReason.LOSS, b)).isEqualTo(series.drops(b));
        }
    }

    @Test
    void theWholeRunsLatencyIsTheRunSummarysForTheClients() {
        ComponentStats browsers = RunSummary.of(design, trace, design.scenario().duration()).components().stream()
                .filter(c -> c.id().equals("browsers"))
                .findFirst()
                .orElseThrow();

        MetricsSeries series = MetricsSeries.of(trace, trace.size(), BUCKET, null);

        assertThat(series.answered()).isEqualTo(browsers.answered());
        assertThat(series.failed()).isEqualTo(browsers.errors());
        assertThat(series.latency(50)).isEqualTo(browsers.latency().percentile(50));
        assertThat(series.latency(99)).isEqualTo(browsers.latency().percentile(99));
        double answers = 0;
        for (int b = 0; b < series.buckets(); b++) {
            answers += (series.throughput(b) + series.errors(b)) * BUCKET / SECOND;
        }
        assertThat(Math.round(answers)).as("every answer in one bucket").isEqualTo(browsers.answered());
    }

    @Test
    void aServersFiguresAreItsOwnAndSoAreItsDrops() {
        ComponentStats primary = RunSummary.of(design, trace, design.scenario().duration()).components().stream()
                .filter(c -> c.id().equals("db-primary"))
                .findFirst()
                .orElseThrow();

        MetricsSeries series = MetricsSeries.of(trace, trace.size(), BUCKET, "db-primary");

        assertThat(series.clientSide()).isFalse();
        assertThat(series.answered()).isEqualTo(primary.answered()).isPositive();
        assertThat(series.latency(50)).isEqualTo(primary.latency().percentile(50));
        int crash = (int) (10 * SECOND / BUCKET);
        for (int b = crash; b < series.buckets(); b++) {
            assertThat(series.throughput(b))
                    .as("the crashed primary answers nothing in bucket %d", b)
                    .isZero();
        }
        assertThat(series.drops(DropReason.CRASH, crash))
                .as("requests to it are dropped")
                .isPositive();
    }

    @Test
    void errorsAppearAfterTheCrash() {
        MetricsSeries series = MetricsSeries.of(trace, trace.size(), BUCKET, null);
        int crash = (int) (10 * SECOND / BUCKET);

        for (int b = 0; b < crash; b++) {
            assertThat(series.errors(b)).as("bucket %d before the crash", b).isZero();
        }
        double after = 0;
        for (int b = crash; b < series.buckets(); b++) {
            after += series.errors(b);
        }
        assertThat(after).isPositive();
    }

    @Test
    void onlyTheEventsUpToThePlaybackPositionCount() {
        int half = firstAt(10 * SECOND);

        MetricsSeries before = MetricsSeries.of(trace, half, BUCKET, null);
        MetricsSeries whole = MetricsSeries.of(trace, trace.size(), BUCKET, null);

        assertThat(before.buckets()).isEqualTo((int) (trace.time(half - 1) / BUCKET) + 1);
        assertThat(before.failed()).isZero();
        for (int b = 0; b < before.buckets() - 1; b++) {
            assertThat(before.throughput(b)).isEqualTo(whole.throughput(b));
            assertThat(before.p99(b)).isEqualTo(whole.p99(b));
        }
        assertThat(MetricsSeries.of(trace, 0, BUCKET, null).buckets()).isZero();
    }

    @Test
    void bucketsAreRoundAndFiftyToAHundredForARun() {
        assertThat(MetricsSeries.bucketFor(20 * SECOND)).isEqualTo(200 * Micros.PER_MILLISECOND);
        assertThat(MetricsSeries.bucketFor(12 * SECOND)).isEqualTo(200 * Micros.PER_MILLISECOND);
        assertThat(MetricsSeries.bucketFor(30 * SECOND)).isEqualTo(500 * Micros.PER_MILLISECOND);
        assertThat(MetricsSeries.bucketFor(0)).isEqualTo(Micros.PER_MILLISECOND);
        for (long span = SECOND; span < 1000 * SECOND; span = span * 3 / 2) {
            long buckets = span / MetricsSeries.bucketFor(span) + 1;
            assertThat(buckets).as("span %s", Micros.humanize(span)).isBetween(40L, 101L);
        }
    }

    private static int firstAt(long time) {
        for (int seq = 0; seq < trace.size(); seq++) {
            if (trace.time(seq) >= time && trace.type(seq) != EventType.FAULT) {
                return seq;
            }
        }
        return trace.size();
    }
}
