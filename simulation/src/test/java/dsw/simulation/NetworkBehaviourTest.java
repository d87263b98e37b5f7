package dsw.simulation;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.NetworkProfile;
import dsw.model.PropertyKeys;
import dsw.model.scenario.Fault;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the network does to messages between a client {@code c} and a service {@code s}, as a user
 * would see it in the trace: partitions, a link going down, bandwidth, reordering, duplication,
 * corruption and loss.
 */
class NetworkBehaviourTest {

    /** Client {@code c} sends a read to service {@code s} every {@code gapMillis} from time 0 to {@code stop}. */
    private static Tiny clientAndService(NetworkProfile network, double gapMillis, long stop) {
        return Tiny.design("client and service")
                .component("c", "client")
                .component("s", "service")
                .set("s", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(30)))
                .set("s", PropertyKeys.CONCURRENCY, 1000)
                .set("s", PropertyKeys.QUEUE_CAPACITY, 1000)
                .link("c", "s", network)
                .everyMillis("c", "s", gapMillis, 0, stop, 1.0, 100);
    }

    private static NetworkProfile constant(long latency) {
        return NetworkProfile.DEFAULT.withLatency(Distribution.constant(latency));
    }

    /**
     * With 50 ms latency, requests sent in the 50 ms before the link goes down are on the wire when
     * it does: they are dropped when they would have arrived; requests sent while it is down are
     * dropped at once; once it is up again, requests arrive.
     */
    @Test
    void aLinkGoingDownDropsWhatIsSentOnItAndWhatIsInFlightThenHeals() {
        Trace trace = Runs.finished(clientAndService(constant(ms(50)), 10, -1)
                .set("s", PropertyKeys.SERVICE_TIME, Distribution.constant(0))
                .fault(ms(105), new Fault.LinkDown("c-s"))
                .fault(ms(205), new Fault.LinkUp("c-s"))
                .duration(ms(500))
                .build());

        for (int msg : Runs.messages(trace, MessageKind.REQUEST, "c", "s")) {
            long sent = Runs.sentAt(trace, msg);
            List<Integer> drops = Runs.fates(trace, msg, EventType.DROP);
            List<Integer> receives = Runs.fates(trace, msg, EventType.RECEIVE);
            String what = "request sent at " + Micros.format(sent);
            if (sent + ms(50) < ms(105) || sent >= ms(205)) {
                if (sent + ms(50) <= ms(500)) {
                    assertThat(receives).as(what).hasSize(1);
                }
                assertThat(drops).as(what).isEmpty();
            } else if (sent < ms(105)) {
                assertThat(drops)
                        .as(what + ", in flight when the link went down")
                        .hasSize(1);
                assertThat(trace.reason(drops.get(0))).isEqualTo(DropReason.LINK_DOWN);
                assertThat(trace.time(drops.get(0))).as(what).isEqualTo(sent + ms(50));
            } else {
                assertThat(drops).as(what + ", while the link was down").hasSize(1);
                assertThat(trace.reason(drops.get(0))).isEqualTo(DropReason.LINK_DOWN);
                assertThat(trace.time(drops.get(0))).as(what).isEqualTo(sent);
            }
        }
        // Responses share the link: those on the wire at 105 ms are lost too.
        List<Integer> lostResponses = new ArrayList<>();
        for (int msg : Runs.messages(trace, MessageKind.RESPONSE, "s", "c")) {
            if (!Runs.fates(trace, msg, EventType.DROP).isEmpty()) {
                lostResponses.add(msg);
            }
        }
        assertThat(lostResponses).isNotEmpty();
    }

    /**
     * A link that goes down for 1 ms still loses every copy that was on it at that moment, though
     * the copies would arrive after it is back up: the link carried nothing while down.
     */
    @Test
    void aShortLinkOutageLosesTheCopiesThatWereOnTheWire() {
        Trace trace = Runs.finished(clientAndService(constant(ms(50)), 10, ms(150))
                .set("s", PropertyKeys.SERVICE_TIME, Distribution.constant(0))
                .fault(ms(105), new Fault.LinkDown("c-s"))
                .fault(ms(106), new Fault.LinkUp("c-s"))
                .duration(ms(500))
                .build());

        List<Long> lost = new ArrayList<>();
        for (int msg : Runs.messages(trace, MessageKind.REQUEST, "c", "s")) {
            long sent = Runs.sentAt(trace, msg);
            List<Integer> drops = Runs.fates(trace, msg, EventType.DROP);
            if (sent > ms(55) && sent < ms(105)) {
                assertThat(drops)
                        .as("request sent at %s, on the wire at 105 ms", Micros.format(sent))
                        .hasSize(1);
                assertThat(trace.reason(drops.get(0))).isEqualTo(DropReason.LINK_DOWN);
                lost.add(sent);
            } else {
                assertThat(drops).as("request sent at %s", Micros.format(sent)).isEmpty();
            }
        }
        assertThat(lost).containsExactly(ms(60), ms(70), ms(80), ms(90), ms(100));
    }
}
