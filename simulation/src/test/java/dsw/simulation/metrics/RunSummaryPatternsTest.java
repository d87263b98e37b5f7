package dsw.simulation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dsw.model.Design;
import dsw.model.trace.Decision;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import dsw.simulation.testkit.Tiny;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Retries, amplification, goodput and offered load on a hand-built trace: a client sends two
 * requests; the service calls the database once for the first and three times for the second (two
 * retries after errors), answers the first with ok and the second with an error.
 */
class RunSummaryPatternsTest {
    private static final long MS = 1_000;

    private final Design design = Tiny.clientAndService().build();
    private Trace trace;
    private long lamport;

    @Test
    void retriesAmplificationGoodputAndOfferedLoadAreCounted() {
        trace();
        RunSummary summary = RunSummary.of(design, trace, 1_000 * MS);

        assertThat(summary.clientRequests()).isEqualTo(2);
        assertThat(summary.clientSucceeded()).isEqualTo(1);
        assertThat(summary.downstreamCalls()).isEqualTo(4);
        assertThat(summary.amplification()).isCloseTo(2.0, within(1e-9));
        assertThat(summary.retries()).isEqualTo(2);
        assertThat(summary.decisions(Decision.GIVE_UP)).isZero();
        assertThat(summary.perSecond(summary.clientRequests()))
                .as("offered load")
                .isCloseTo(2.0, within(1e-9));
        assertThat(summary.perSecond(summary.clientSucceeded())).as("goodput").isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aRunWithoutClientRequestsHasNoAmplification() {
        trace = new Trace(new TraceHeader(1, "t", processes(), List.of()));
        trace.publish();
        RunSummary summary = RunSummary.of(design, trace, MS);
        assertThat(summary.amplification()).isZero();
        assertThat(summary.retries()).isZero();
    }

    private List<ProcessInfo> processes() {
        return List.of(
                new ProcessInfo(
                        design.components().get(0).id(),
                        design.components().get(0).id(),
                        design.components().get(0).kind().id(),
                        1),
                new ProcessInfo(
                        design.components().get(1).id(),
                        design.components().get(1).id(),
                        design.components().get(1).kind().id(),
                        1),
                new ProcessInfo("db", "db", "database", 1));
    }

    private void trace() {
        trace = new Trace(new TraceHeader(1, "t", processes(), List.of()));
        int client = clientProcess();
        int service = 1 - client;
        int db = 2;
        long t = 0;
        int r1 = send(t += MS, client, service, MessageKind.REQUEST, Status.NONE, -1);
        receive(t += MS, r1);
        int d1 = send(t += MS, service, db, MessageKind.REQUEST, Status.NONE, -1);
        receive(t += MS, d1);
        receive(t += MS, send(t, db, service, MessageKind.RESPONSE, Status.OK, d1));
        receive(t += MS, send(t, service, client, MessageKind.RESPONSE, Status.OK, r1));

        int r2 = send(t += MS, client, service, MessageKind.REQUEST, Status.NONE, -1);
        receive(t += MS, r2);
        for (int attempt = 1; attempt <= 3; attempt++) {
            int d = send(t += MS, service, db, MessageKind.REQUEST, Status.NONE, -1);
            receive(t += MS, d);
            receive(t += MS, send(t, db, service, MessageKind.RESPONSE, Status.ERROR, d));
            if (attempt < 3) {
                trace.append(
                        t += MS,
                        EventType.LOCAL,
                        service,
                        -1,
                        ++lamport,
                        t,
                        DropReason.NONE,
                        Decision.RETRY,
                        "retry " + (attempt + 1) + " of 3 to db");
            }
        }
        receive(t += MS, send(t, service, client, MessageKind.RESPONSE, Status.ERROR, r2));
        trace.publish();
    }

    private int clientProcess() {
        return CallScan.clients(trace.header().processes())[0] ? 0 : 1;
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
