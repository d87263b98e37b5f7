package dsw.simulation;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.PropertyKeys;
import dsw.model.scenario.Fault;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the standard components do that a user would notice: admission limits and queue delivery. */
class ComponentBehaviourTest {

    @Test
    void aServiceWithConcurrencyOneAndQueueCapacityOneRejectsTheThirdConcurrentRequest() {
        Trace trace = Runs.finished(Tiny.design("busy service")
                .component("c", "client")
                .component("s", "service")
                .set("s", PropertyKeys.CONCURRENCY, 1)
                .set("s", PropertyKeys.QUEUE_CAPACITY, 1)
                .set("s", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(100)))
                .link("c", "s")
                .everyMillis("c", "s", 1, 0, 3500, 1.0, 100)
                .duration(Micros.PER_SECOND)
                .build());

        List<Integer> requests = Runs.messages(trace, MessageKind.REQUEST, "c", "s");
        assertThat(requests).extracting(msg -> Runs.sentAt(trace, msg)).containsExactly(ms(1), ms(2), ms(3));
        List<Integer> responses = Runs.messages(trace, MessageKind.RESPONSE, "s", "c");
        assertThat(responses).hasSize(3);
        // The third is turned away at once; the first two are served one after the other.
        assertThat(responses)
                .extracting(trace::messageReplyTo, trace::messageStatus, msg -> Runs.sentAt(trace, msg))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(requests.get(2), Status.REJECTED, ms(4)),
                        org.assertj.core.groups.Tuple.tuple(requests.get(0), Status.OK, ms(102)),
                        org.assertj.core.groups.Tuple.tuple(requests.get(1), Status.OK, ms(202)));
        assertThat(Runs.events(trace, EventType.LOCAL, "s"))
                .extracting(trace::detail)
                .containsExactly("reject GET k0: 1 request already waiting");
    }

    /** Client writes reach service {@code api}, which publishes each to queue {@code q} for worker {@code w}. */
    private static Tiny queueDesign(long stop) {
        return Tiny.design("queue")
                .component("c", "client")
                .component("api", "service")
                .set("api", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                .component("q", "queue")
                .component("w", "service")
                .set("w", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(10)))
                .link("c", "api")
                .link("api", "q")
                .link("q", "w")
                .everyMillis("c", "api", 100, 0, stop, 0.0, 200);
    }

    @Test
    void aQueueDeliversEveryPublishedMessageToItsConsumerWhichAcknowledgesIt() {
        Trace trace =
                Runs.finished(queueDesign(ms(450)).duration(Micros.PER_SECOND).build());
        List<Integer> published = Runs.messages(trace, MessageKind.PUBLISH, "api", "q");
        List<Integer> delivered = Runs.messages(trace, MessageKind.DELIVERY, "q", "w");
        List<Integer> acked = Runs.messages(trace, MessageKind.ACK, "w", "q");
        assertThat(published).hasSize(4);
        assertThat(delivered)
                .extracting(trace::messageRequest)
                .containsExactlyElementsOf(
                        published.stream().map(trace::messageRequest).toList());
        for (int msg : delivered) {
            assertThat(Runs.fates(trace, msg, EventType.RECEIVE)).hasSize(1);
        }
        assertThat(acked).hasSize(4);
        assertThat(acked).extracting(trace::messageStatus).containsOnly(Status.OK);
    }

    /**
     * The worker crashes just after it received the first delivery, before acknowledging it, and
     * recovers a second later. After the 30 s visibility timeout the queue delivers the message
     * again, and the recovered worker takes it.
     */
    @Test
    void aQueueRedeliversAfterTheVisibilityTimeoutWhenTheConsumerCrashedBeforeAcknowledging() {
        Trace trace = Runs.finished(queueDesign(ms(150))
                .fault(ms(105), new Fault.Crash("w"))
                .fault(ms(1105), new Fault.Recover("w"))
                .duration(31 * Micros.PER_SECOND)
                .build());
        List<Integer> deliveries = Runs.messages(trace, MessageKind.DELIVERY, "q", "w");
        int firstRequest = trace.messageRequest(deliveries.get(0));
        List<Integer> ofFirst = deliveries.stream()
                .filter(msg -> trace.messageRequest(msg) == firstRequest)
                .toList();
        assertThat(ofFirst).as("deliveries of the first write").hasSize(2);
        int first = ofFirst.get(0);
        int again = ofFirst.get(1);
        assertThat(Runs.fates(trace, first, EventType.RECEIVE)).hasSize(1);
        // 30 s after the first delivery, plus the queue's 200 µs service time to hand it out again.
        assertThat(Runs.sentAt(trace, again) - Runs.sentAt(trace, first)).isEqualTo(30 * Micros.PER_SECOND + 200);
        assertThat(Runs.events(trace, EventType.LOCAL, "q"))
                .extracting(trace::detail)
                .contains("redeliver PUT k0 to w: no ack within 30s, receive 2 of 10");
        assertThat(Runs.fates(trace, again, EventType.RECEIVE)).hasSize(1);
        List<Integer> acks = Runs.messages(trace, MessageKind.ACK, "w", "q");
        assertThat(acks)
                .filteredOn(msg -> trace.messageRequest(msg) == firstRequest)
                .singleElement()
                .satisfies(msg -> {
                    assertThat(trace.messageStatus(msg)).isEqualTo(Status.OK);
                    assertThat(Runs.sentAt(trace, msg)).isGreaterThan(Runs.sentAt(trace, again));
                });
    }
}
