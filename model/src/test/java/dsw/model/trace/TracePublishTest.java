package dsw.model.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Publishing part of what a run recorded: readers see a prefix of the events and the messages those send. */
class TracePublishTest {
    private static Trace twoSends() {
        Trace trace = new Trace(new TraceHeader(
                1,
                "pair",
                List.of(new ProcessInfo("a", "a", "service", 1), new ProcessInfo("b", "b", "service", 1)),
                List.of("a-b")));
        int first = trace.addMessage(0, 1, 0, MessageKind.REQUEST, Operation.READ, 1, Status.NONE, 0, -1, 64, null);
        trace.append(0, EventType.SEND, 0, first, 1, 0, DropReason.NONE, null);
        trace.append(5, EventType.RECEIVE, 1, first, 2, 5, DropReason.NONE, null);
        int second = trace.addMessage(1, 0, 0, MessageKind.RESPONSE, Operation.READ, 1, Status.OK, 0, first, 64, null);
        trace.append(5, EventType.SEND, 1, second, 3, 5, DropReason.NONE, null);
        return trace;
    }

    @Test
    void publishingAPrefixShowsItsEventsAndOnlyTheMessagesTheySend() {
        Trace trace = twoSends();
        trace.publish(2);
        assertThat(trace.size()).isEqualTo(2);
        assertThat(trace.messageCount()).isEqualTo(1);
        assertThat(trace.recorded()).isEqualTo(3);

        trace.publish(3);
        assertThat(trace.size()).isEqualTo(3);
        assertThat(trace.messageCount()).isEqualTo(2);
    }

    @Test
    void publishedEventsCannotBeTakenBackNorUnrecordedOnesShown() {
        Trace trace = twoSends();
        trace.publish(2);
        assertThatThrownBy(() -> trace.publish(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trace.publish(4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot publish 4 events: 2 are published and 3 appended");
    }
}
