package dsw.model.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading trace files: what is accepted, and for what is not, a message that names the line and the problem. */
class TraceJsonReadTest {
    private static final String HEADER = "{\"format\":\"dsw-trace\",\"version\":1,\"seed\":0,\"design\":\"test\","
            + "\"processes\":[{\"id\":\"a\",\"component\":\"a\",\"kind\":\"service\",\"instance\":1},"
            + "{\"id\":\"b\",\"component\":\"b\",\"kind\":\"service\",\"instance\":1}],\"links\":[]}";
    private static final String SEND =
            "{\"seq\":0,\"t\":100,\"type\":\"send\",\"process\":\"a\",\"msg\":0,\"from\":\"a\","
                    + "\"to\":\"b\",\"label\":\"GET k7\",\"kind\":\"request\",\"key\":7,\"lamport\":1,\"vc\":{\"a\":1}}";
    private static final String RECEIVE = "{\"seq\":1,\"t\":200,\"type\":\"receive\",\"process\":\"b\",\"msg\":0,"
            + "\"from\":\"a\",\"to\":\"b\",\"label\":\"GET k7\",\"kind\":\"request\",\"key\":7,\"lamport\":2,"
            + "\"vc\":{\"a\":1,\"b\":1}}";
    private static final String LOCAL =
            "{\"seq\":2,\"t\":300,\"type\":\"local\",\"process\":\"a\",\"lamport\":2," + "\"vc\":{\"a\":2}}";
    private static final String VALID = HEADER + "\n" + SEND + "\n" + RECEIVE + "\n" + LOCAL + "\n";

    /** Words a user should never have to read: Java and parser internals. */
    private static final Pattern NOISE =
            Pattern.compile("Exception|com\\.fasterxml|[Jj]ackson|java\\.|\\bat \\w+\\.|Source:|`|\\$");

    @TempDir
    Path dir;

    @Test
    void theValidFileReads() throws IOException {
        Trace trace = read(VALID);
        assertThat(trace.size()).isEqualTo(3);
        assertThat(trace.messageLabel(0)).isEqualTo("GET k7");
        assertThat(trace.messageOperation(0)).isEqualTo(Operation.READ);
        assertThat(new String(TraceJsonTest.write(trace), StandardCharsets.UTF_8))
                .isEqualTo(VALID);
    }

