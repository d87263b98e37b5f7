package dsw.app.spacetime;

import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import dsw.model.value.Micros;
import java.util.StringJoiner;

/** The words the space-time diagram shows for events: labels, hover text, fault markers. Thread-safe. */
final class EventText {
    /** Up to this many processes, a vector label lists every entry; beyond, only the non-zero ones. */
    static final int DENSE_VECTOR = 6;
    /** Fault markers say at most this many characters. */
    static final int MARKER_CHARS = 28;

    private EventText() {}

    /** A short vector clock label: {@code [1,0,3]}, or {@code web#1:2 lb:3} for many processes. */
    static String vectorLabel(int[] vector, TraceHeader header) {
        if (vector.length <= DENSE_VECTOR) {
            StringJoiner text = new StringJoiner(",", "[", "]");
            for (int entry : vector) {
                text.add(Integer.toString(entry));
            }
            return text.toString();
        }
        StringJoiner text = new StringJoiner(" ");
        for (int q = 0; q < vector.length; q++) {
            if (vector[q] != 0) {
                text.add(header.processName(q) + ":" + vector[q]);
            }
        }
        return text.toString();
    }

    /** Every entry of a vector clock with its process name: {@code {client:2, api:5, db:0}}. */
    static String vectorFull(int[] vector, TraceHeader header) {
        StringJoiner text = new StringJoiner(", ", "{", "}");
        for (int q = 0; q < vector.length; q++) {
            text.add(header.processName(q) + ":" + vector[q]);
        }
        return text.toString();
    }

    /**
     * The hover text of event {@code seq}: type (or the pattern's decision), process, time, Lamport clock, full vector clock (or
     * that it is being worked out, when {@code vector} is null), and its message.
     */
    static String describe(Trace trace, int seq, int[] vector) {
        EventType type = trace.type(seq);
        TraceHeader header = trace.header();
        int p = trace.process(seq);
        Decision decision = type == EventType.LOCAL ? trace.decision(seq) : Decision.NONE;
        StringBuilder text = new StringBuilder(decision == Decision.NONE ? type.wireName() : decision.wireName());
        if (p >= 0) {
            text.append(" at ").append(header.processName(p));
        }
        text.append(" (seq ").append(seq).append(")\ntime ").append(Micros.format(trace.time(seq)));
        if (type.isProcessEvent()) {
            text.append("\nLamport ").append(trace.lamport(seq));
            text.append("\nvector clock ").append(vector == null ? "(being worked out)" : vectorFull(vector, header));
        }
        if (type == EventType.DROP) {
            text.append("\ndropped: ").append(trace.reason(seq).wireName());
        }
        String detail = trace.detail(seq);
        if (detail != null) {
            text.append('\n').append(detail);
        }
        int msg = trace.message(seq);
        if (msg >= 0) {
            text.append("\nmessage #")
                    .append(msg)
                    .append(' ')
                    .append(trace.messageLabel(msg))
                    .append(" (")
                    .append(trace.messageKind(msg).wireName())
                    .append(") ")
                    .append(processName(header, trace.messageFrom(msg)))
                    .append(" -> ")
                    .append(processName(header, trace.messageTo(msg)));
            if (trace.messageCopies(msg) > 1) {
                text.append(", duplicated by the network");
            }
        }
        return text.toString();
    }

    private static String processName(TraceHeader header, int p) {
        return p >= 0 && p < header.processCount() ? header.processName(p) : "?";
    }

    /** A fault marker's short label, from the fault's description. */
    static String marker(String detail) {
        if (detail == null || detail.isBlank()) {
            return "fault";
        }
        String line = detail.strip();
        return line.length() <= MARKER_CHARS ? line : line.substring(0, MARKER_CHARS - 1) + "…";
    }
}
