package dsw.simulation.pattern;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.PropertyKeys;
import dsw.model.scenario.Fault;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Workload;
import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import dsw.simulation.testkit.Runs;
import dsw.simulation.testkit.Tiny;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a user sees of queues and the outbox: visibility timeouts, dead letters for poison
 * messages, consumer groups, partitions, and the outbox never losing a message where dual write
 * does.
 */
class MessagingPatternTest {
    /** Client writes every {@code gapMillis} over {@code keys} keys reach service {@code api}, which publishes to {@code q}. */
    private static Tiny producer(double gapMillis, int keys, long stop) {
        return Tiny.design("messaging")
                .component("c", "client")
                .component("api", "service")
                .set("api", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                .component("q", "queue")
                .link("c", "api")
                .link("api", "q")
                .workload(new Workload(
                        "c",
                        "api",
                        new LoadModel.OpenLoop(1000.0 / gapMillis, false),
                        0.0,
                        new KeySpace(keys, 0),
                        0,
                        stop,
                        200));
    }

    /** A consumer service {@code id} of queue {@code q}, with a constant service time. */
    private static Tiny consumer(Tiny design, String id, int replicas, double serviceMillis) {
        return design.component(id, "service", replicas)
                .set(id, PropertyKeys.SERVICE_TIME, Distribution.constant(ms(serviceMillis)))
                .link("q", id);
    }

    private static List<Integer> decisions(Trace trace, String process, Decision decision) {
        return Runs.events(trace, EventType.LOCAL, process).stream()
                .filter(seq -> trace.decision(seq) == decision)
                .toList();
    }

    /** The request ids of the messages, in the same order. */
    private static List<Integer> requests(Trace trace, List<Integer> msgs) {
        return msgs.stream().map(trace::messageRequest).toList();
    }

    @Test
    void anUnacknowledgedMessageIsDeliveredAgainExactlyOneVisibilityTimeoutLater() {
        Tiny design = consumer(producer(100, 1, ms(150)), "w", 1, 10)
                .setDuration("q", "visibilityTimeout", 5 * Micros.PER_SECOND)
                .fault(ms(105), new Fault.Crash("w"))
                .fault(ms(1105), new Fault.Recover("w"))
                .duration(6 * Micros.PER_SECOND);

        Trace trace = Runs.finished(design.build());

        List<Integer> deliveries = Runs.messages(trace, MessageKind.DELIVERY, "q", "w");
        assertThat(deliveries).hasSize(2);
        assertThat(requests(trace, deliveries)).containsOnly(trace.messageRequest(deliveries.get(0)));
        // The timeout, plus the queue's 200 µs service time to hand the message out again.
        assertThat(Runs.sentAt(trace, deliveries.get(1)) - Runs.sentAt(trace, deliveries.get(0)))
                .isEqualTo(5 * Micros.PER_SECOND + 200);
        assertThat(decisions(trace, "q", Decision.REDELIVER))
                .extracting(trace::detail)
                .containsExactly("redeliver PUT k0 to w: no ack within 5s, receive 2 of 10");
        assertThat(Runs.messages(trace, MessageKind.ACK, "w", "q"))
                .extracting(trace::messageStatus)
                .containsExactly(Status.OK);
    }

    @Test
    void aPoisonMessageIsDeadLetteredAfterMaxReceivesAndLaterMessagesStillFlow() {
        Tiny design = consumer(producer(10, 4, ms(200)), "w", 1, 1)
                .set("q", "poisonKey", 3)
                .set("q", "maxReceives", 4)
                .component("dlq", "queue")
                .link("q", "dlq");

        Trace trace = Runs.finished(design.build());

        List<Integer> published = Runs.messages(trace, MessageKind.PUBLISH, "api", "q");
        List<Integer> poison = published.stream()
                .filter(msg -> trace.messageKey(msg) == 3)
                .map(trace::messageRequest)
                .toList();
        List<Integer> healthy = published.stream()
                .filter(msg -> trace.messageKey(msg) != 3)
                .map(trace::messageRequest)
                .toList();
        assertThat(poison).hasSizeGreaterThanOrEqualTo(2);
        List<Integer> deliveries = Runs.messages(trace, MessageKind.DELIVERY, "q", "w");
        for (int request : poison) {
            assertThat(requests(trace, deliveries))
                    .as("receives of poison request %d", request)
                    .filteredOn(r -> r == request)
                    .hasSize(4);
        }
        assertThat(decisions(trace, "q", Decision.REDELIVER)).hasSize(3 * poison.size());
        assertThat(decisions(trace, "q", Decision.DEAD_LETTER))
                .extracting(trace::detail)
                .hasSize(poison.size())
                .containsOnly("PUT k3 moved to the dead-letter queue dlq after 4 receives");
        assertThat(requests(trace, Runs.messages(trace, MessageKind.PUBLISH, "q", "dlq")))
                .containsExactlyElementsOf(poison);
        // Every healthy message, those published after the first poison one included, is acknowledged.
        List<Integer> acked = Runs.messages(trace, MessageKind.ACK, "w", "q").stream()
                .filter(msg -> trace.messageStatus(msg) == Status.OK)
                .toList();
        assertThat(requests(trace, acked)).containsExactlyInAnyOrderElementsOf(healthy);
        assertThat(healthy.get(healthy.size() - 1)).isGreaterThan(poison.get(0));
    }

    @Test
    void withoutADeadLetterQueueTheQueueKeepsTheDeadLettersAndCountsThem() {
        Tiny design = consumer(producer(10, 4, ms(200)), "w", 1, 1)
                .set("q", "poisonKey", 3)
                .set("q", "maxReceives", 2);

        Trace trace = Runs.finished(design.build());

        assertThat(decisions(trace, "q", Decision.DEAD_LETTER))
                .extracting(trace::detail)
                .startsWith(
                        "PUT k3 moved to the dead-letter queue after 2 receives (1 dead letter held)",
                        "PUT k3 moved to the dead-letter queue after 2 receives (2 dead letters held)");
    }

    @Test
    void eachConsumerGroupGetsEveryMessageWhileTheInstancesOfAGroupShareThem() {
        Tiny design = consumer(consumer(producer(5, 8, ms(300)), "email", 2, 2), "audit", 1, 1)
                .set("q", "partitions", 4);

        Trace trace = Runs.finished(design.build());

        List<Integer> published = requests(trace, Runs.messages(trace, MessageKind.PUBLISH, "api", "q"));
        List<Integer> email1 = requests(trace, Runs.messages(trace, MessageKind.DELIVERY, "q", "email#1"));
        List<Integer> email2 = requests(trace, Runs.messages(trace, MessageKind.DELIVERY, "q", "email#2"));
        List<Integer> audit = requests(trace, Runs.messages(trace, MessageKind.DELIVERY, "q", "audit"));
        assertThat(published).hasSizeGreaterThan(50);
        assertThat(audit).containsExactlyInAnyOrderElementsOf(published);
        List<Integer> email = new ArrayList<>(email1);
        email.addAll(email2);
        assertThat(email).containsExactlyInAnyOrderElementsOf(published);
        assertThat(email1).isNotEmpty().doesNotContainAnyElementsOf(email2);
        assertThat(email2).isNotEmpty();
    }

    /** For each key, the requests of its first deliveries, in delivery order. */
    private static Map<Integer, List<Integer>> byKey(Trace trace, List<Integer> msgs) {
        Map<Integer, List<Integer>> keys = new LinkedHashMap<>();
        Set<Integer> seen = new HashSet<>();
        for (int msg : msgs) {
            if (seen.add(trace.messageRequest(msg))) {
                keys.computeIfAbsent(trace.messageKey(msg), k -> new ArrayList<>())
                        .add(trace.messageRequest(msg));
            }
        }
        return keys;
    }

    @Test
    void partitionsKeepEachKeysOrderWhileDifferentKeysOvertakeEachOther() {
        Tiny design = producer(2, 8, ms(300))
                .component("w", "service")
                .set("w", PropertyKeys.SERVICE_TIME, new Distribution.LogNormal(ms(4), 1.0))
                .set("w", PropertyKeys.CONCURRENCY, 4)
                .link("q", "w")
                .set("q", "partitions", 4)
                .seed(3);

        Trace trace = Runs.finished(design.build());

        List<Integer> published = Runs.messages(trace, MessageKind.PUBLISH, "api", "q");
        List<Integer> delivered = Runs.messages(trace, MessageKind.DELIVERY, "q", "w");
        assertThat(byKey(trace, delivered)).isEqualTo(byKey(trace, published));
        List<Integer> publishOrder = requests(trace, published);
        List<Integer> deliveryOrder = new ArrayList<>(new java.util.LinkedHashSet<>(requests(trace, delivered)));
        assertThat(deliveryOrder).containsExactlyInAnyOrderElementsOf(publishOrder);
        assertThat(deliveryOrder).as("some message overtakes an earlier one").isNotEqualTo(publishOrder);
    }
}
