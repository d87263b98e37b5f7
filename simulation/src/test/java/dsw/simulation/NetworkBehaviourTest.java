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
import dsw.model.value.Bandwidth;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    @Test
    void aOneWayPartitionDropsAToBButDeliversBToA() {
        Trace trace = Runs.finished(clientAndService(constant(ms(1)), 10, -1)
                .fault(ms(100), new Fault.Partition("cut", List.of("c"), List.of("s"), true))
                .fault(ms(300), new Fault.Heal("cut"))
                .duration(ms(500))
                .build());

        List<Integer> requests = Runs.messages(trace, MessageKind.REQUEST, "c", "s");
        List<Integer> responses = Runs.messages(trace, MessageKind.RESPONSE, "s", "c");
        int droppedRequests = 0;
        for (int msg : requests) {
            long sent = Runs.sentAt(trace, msg);
            boolean cut = sent >= ms(100) && sent < ms(300);
            List<Integer> drops = Runs.fates(trace, msg, EventType.DROP);
            if (cut) {
                droppedRequests++;
                assertThat(drops)
                        .as("request sent at %s, during the partition", Micros.format(sent))
                        .hasSize(1);
                assertThat(trace.reason(drops.get(0))).isEqualTo(DropReason.PARTITION);
                assertThat(trace.time(drops.get(0))).isEqualTo(sent);
            } else if (sent < ms(499)) {
                assertThat(drops).as("request sent at %s", Micros.format(sent)).isEmpty();
                assertThat(Runs.fates(trace, msg, EventType.RECEIVE)).hasSize(1);
            }
        }
        assertThat(droppedRequests).isEqualTo(20);

        int deliveredDuringCut = 0;
        for (int msg : responses) {
            long sent = Runs.sentAt(trace, msg);
            assertThat(Runs.fates(trace, msg, EventType.DROP))
                    .as("response sent at %s: B to A is not cut", Micros.format(sent))
                    .isEmpty();
            if (sent >= ms(100) && sent < ms(300)) {
                deliveredDuringCut++;
            }
        }
        assertThat(deliveredDuringCut)
                .as("responses from s to c sent while c could not reach s")
                .isPositive();
    }

    @Test
    void aSymmetricPartitionDropsBothWaysUntilHealed() {
        Trace trace = Runs.finished(clientAndService(constant(ms(1)), 10, -1)
                .group("zone-b", "s")
                .fault(ms(100), new Fault.Partition("cut", List.of("c"), List.of("zone-b"), false))
                .fault(ms(300), new Fault.Heal(null))
                .duration(ms(500))
                .build());

        for (int msg = 0; msg < trace.messageCount(); msg++) {
            long sent = Runs.sentAt(trace, msg);
            List<Integer> drops = Runs.fates(trace, msg, EventType.DROP);
            if (sent >= ms(100) && sent < ms(300)) {
                assertThat(drops)
                        .as("message %d sent at %s", msg, Micros.format(sent))
                        .hasSize(1);
                assertThat(trace.reason(drops.get(0))).isEqualTo(DropReason.PARTITION);
            } else {
                assertThat(drops)
                        .as("message %d sent at %s", msg, Micros.format(sent))
                        .isEmpty();
            }
        }
        assertThat(Runs.events(trace, seq -> trace.type(seq) == EventType.FAULT))
                .extracting(trace::detail)
                .containsExactly("partition cut: c <-/-> zone-b", "heal all partitions");
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

    @Test
    void bandwidthAddsSerializationDelayAndMessagesQueueBehindEachOther() {
        NetworkProfile slow = constant(ms(1)).withBandwidth(Bandwidth.parse("8Mbps"));
        Trace trace = Runs.finished(Tiny.design("slow link")
                .component("c", "client")
                .component("s", "service")
                .set("s", PropertyKeys.SERVICE_TIME, Distribution.constant(0))
                .link("c", "s", slow)
                .everyMillis("c", "s", 1, 0, 2500, 0.0, 1_000_000)
                .duration(5 * Micros.PER_SECOND)
                .build());

        List<Integer> requests = Runs.messages(trace, MessageKind.REQUEST, "c", "s");
        assertThat(requests).hasSize(2);
        int first = requests.get(0);
        int second = requests.get(1);
        assertThat(trace.messageSize(first)).isEqualTo(1_000_000);
        long firstTook = trace.time(Runs.fates(trace, first, EventType.RECEIVE).get(0)) - Runs.sentAt(trace, first);
        assertThat(firstTook)
                .as("1 MB over 8 Mbps: 1 s on the wire plus 1 ms latency")
                .isGreaterThanOrEqualTo(Micros.PER_SECOND + ms(1))
                .isEqualTo(Micros.PER_SECOND + ms(1));
        long secondArrives =
                trace.time(Runs.fates(trace, second, EventType.RECEIVE).get(0));
        assertThat(secondArrives)
                .as("the second megabyte waits for the first to leave")
                .isEqualTo(ms(1) + 2 * Micros.PER_SECOND + ms(1));
    }

    /** The order messages from c to s were received in, by message id (ids follow send order). */
    private static List<Integer> receiveOrder(Trace trace) {
        int s = Runs.process(trace, "s");
        List<Integer> order = new ArrayList<>();
        for (int seq : Runs.events(trace, EventType.RECEIVE, "s")) {
            if (trace.messageFrom(trace.message(seq)) != s) {
                order.add(trace.message(seq));
            }
        }
        return order;
    }

    @Test
    void reorderingMakesLaterMessagesOvertakeEarlierOnes() {
        Trace trace = Runs.finished(clientAndService(constant(ms(5)).withReorder(1.0), 1, ms(200))
                .duration(Micros.PER_SECOND)
                .build());
        List<Integer> order = receiveOrder(trace);
        assertThat(order).hasSize(199);
        int overtaken = 0;
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i) < order.get(i - 1)) {
                overtaken++;
            }
        }
        assertThat(overtaken)
                .as("pairs received in the opposite order of sending")
                .isPositive();
    }

    @Test
    void withoutReorderingALinkIsFifoEvenWithVariableLatency() {
        NetworkProfile jittery = NetworkProfile.DEFAULT.withLatency(new Distribution.Uniform(ms(1), ms(50)));
        Trace trace = Runs.finished(clientAndService(jittery, 1, ms(200))
                .duration(Micros.PER_SECOND)
                .build());
        List<Integer> order = receiveOrder(trace);
        assertThat(order).hasSize(199).isSorted();
        List<Integer> responses = new ArrayList<>();
        for (int seq : Runs.events(trace, EventType.RECEIVE, "c")) {
            responses.add(trace.message(seq));
        }
        assertThat(responses).hasSize(199).isSorted();
    }

    @Test
    void duplicationOneGivesEveryMessageTwoReceivesWithTheSameId() {
        Trace trace = Runs.finished(clientAndService(constant(ms(2)).withDuplication(1.0), 10, ms(100))
                .duration(Micros.PER_SECOND)
                .build());
        assertThat(trace.messageCount()).isPositive();
        int sends = Runs.events(trace, seq -> trace.type(seq) == EventType.SEND).size();
        assertThat(sends).as("a duplicate is a copy, not a new message").isEqualTo(trace.messageCount());
        for (int msg = 0; msg < trace.messageCount(); msg++) {
            assertThat(trace.messageCopies(msg)).isEqualTo(2);
            List<Integer> receives = Runs.fates(trace, msg, EventType.RECEIVE);
            assertThat(receives).as("receives of message %d", msg).hasSize(2);
            for (int seq : receives) {
                assertThat(trace.process(seq)).isEqualTo(trace.messageTo(msg));
            }
        }
    }

    @Test
    void corruptionOneDropsEveryCopyAtTheReceiverWhenItArrives() {
        Trace trace = Runs.finished(clientAndService(constant(ms(3)).withCorruption(1.0), 10, ms(100))
                .duration(Micros.PER_SECOND)
                .build());
        List<Integer> requests = Runs.messages(trace, MessageKind.REQUEST, "c", "s");
        assertThat(requests).hasSize(9);
        assertThat(Runs.events(trace, EventType.RECEIVE, "s")).isEmpty();
        for (int msg : requests) {
            List<Integer> drops = Runs.fates(trace, msg, EventType.DROP);
            assertThat(drops).hasSize(1);
            assertThat(trace.reason(drops.get(0))).isEqualTo(DropReason.CORRUPT);
            assertThat(trace.time(drops.get(0))).isEqualTo(Runs.sentAt(trace, msg) + ms(3));
        }
    }

    @Test
    void lossDropsACopyPartWayBetweenSendAndExpectedArrival() {
        Trace trace = Runs.finished(clientAndService(constant(ms(10)).withLoss(0.5), 1, ms(400))
                .duration(Micros.PER_SECOND)
                .build());
        List<Integer> requests = Runs.messages(trace, MessageKind.REQUEST, "c", "s");
        assertThat(requests).hasSize(399);
        int lost = 0;
        for (int msg : requests) {
            List<Integer> drops = Runs.fates(trace, msg, EventType.DROP);
            if (drops.isEmpty()) {
                assertThat(Runs.fates(trace, msg, EventType.RECEIVE)).hasSize(1);
                continue;
            }
            lost++;
            long sent = Runs.sentAt(trace, msg);
            assertThat(trace.reason(drops.get(0))).isEqualTo(DropReason.LOSS);
            assertThat(trace.time(drops.get(0)))
                    .as("loss of a message sent at %s with 10 ms latency", Micros.format(sent))
                    .isGreaterThan(sent)
                    .isLessThan(sent + ms(10));
        }
        assertThat(lost).as("requests lost at 50%% loss").isBetween(140, 260);
    }

    @Test
    void aReliableLinkNeverDropsAndTakesItsLatency() {
        Trace trace = Runs.finished(clientAndService(constant(ms(7)), 10, ms(100))
                .duration(Micros.PER_SECOND)
                .build());
        Map<Integer, Long> took = new TreeMap<>();
        for (int seq = 0; seq < trace.size(); seq++) {
            assertThat(trace.type(seq)).isNotEqualTo(EventType.DROP);
            if (trace.type(seq) == EventType.RECEIVE) {
                took.put(trace.message(seq), trace.time(seq) - Runs.sentAt(trace, trace.message(seq)));
            }
        }
        assertThat(took).hasSize(18);
        assertThat(took.values()).containsOnly(ms(7));
    }
}
