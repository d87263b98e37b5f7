package dsw.model.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/trace-format.md stays true: its example is what the writer writes for the run it describes,
 * its clocks follow the rules the page states, and its tables name every event type, kind, status,
 * drop reason and field.
 */
class TraceFormatDocTest {
    private static String doc() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docs/trace-format.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("docs/trace-format.md above the working directory").isNotNull();
        return Files.readString(dir.resolve("docs/trace-format.md"));
    }

    private static String example() throws IOException {
        Matcher json = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(doc());
        assertThat(json.find()).isTrue();
        return json.group(1);
    }

    /** The run the example describes. */
    private static Trace exampleRun() {
        Trace t = new Trace(new TraceHeader(
                7,
                "Shop",
                List.of(
                        new ProcessInfo("users", "users", "web-browser", 1),
                        new ProcessInfo("lb", "lb", "load-balancer", 1),
                        new ProcessInfo("shop#1", "shop", "service", 1),
                        new ProcessInfo("shop#2", "shop", "service", 2)),
                List.of("users-lb", "lb-shop")));
        int get = t.addMessage(0, 1, 0, MessageKind.REQUEST, Operation.READ, 42, Status.NONE, 0, -1, 120, null);
        t.append(0, EventType.SEND, 0, get, 1, 0, DropReason.NONE, null);
        t.append(1000, EventType.RECEIVE, 1, get, 2, 1000, DropReason.NONE, null);
        int forward = t.addMessage(1, 3, 1, MessageKind.REQUEST, Operation.READ, 42, Status.NONE, 0, -1, 120, null);
        t.append(1000, EventType.SEND, 1, forward, 3, 1000, DropReason.NONE, null);
        t.markDuplicated(forward);
        t.append(1200, EventType.LOCAL, 2, -1, 1, 1350, DropReason.NONE, "cache warmed");
        t.append(3000, EventType.RECEIVE, 3, forward, 4, 3000, DropReason.NONE, null);
        int answer = t.addMessage(3, 1, 1, MessageKind.RESPONSE, Operation.READ, 42, Status.OK, 0, forward, 80, null);
        t.append(3000, EventType.SEND, 3, answer, 5, 3000, DropReason.NONE, null);
        t.append(3400, EventType.RECEIVE, 3, forward, 6, 3400, DropReason.NONE, null);
        t.append(4000, EventType.FAULT, -1, -1, 0, 4000, DropReason.NONE, "link lb-shop down");
        t.append(5000, EventType.DROP, -1, answer, 0, 5000, DropReason.LINK_DOWN, null);
        t.publish();
        return t;
    }

    @Test
    void theExampleIsWhatTheWriterWrites() throws IOException {
        assertThat(new String(TraceJsonTest.write(exampleRun()), StandardCharsets.UTF_8))
                .isEqualTo(example());
    }

    @Test
    void theExampleReadsBackWithItsVectorClocksChecked() throws IOException {
        byte[] bytes = example().getBytes(StandardCharsets.UTF_8);
        Trace trace = TraceJson.read(new ByteArrayInputStream(bytes));
        assertThat(TraceJsonTest.write(trace)).isEqualTo(bytes);
    }

    @Test
    void theExampleLamportClocksFollowTheRules() throws IOException {
        Trace trace = TraceJson.read(new ByteArrayInputStream(example().getBytes(StandardCharsets.UTF_8)));
        long[] clock = new long[trace.header().processCount()];
        long[] carried = new long[trace.messageCount()];
        for (int seq = 0; seq < trace.size(); seq++) {
            EventType type = trace.type(seq);
            if (!type.isProcessEvent()) {
                assertThat(trace.lamport(seq)).isZero();
                continue;
            }
            int p = trace.process(seq);
            clock[p] = type == EventType.RECEIVE ? Math.max(clock[p], carried[trace.message(seq)]) + 1 : clock[p] + 1;
            if (type == EventType.SEND) {
                carried[trace.message(seq)] = clock[p];
            }
            assertThat(trace.lamport(seq)).as("seq %d", seq).isEqualTo(clock[p]);
        }
    }

    @Test
    void theTablesNameEveryValue() throws IOException {
        String doc = doc();
        for (EventType type : EventType.values()) {
            assertThat(doc).contains("| `" + type.wireName() + "` |");
        }
        for (MessageKind kind : MessageKind.values()) {
            assertThat(doc).contains("| `" + kind.wireName() + "` |");
        }
        for (Status status : Status.values()) {
            if (status != Status.NONE) {
                assertThat(doc).contains("| `" + status.wireName() + "` |");
            }
        }
        for (DropReason reason : DropReason.values()) {
            if (reason != DropReason.NONE) {
                assertThat(doc).contains("| `" + reason.wireName() + "` |");
            }
        }
        for (String field : List.of(
                "format",
                "version",
                "seed",
                "design",
                "processes",
                "links",
                "seq",
                "t",
                "type",
                "process",
                "pt",
                "msg",
                "link",
                "label",
                "kind",
                "key",
                "status",
                "req",
                "replyTo",
                "size",
                "copies",
                "reason",
                "lamport",
                "vc")) {
            assertThat(doc).contains("| `" + field + "` |");
        }
        assertThat(doc).contains("| `from`, `to` |");
    }
}
