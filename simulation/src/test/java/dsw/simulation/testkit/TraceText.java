package dsw.simulation.testkit;

import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A canonical text form of a trace, one line per event and per message with every column, so two
 * runs can be compared exactly and the first difference named. Thread-safe (stateless).
 */
public final class TraceText {
    private TraceText() {}

    /** The header: seed, design name, processes and links. */
    public static String header(Trace trace) {
        StringBuilder out = new StringBuilder();
        out.append("seed ")
                .append(trace.header().seed())
                .append(" design ")
                .append(trace.header().design())
                .append('\n');
        for (ProcessInfo p : trace.header().processes()) {
            out.append("process ").append(p).append('\n');
        }
        out.append("links ").append(trace.header().links()).append('\n');
        return out.toString();
    }

    /** Every column of event {@code seq}. */
    public static String event(Trace trace, int seq) {
        return "event " + seq + " t=" + trace.time(seq) + " " + trace.type(seq) + " p=" + trace.process(seq) + " msg="
                + trace.message(seq) + " L=" + trace.lamport(seq) + " phys=" + trace.physical(seq) + " reason="
                + trace.reason(seq) + " detail=" + trace.detail(seq);
    }

    /** Every column of message {@code msg}. */
    public static String message(Trace trace, int msg) {
        return "message " + msg + " " + trace.messageFrom(msg) + "->" + trace.messageTo(msg) + " link="
                + trace.messageLink(msg) + " " + trace.messageKind(msg) + " " + trace.messageOperation(msg) + " key="
                + trace.messageKey(msg) + " status=" + trace.messageStatus(msg) + " request="
                + trace.messageRequest(msg) + " replyTo=" + trace.messageReplyTo(msg) + " size="
                + trace.messageSize(msg) + " copies=" + trace.messageCopies(msg) + " sendSeq=" + trace.sendSeq(msg)
                + " label=" + trace.messageLabel(msg);
    }

    /** The first {@code count} events, one line each. */
    public static List<String> events(Trace trace, int count) {
        List<String> lines = new ArrayList<>(count);
        for (int seq = 0; seq < count; seq++) {
            lines.add(event(trace, seq));
        }
        return lines;
    }

    /** The first {@code count} messages, one line each. */
    public static List<String> messages(Trace trace, int count) {
        List<String> lines = new ArrayList<>(count);
        for (int msg = 0; msg < count; msg++) {
            lines.add(message(trace, msg));
        }
        return lines;
    }

    /** The events then the messages, without the header (which names the seed). */
    public static List<String> body(Trace trace) {
        List<String> lines = events(trace, trace.size());
        lines.addAll(messages(trace, trace.messageCount()));
        return lines;
    }

    /** The header and the whole body as one string. */
    public static String dump(Trace trace) {
        return header(trace) + String.join("\n", body(trace));
    }

    /**
     * Where two traces first differ (header, then events, then messages), as a sentence quoting
     * both lines; empty when they are identical.
     */
    public static Optional<String> firstDifference(Trace expected, Trace actual) {
        if (!header(expected).equals(header(actual))) {
            return Optional.of("headers differ:\n" + header(expected) + "versus\n" + header(actual));
        }
        return firstDifference(expected, actual, expected.size(), expected.messageCount())
                .or(() -> sizes("events", expected.size(), actual.size()))
                .or(() -> sizes("messages", expected.messageCount(), actual.messageCount()));
    }

    /**
     * Where the first {@code events} events and {@code messages} messages of two traces differ, or
     * empty when they agree (the actual trace may be longer).
     */
    public static Optional<String> firstDifference(Trace expected, Trace actual, int events, int messages) {
        for (int seq = 0; seq < events; seq++) {
            if (seq >= actual.size()) {
                return Optional.of("the actual trace ends before " + event(expected, seq));
            }
            String want = event(expected, seq);
            String got = event(actual, seq);
            if (!want.equals(got)) {
                return Optional.of("first difference:\n  expected " + want + "\n  actual   " + got);
            }
        }
        for (int msg = 0; msg < messages; msg++) {
            if (msg >= actual.messageCount()) {
                return Optional.of("the actual trace lacks " + message(expected, msg));
            }
            String want = message(expected, msg);
            String got = message(actual, msg);
            if (!want.equals(got)) {
                return Optional.of("first difference:\n  expected " + want + "\n  actual   " + got);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sizes(String what, int expected, int actual) {
        return expected == actual
                ? Optional.empty()
                : Optional.of("expected " + expected + " " + what + ", got " + actual);
    }
}
