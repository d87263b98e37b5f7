package dsw.model.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the JSON Lines format field by field, reading it back, and round trips. */
class TraceJsonTest {
    @TempDir
    Path dir;

    /** The example line of the format's description, from a trace built to produce it. */
    @Test
    void theReceiveOfTheFormatDescription() throws IOException {
        Trace trace = new Trace(TraceBuilder.header(42, List.of("users-lb"), "users#1", "users#2", "lb"));
        int m0 = trace.addMessage(1, 2, 0, MessageKind.REQUEST, Operation.WRITE, 7, Status.NONE, 0, -1, 0, null);
        int m1 = trace.addMessage(1, 2, 0, MessageKind.REQUEST, Operation.READ, 42, Status.NONE, 1, -1, 0, null);
        trace.append(500, EventType.SEND, 1, m0, 1, 500, DropReason.NONE, null);
        trace.append(600, EventType.SEND, 1, m1, 2, 600, DropReason.NONE, null);
        trace.append(1400, EventType.RECEIVE, 2, m0, 2, 1400, DropReason.NONE, null);
        trace.append(1500, EventType.RECEIVE, 2, m1, 3, 1500, DropReason.NONE, null);
        trace.publish();

        assertThat(lines(trace))
                .element(4)
                .isEqualTo(
                        "{\"seq\":3,\"t\":1500,\"type\":\"receive\",\"process\":\"lb\",\"msg\":1,\"from\":\"users#2\","
                                + "\"to\":\"lb\",\"link\":\"users-lb\",\"label\":\"GET k42\",\"kind\":\"request\",\"key\":42,"
                                + "\"req\":1,\"lamport\":3,\"vc\":{\"users#2\":2,\"lb\":2}}");
    }

    @Test
    void everyFieldInItsPlace() throws IOException {
        Trace trace = new Trace(TraceBuilder.header(-5, List.of("a-b", "b-a"), "a", "b"));
        int m = trace.addMessage(0, 1, 0, MessageKind.REPLICATION, Operation.WRITE, 3, Status.NONE, 9, -1, 512, null);
        int reply = trace.addMessage(1, 0, 1, MessageKind.ACK, Operation.NONE, 3, Status.OK, 9, m, 0, "ack \"3\"");
        trace.append(0, EventType.LOCAL, 0, -1, 1, 0, DropReason.NONE, "start");
        trace.append(10, EventType.SEND, 0, m, 2, 12, DropReason.NONE, null);
        trace.markDuplicated(m);
        trace.append(20, EventType.RECEIVE, 1, m, 3, 20, DropReason.NONE, null);
        trace.append(25, EventType.DROP, -1, m, 0, 25, DropReason.CORRUPT, null);
        trace.append(30, EventType.SEND, 1, reply, 4, 30, DropReason.NONE, null);
        trace.append(40, EventType.FAULT, -1, -1, 0, 40, DropReason.NONE, "crash a");
        trace.append(40, EventType.CRASH, 0, -1, 3, 40, DropReason.NONE, null);
        trace.append(50, EventType.DROP, -1, reply, 0, 50, DropReason.CRASH, null);
        trace.publish();

        assertThat(lines(trace))
                .containsExactly(
                        "{\"format\":\"dsw-trace\",\"version\":1,\"seed\":-5,\"design\":\"test\",\"processes\":["
                                + "{\"id\":\"a\",\"component\":\"a\",\"kind\":\"service\",\"instance\":1},"
                                + "{\"id\":\"b\",\"component\":\"b\",\"kind\":\"service\",\"instance\":1}],"
                                + "\"links\":[\"a-b\",\"b-a\"]}",
                        "{\"seq\":0,\"t\":0,\"type\":\"local\",\"process\":\"a\",\"label\":\"start\",\"lamport\":1,"
                                + "\"vc\":{\"a\":1}}",
                        "{\"seq\":1,\"t\":10,\"type\":\"send\",\"process\":\"a\",\"pt\":12,\"msg\":0,\"from\":\"a\","
                                + "\"to\":\"b\",\"link\":\"a-b\",\"label\":\"replication PUT k3\",\"kind\":\"replication\","
                                + "\"key\":3,\"req\":9,\"size\":512,\"copies\":2,\"lamport\":2,\"vc\":{\"a\":2}}",
                        "{\"seq\":2,\"t\":20,\"type\":\"receive\",\"process\":\"b\",\"msg\":0,\"from\":\"a\",\"to\":\"b\","
                                + "\"link\":\"a-b\",\"label\":\"replication PUT k3\",\"kind\":\"replication\",\"key\":3,"
                                + "\"req\":9,\"lamport\":3,\"vc\":{\"a\":2,\"b\":1}}",
                        "{\"seq\":3,\"t\":25,\"type\":\"drop\",\"msg\":0,\"from\":\"a\",\"to\":\"b\",\"link\":\"a-b\","
                                + "\"label\":\"replication PUT k3\",\"kind\":\"replication\",\"key\":3,\"req\":9,"
                                + "\"reason\":\"corrupt\"}",
                        "{\"seq\":4,\"t\":30,\"type\":\"send\",\"process\":\"b\",\"msg\":1,\"from\":\"b\",\"to\":\"a\","
                                + "\"link\":\"b-a\",\"label\":\"ack \\\"3\\\"\",\"kind\":\"ack\",\"key\":3,\"status\":\"ok\","
                                + "\"req\":9,\"replyTo\":0,\"lamport\":4,\"vc\":{\"a\":2,\"b\":2}}",
                        "{\"seq\":5,\"t\":40,\"type\":\"fault\",\"label\":\"crash a\"}",
                        "{\"seq\":6,\"t\":40,\"type\":\"crash\",\"process\":\"a\",\"lamport\":3,\"vc\":{\"a\":3}}",
                        "{\"seq\":7,\"t\":50,\"type\":\"drop\",\"msg\":1,\"from\":\"b\",\"to\":\"a\",\"link\":\"b-a\","
                                + "\"label\":\"ack \\\"3\\\"\",\"kind\":\"ack\",\"key\":3,\"status\":\"ok\",\"req\":9,"
                                + "\"replyTo\":0,\"reason\":\"crash\"}");
    }

