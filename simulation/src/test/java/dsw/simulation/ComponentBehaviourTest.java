package dsw.simulation;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.PropertyKeys;
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
}