    @Test
    void unknownFieldsAreIgnoredWhereverTheyAre() throws IOException {
        String text = VALID.replace("\"seed\":0,", "\"seed\":0,\"writer\":{\"name\":\"dsw\",\"tags\":[1,[2]]},")
                .replace("\"component\":\"a\",", "\"component\":\"a\",\"zone\":\"eu\",")
                .replace("\"t\":200,", "\"t\":200,\"cause\":null,\"extra\":{\"deep\":[{}]},");
        assertThat(TraceJsonTest.write(read(text))).isEqualTo(VALID.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void vectorClocksMayBeLeftOutAndAreWrittenBack() throws IOException {
        String text = VALID.replaceAll(",\"vc\":\\{[^}]*}", "");
        assertThat(text).doesNotContain("vc");
        assertThat(TraceJsonTest.write(read(text))).isEqualTo(VALID.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void windowsLineEndsAndTrailingBlankLinesAreFine() throws IOException {
        assertThat(read(VALID.replace("\n", "\r\n")).size()).isEqualTo(3);
        assertThat(read(VALID + "\n\n").size()).isEqualTo(3);
        assertThat(read(VALID.substring(0, VALID.length() - 1)).size()).isEqualTo(3);
    }

    @Test
    void fieldsOfALaterLineMayBeLeftOutButMustAgreeWhenGiven() throws IOException {
        String shortReceive = "{\"seq\":1,\"t\":200,\"type\":\"receive\",\"process\":\"b\",\"msg\":0,\"lamport\":2}";
        assertThat(read(HEADER + "\n" + SEND + "\n" + shortReceive + "\n").messageKey(0))
                .isEqualTo(7);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            empty file                 | ''                                          | 1 | the file is empty
            not JSON                   | 'hello'                                     | 1 | not valid JSON
            a design file              | '{"schemaVersion":1,"name":"x"}'            | 1 | this is not a dsw trace
            a list                     | '[1,2]'                                     | 1 | this is not a dsw trace
            """)
    void aBrokenHeaderIsRefused(String name, String text, int line, String words) {
        assertProblem(text, line, words);
    }

    @Test
    void headerProblems() {
        assertProblem(
                HEADER.replace("\"version\":1", "\"version\":2"), 1, "format version 2; this dsw reads version 1");
        assertProblem(HEADER.replace("\"version\":1,", ""), 1, "the header has no \"version\"");
        assertProblem(
                HEADER.replace("\"seed\":0", "\"seed\":\"zero\""), 1, "\"seed\" must be a whole number, not \"zero\"");
        assertProblem(HEADER.replace("\"links\":[]", "\"wires\":[]"), 1, "the header needs \"links\"");
        assertProblem(HEADER.replace("\"id\":\"b\"", "\"id\":\"a\""), 1, "the process id \"a\" appears twice");
        assertProblem(HEADER.replace(",\"instance\":1}]", ",\"instance\":0}]"), 1, "\"processes[1].instance\" is 0");
        assertProblem(HEADER.replace("\"component\":\"b\"", "\"component\":\"b c\""), 1, "processes[1]: ");
        assertProblem("\n" + VALID, 1, "the first line is empty");
    }

    @Test
    void eventProblemsNameTheirLine() {
        assertProblem(lines(SEND.replace("\"seq\":0", "\"seq\":5")), 2, "\"seq\" is 5 but this is event 0");
        assertProblem(lines(SEND.replace("\"seq\":0,", "")), 2, "every event needs \"seq\"");
        assertProblem(lines(SEND, RECEIVE.replace("\"t\":200", "\"t\":50")), 3, "\"t\" is 50, earlier than");
        assertProblem(
                lines(SEND.replace("\"t\":100", "\"t\":\"soon\"")), 2, "\"t\" must be a whole number, not \"soon\"");
        assertProblem(lines(SEND.replace("\"t\":100", "\"t\":1.5")), 2, "\"t\" must be a whole number, not 1.5");
        assertProblem(lines(SEND.replace("\"t\":100", "\"t\":-1")), 2, "\"t\" is -1, out of range");
        assertProblem(
                lines(SEND.replace("\"t\":100", "\"t\":99999999999999999999")),
                2,
                "\"t\" is 99999999999999999999, out of range");
        assertProblem(
                lines(SEND.replace("\"send\"", "\"shout\"")), 2, "\"type\" is \"shout\", which is not one of: send,");
        assertProblem(
                lines(SEND.replace("\"process\":\"a\"", "\"process\":\"c\"")),
                2,
                "\"process\" is \"c\", which is not a process");
        assertProblem(lines(SEND.replace("\"lamport\":1,", "")), 2, "a send needs \"lamport\"");
        assertProblem(lines(SEND.replace("\"msg\":0,", "")), 2, "a send names its message: \"msg\" is missing");
        assertProblem(
                lines(SEND.replace("\"from\":\"a\",", "")), 2, "the first line that names message 0 needs \"from\"");
        assertProblem(
                lines(SEND.replace("\"kind\":\"request\"", "\"kind\":\"gossip\"")),
                2,
                "\"kind\" is \"gossip\", which is not one of:");
        assertProblem(
                lines(SEND.replace("\"vc\":{\"a\":1}", "\"vc\":{\"a\":1,\"z\":1}")),
                2,
                "\"vc\" names \"z\", which is not a process");
        assertProblem(lines(SEND.replace("\"vc\":{\"a\":1}", "\"vc\":[1]")), 2, "\"vc\" must be an object");
        assertProblem(
                lines(SEND.replace("\"vc\":{\"a\":1}", "\"vc\":{\"a\":1,\"a\":1}")), 2, "\"vc\" names \"a\" twice");
        assertProblem(lines(SEND.replace("\"vc\":{\"a\":1}", "\"vc\":{\"a\":-1}")), 2, "\"vc.a\" is -1, out of range");
        assertProblem(
                lines(SEND.replace("\"vc\":{\"a\":1}", "\"vc\":{\"a\":\"1\"}")), 2, "\"vc.a\" must be a whole number");
    }

    @Test
    void messagesAreSentOnceAndReceivedAfterTheirSend() {
        assertProblem(lines(RECEIVE.replace("\"seq\":1", "\"seq\":0")), 2, "message 0 is received before it is sent");
        assertProblem(
                lines(SEND, SEND.replace("\"seq\":0", "\"seq\":1").replace("\"t\":100", "\"t\":150")),
                3,
                "message 0 is sent twice: it was already sent on line 2");
        assertProblem(
                lines(SEND, RECEIVE.replace("\"from\":\"a\"", "\"from\":\"b\"")),
                3,
                "\"from\" is \"b\", but message 0 has \"a\" where it was first named");
        assertProblem(
                lines(SEND, RECEIVE.replace("\"label\":\"GET k7\"", "\"label\":\"PUT k7\"")),
                3,
                "\"label\" is \"PUT k7\", but message 0 has \"GET k7\"");
        String again = RECEIVE.replace("\"seq\":1", "\"seq\":2")
                .replace("\"t\":200", "\"t\":300")
                .replace("\"lamport\":2", "\"lamport\":3")
                .replace("\"b\":1}", "\"b\":2}");
        assertProblem(
                lines(SEND, RECEIVE, again),
                4,
                "message 0 travels as one copy, but this is its second receive or drop");
        assertProblem(lines(SEND.replace("\"msg\":0", "\"msg\":100000")), 2, "message ids count up from 0");
    }

    @Test
    void aDuplicatedMessageMayBeReceivedTwice() throws IOException {
        String again = RECEIVE.replace("\"seq\":1", "\"seq\":2")
                .replace("\"t\":200", "\"t\":300")
                .replace("\"lamport\":2", "\"lamport\":3")
                .replace("\"b\":1}", "\"b\":2}");
        Trace trace = read(lines(SEND.replace("\"lamport\"", "\"copies\":2,\"lamport\""), RECEIVE, again));
        assertThat(trace.messageCopies(0)).isEqualTo(2);
        assertThat(trace.size()).isEqualTo(3);
    }

    @Test
    void aWrongVectorClockIsShownWithTheRightOne() {
        assertProblem(
                lines(SEND, RECEIVE.replace("\"vc\":{\"a\":1,\"b\":1}", "\"vc\":{\"b\":1}")),
                3,
                "\"vc\" is {\"b\":1}, but the events so far give {\"a\":1,\"b\":1}");
    }

    @Test
    void networkEventsHaveNoProcessAndNoClock() {
        String drop = "{\"seq\":1,\"t\":200,\"type\":\"drop\",\"msg\":0,\"reason\":\"partition\"}";
        assertProblem(
                lines(SEND, drop.replace("\"msg\"", "\"process\":\"b\",\"msg\"")),
                3,
                "\"process\" does not belong here: a drop is a network event");
        assertProblem(lines(SEND, drop.replace("}", ",\"lamport\":4}")), 3, "\"lamport\" does not belong here");
        assertProblem(
                lines(SEND, drop.replace("partition", "lost")),
                3,
                "\"reason\" is \"lost\", which is not one of: loss, partition, link-down, crash, corrupt, queue-full");
    }

    @Test
    void syntaxProblemsSayWhereOnTheLine() {
        assertProblem(lines(SEND.substring(0, 40)), 2, "the line ends in the middle of the JSON");
        assertProblem(lines(SEND + " {}"), 2, "each line holds exactly one JSON object");
        assertProblem(lines(SEND.replace("\"t\":100", "\"t\":100,\"t\":100")), 2, "appears twice");
        assertProblem(lines(SEND.replace(",\"to\"", " \"to\"")), 2, "not valid JSON");
        assertProblem(HEADER + "\n\n" + SEND + "\n", 2, "the line is empty");
        assertProblem(lines("\"just text\""), 2, "each line must be one JSON object");
    }

    @Test
    void aSyntaxProblemNamesItsColumn() {
        TraceFormatException e = catchThrowableOfType(
                TraceFormatException.class, () -> read(lines(SEND.replace("\"t\":100", "\"t\":100,\"t\":100"))));
        assertThat(e.column()).isEqualTo(18);
        assertThat(e).hasMessageStartingWith("line 2, column 18: a field appears twice in the object: 't'");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] bytes = lines(SEND.replace("GET k7", "GET kX")).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length - 1; i++) {
            if (bytes[i] == 'k' && bytes[i + 1] == 'X') {
                bytes[i + 1] = (byte) 0xE9; // Latin-1 é
            }
        }
        TraceFormatException e =
                catchThrowableOfType(TraceFormatException.class, () -> TraceJson.read(new ByteArrayInputStream(bytes)));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).contains("not UTF-8");
    }

    @Test
    void theFileVariantNamesTheFile() throws IOException {
        Path file = dir.resolve("broken.trace.jsonl");
        Files.writeString(file, lines(SEND.replace("\"seq\":0", "\"seq\":3")));
        TraceFormatException e = catchThrowableOfType(TraceFormatException.class, () -> TraceJson.read(file));
        assertThat(e).hasMessageStartingWith(file + ": line 2: \"seq\" is 3");
        assertThat(e.source()).isEqualTo(file.toString());
    }

    private static String lines(String... events) {
        return HEADER + "\n" + String.join("\n", events) + "\n";
    }

    private static Trace read(String text) throws IOException {
        return TraceJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertProblem(String text, int line, String words) {
        TraceFormatException e = catchThrowableOfType(TraceFormatException.class, () -> read(text));
        assertThat(e).as("reading %s", text).isNotNull();
        assertThat(e.getMessage()).startsWith("line " + line).contains(words);
        assertThat(e.line()).isEqualTo(line);
        assertThat(NOISE.matcher(e.problem().replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\""))
                        .find())
                .as("Java internals in: %s", e.getMessage())
                .isFalse();
    }
}