    @Test
    void textIsUtf8WithOnlyTheEscapesJsonNeeds() throws IOException {
        TraceBuilder b = new TraceBuilder("a");
        b.event(EventType.LOCAL, 0, "größer → \"x\"\t\\");
        byte[] bytes = write(b.build());

        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\"label\":\"größer → \\\"x\\\"\\t\\\\\"");
        assertThat(text).doesNotContain("\r").doesNotContain(" \"").endsWith("}\n");
    }

    @Test
    void anEmptyTraceIsItsHeader() throws IOException {
        Trace trace = new Trace(TraceBuilder.header(1, List.of(), "a"));
        assertThat(lines(trace)).hasSize(1);
        assertThat(roundTrip(write(trace))).isEqualTo(write(trace));
    }

    @Test
    void aPatternDecisionIsWrittenAndReadBack() throws IOException {
        Trace trace = new Trace(TraceBuilder.header(1, List.of(), "a"));
        trace.append(5, EventType.LOCAL, 0, -1, 1, 5, DropReason.NONE, Decision.BREAKER_OPEN, "breaker opened");
        trace.publish();

        assertThat(lines(trace).get(1))
                .isEqualTo("{\"seq\":0,\"t\":5,\"type\":\"local\",\"process\":\"a\",\"label\":\"breaker opened\","
                        + "\"decision\":\"breaker-open\",\"lamport\":1,\"vc\":{\"a\":1}}");
        Trace read = TraceJson.read(new ByteArrayInputStream(write(trace)));
        assertThat(read.decision(0)).isEqualTo(Decision.BREAKER_OPEN);
        assertThat(read.reason(0)).as("a decision is no drop reason").isEqualTo(DropReason.NONE);
    }

    @Test
    void randomTracesSurviveARoundTripByteForByte() throws IOException {
        for (long seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            Trace trace = RandomTraces.generate(random, 1 + random.nextInt(7), random.nextInt(300));
            byte[] first = write(trace);
            Trace read = TraceJson.read(new ByteArrayInputStream(first));

            assertThat(write(read)).as("seed %d", seed).isEqualTo(first);
            assertSameEvents(read, trace, "seed " + seed);
            assertThat(write(trace)).as("writing is deterministic").isEqualTo(first);
        }
    }

    @Test
    void messagesSentOutOfIdOrderAndUnsentIdsSurviveARoundTrip() throws IOException {
        TraceBuilder b = new TraceBuilder("a", "b");
        Trace trace = b.trace();
        int never = trace.addMessage(0, 1, -1, MessageKind.CONTROL, Operation.NONE, -1, Status.NONE, -1, -1, 0, null);
        int first = trace.addMessage(0, 1, -1, MessageKind.REQUEST, Operation.READ, 1, Status.NONE, -1, -1, 0, null);
        int second =
                trace.addMessage(1, 0, -1, MessageKind.RESPONSE, Operation.READ, 1, Status.MISS, -1, first, 64, null);
        b.sendAdded(second);
        b.sendAdded(first);
        b.receive(first);
        b.receive(second);
        byte[] bytes = write(b.build());

        Trace read = TraceJson.read(new ByteArrayInputStream(bytes));
        assertThat(write(read)).isEqualTo(bytes);
        assertThat(read.messageLabel(second)).isEqualTo("GET k1 miss");
        assertThat(read.messageOperation(second)).isEqualTo(Operation.READ);
        assertThat(read.messageSize(second)).isEqualTo(64);
        assertThat(read.sendSeq(never)).isEqualTo(-1);
    }

    @Test
    void theFileVariantReplacesTheFileWholeOrNotAtAll() throws IOException {
        Path file = dir.resolve("run.trace.jsonl");
        Trace trace = RandomTraces.generate(new Random(3), 4, 200);
        TraceJson.write(trace, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(write(trace));
        assertThat(write(TraceJson.read(file))).isEqualTo(write(trace));

        Trace broken = new Trace(TraceBuilder.header(0, List.of(), "a", "b"));
        broken.append(0, EventType.LOCAL, 0, -1, 1, 0, DropReason.NONE, null);
        int m = broken.addMessage(0, 1, -1, MessageKind.REQUEST, Operation.READ, 1, Status.NONE, -1, -1, 0, null);
        broken.append(1, EventType.RECEIVE, 1, m, 1, 1, DropReason.NONE, null);
        broken.publish();
        assertThatThrownBy(() -> TraceJson.write(broken, file)).isInstanceOf(IllegalArgumentException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(write(trace));
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("run.trace.jsonl");
        }
    }

    @Test
    void writingDoesNotCloseTheStream() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        TraceJson.write(RandomTraces.generate(new Random(1), 2, 10), out);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void writingStopsAtTheSizeWhenTheCallStarted() throws IOException {
        TraceBuilder b = new TraceBuilder("a");
        b.local(0);
        b.build();
        b.local(0); // appended but not published
        assertThat(lines(b.trace())).hasSize(2);
    }

    /** Writes at 100 processes to a stream that discards the bytes and prints the rate; no assertion. */
    @Test
    void writingRate() throws IOException {
        Trace trace = RandomTraces.generate(new Random(11), 100, 300_000);
        long[] bytes = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            TraceJson.write(trace, sink);
        }
        bytes[0] = 0;
        long start = System.nanoTime();
        TraceJson.write(trace, sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "trace writing: %d events at 100 processes in %.2f s, %.2f M events/s, %.0f bytes per line%n",
                trace.size(), seconds, trace.size() / seconds / 1e6, (double) bytes[0] / trace.size());
    }

    static void assertSameEvents(Trace read, Trace trace, String where) {
        assertThat(read.header()).isEqualTo(trace.header());
        assertThat(read.size()).isEqualTo(trace.size());
        for (int seq = 0; seq < trace.size(); seq++) {
            String at = where + ", seq " + seq;
            TraceEvent expected = trace.event(seq);
            TraceEvent actual = read.event(seq);
            assertThat(actual).as(at).isEqualTo(expected);
            int msg = trace.message(seq);
            if (msg >= 0) {
                assertThat(read.messageKey(msg)).as(at).isEqualTo(trace.messageKey(msg));
                assertThat(read.messageStatus(msg)).as(at).isEqualTo(trace.messageStatus(msg));
                assertThat(read.messageRequest(msg)).as(at).isEqualTo(trace.messageRequest(msg));
                assertThat(read.messageReplyTo(msg)).as(at).isEqualTo(trace.messageReplyTo(msg));
                assertThat(read.messageCopies(msg)).as(at).isEqualTo(trace.messageCopies(msg));
                assertThat(read.messageSize(msg)).as(at).isEqualTo(trace.messageSize(msg));
                assertThat(read.sendSeq(msg)).as(at).isEqualTo(trace.sendSeq(msg));
            }
        }
    }

    static byte[] write(Trace trace) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TraceJson.write(trace, out);
        return out.toByteArray();
    }

    private static byte[] roundTrip(byte[] bytes) throws IOException {
        return write(TraceJson.read(new ByteArrayInputStream(bytes)));
    }

    private static List<String> lines(Trace trace) throws IOException {
        String text = new String(write(trace), StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        return text.lines().toList();
    }
}
