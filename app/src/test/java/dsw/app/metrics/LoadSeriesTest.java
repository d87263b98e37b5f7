package dsw.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dsw.model.trace.Decision;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offered load, goodput, retries and amplification per second of a hand-built trace: in the first
 * second the client sends two requests, each served with one database call and answered ok; in the
 * second it sends one, which takes three database calls (two retries) and ends in an error.
 */
class LoadSeriesTest {
    private static final long SECOND = 1_000_000;
    private static final int CLIENT = 0;
    private static final int SERVICE = 1;
    private static final int DB = 2;

    private final Trace trace = new Trace(new TraceHeader(
            1,
            "t",
            List.of(
                    new ProcessInfo("c", "c", "client", 1),
                    new ProcessInfo("s", "s", "service", 1),
                    new ProcessInfo("db", "db", "database", 1)),
            List.of()));
    private long lamport;

    @Test
    void eachSecondShowsOfferedLoadGoodputRetriesAndAmplification() {
        call(100_000, 1, true);
        call(500_000, 1, true);
        call(SECOND + 100_000, 3, false);
        trace.publish();

        MetricsSeries series = MetricsSeries.of(trace, trace.size(), SECOND, null);
        assertThat(series.buckets()).isEqualTo(2);
        assertThat(series.offered(0)).isCloseTo(2, within(1e-9));
        assertThat(series.goodput(0)).isCloseTo(2, within(1e-9));
        assertThat(series.retries(0)).isZero();
        assertThat(series.amplification(0)).isCloseTo(1, within(1e-9));

        assertThat(series.offered(1)).isCloseTo(1, within(1e-9));
        assertThat(series.goodput(1)).isZero();
        assertThat(series.retries(1)).isCloseTo(2, within(1e-9));
        assertThat(series.amplification(1)).isCloseTo(3, within(1e-9));

        assertThat(series.offered()).isEqualTo(3);
        assertThat(series.goodput()).isEqualTo(2);
        assertThat(series.retries()).isEqualTo(2);
        assertThat(series.amplification()).isCloseTo(5.0 / 3, within(1e-9));
    }

    @Test
    void upToThePlaybackPositionOnlyTheShownEventsCount() {
        call(100_000, 1, true);
        trace.publish();
        int shown = trace.size();
        call(SECOND + 100_000, 3, false);
        trace.publish();

        MetricsSeries series = MetricsSeries.of(trace, shown, SECOND, null);
        assertThat(series.offered()).isEqualTo(1);
        assertThat(series.retries()).isZero();
    }

    @Test
    void aServerFocusHasNoClientRequestsAndSoNoAmplification() {
        call(100_000, 3, true);
        trace.publish();
        MetricsSeries series = MetricsSeries.of(trace, trace.size(), SECOND, "s");
        assertThat(series.offered()).isZero();
        assertThat(series.retries()).as("the service's own retries").isEqualTo(2);
        assertThat(series.amplification(0)).isEqualTo(-1);
    }

    /** A client request served with {@code attempts} database calls, 1 ms apart. */
    private void call(long t, int attempts, boolean ok) {
        int request = send(t, CLIENT, SERVICE, MessageKind.REQUEST, Status.NONE, -1);
        receive(t + 1_000, request);
        long now = t + 2_000;
        for (int a = 1; a <= attempts; a++) {
            boolean last = a == attempts;
            int call = send(now, SERVICE, DB, MessageKind.REQUEST, Status.NONE, -1);
            receive(now + 1_000, call);
            int answer =
                    send(now + 2_000, DB, SERVICE, MessageKind.RESPONSE, last && ok ? Status.OK : Status.ERROR, call);
            receive(now + 3_000, answer);
            if (!last) {
                trace.append(
                        now + 3_000,
                        EventType.LOCAL,
                        SERVICE,
                        -1,
                        ++lamport,
                        now,
                        DropReason.NONE,
                        Decision.RETRY,
                        "retry " + (a + 1) + " of " + attempts + " to db");
            }
            now += 4_000;
        }
        receive(now + 1_000, send(now, SERVICE, CLIENT, MessageKind.RESPONSE, ok ? Status.OK : Status.ERROR, request));
    }

    private int send(long t, int from, int to, MessageKind kind, Status status, int replyTo) {
        int msg = trace.addMessage(from, to, -1, kind, Operation.READ, -1, status, -1, replyTo, 100, null);
        trace.append(t, EventType.SEND, from, msg, ++lamport, t, DropReason.NONE, null);
        return msg;
    }

    private void receive(long t, int msg) {
        trace.append(t, EventType.RECEIVE, trace.messageTo(msg), msg, ++lamport, t, DropReason.NONE, null);
    }
}
