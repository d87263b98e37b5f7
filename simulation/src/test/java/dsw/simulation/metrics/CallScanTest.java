package dsw.simulation.metrics;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.scenario.Fault;
import dsw.model.trace.DropReason;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A call scan stopped and resumed anywhere finds what one pass finds. */
class CallScanTest {

    /** Everything a scan reports, as text in order. */
    private static final class Recorder implements CallScan.Listener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void requested(int seq, int client) {
            lines.add(seq + " requested " + client);
        }

        @Override
        public void clientAnswered(int seq, int client, Status status, long latency) {
            lines.add(seq + " client " + client + " " + status + " " + latency);
        }

        @Override
        public void serverAnswered(int seq, int server, Status status, long latency) {
            lines.add(seq + " server " + server + " " + status + " " + latency);
        }

        @Override
        public void dropped(int seq, int msg, DropReason reason) {
            lines.add(seq + " dropped " + msg + " " + reason);
        }
    }

    @Test
    void aScanInPiecesFindsWhatOnePassFinds() {
        Trace trace = Runs.finished(Tiny.clientAndService()
                .fault(ms(100), new Fault.Crash("s"))
                .fault(ms(200), new Fault.Recover("s"))
                .build());
        Recorder whole = new Recorder();
        CallScan.of(trace).scan(trace.size(), whole);
        assertThat(whole.lines).anyMatch(l -> l.contains(" client ")).anyMatch(l -> l.contains(" dropped "));

        long seed = new Random().nextLong();
        System.out.println("aScanInPiecesFindsWhatOnePassFinds seed " + seed);
        Random random = new Random(seed);
        Recorder pieces = new Recorder();
        CallScan scan = CallScan.of(trace);
        while (scan.position() < trace.size()) {
            int to = Math.min(trace.size(), scan.position() + random.nextInt(50));
            scan.scan(to, pieces);
        }
        assertThat(pieces.lines).as("seed %d", seed).isEqualTo(whole.lines);
    }
}
