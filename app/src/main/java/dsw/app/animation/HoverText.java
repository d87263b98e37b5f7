package dsw.app.animation;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.List;
import java.util.Locale;

/** The text of the tooltip over a message or a component. Thread-safe (no state). */
final class HoverText {
    private HoverText() {}

    /**
     * A message copy: id, label, kind, sender and receiver, send time, the Lamport and vector
     * timestamps of the send, what it carries, and where the copy is going (or that it is lost).
     *
     * @param flight the copy as in flight now, or null
     * @param sendVector the vector clock of the send, or null when not computed yet
     */
    static String message(Trace trace, int msg, int copy, Flight flight, int[] sendVector) {
        TraceHeader header = trace.header();
        StringBuilder text = new StringBuilder(160);
        String label = trace.messageLabel(msg);
        MessageKind kind = trace.messageKind(msg);
        text.append("Message #").append(msg);
        if (!label.isEmpty()) {
            text.append("  ").append(label);
        }
        text.append("\n").append(kind.wireName());
        if (trace.messageCopies(msg) > 1) {
            text.append(", duplicated: copy ").append(copy + 1).append(" of ").append(trace.messageCopies(msg));
        }
        text.append("\n")
                .append(header.processName(trace.messageFrom(msg)))
                .append(" -> ")
                .append(header.processName(trace.messageTo(msg)));
        int link = trace.messageLink(msg);
        if (link >= 0 && link < header.links().size()) {
            text.append("  (link ").append(header.links().get(link)).append(')');
        }
        int sendSeq = trace.sendSeq(msg);
        text.append("\nsent at ").append(time(trace.time(sendSeq)));
        if (flight != null) {
            if (flight.estimated()) {
                text.append(", not arrived yet");
            } else if (flight.dropped()) {
                text.append(", dropped at ").append(time(flight.end()));
            } else {
                text.append(", arrives at ").append(time(flight.arrival()));
            }
        }
        text.append("\nLamport ")
                .append(trace.lamport(sendSeq))
                .append(", vector ")
                .append(ClockText.full(sendVector, header));
        text.append('\n').append(payload(trace, msg));
        return text.toString();
    }

    /** What a message carries: operation, key, status and size. */
    static String payload(Trace trace, int msg) {
        StringBuilder text = new StringBuilder(48);
        Operation operation = trace.messageOperation(msg);
        if (operation != Operation.NONE) {
            text.append(operation.verb());
        }
        if (trace.messageKey(msg) >= 0) {
            space(text).append("key k").append(trace.messageKey(msg));
        }
        Status status = trace.messageStatus(msg);
        if (status != Status.NONE) {
            space(text).append("status ").append(status.wireName());
        }
        space(text).append(trace.messageSize(msg)).append(" bytes");
        return text.toString();
    }

    /**
     * A component: per process, its condition, queue length, Lamport clock and full vector clock.
     *
     * @param vectors per process, the vector clock of its last event, or null
     */
    static String component(Trace trace, ComponentBadge badge, ProcessSnapshot states, int[][] vectors) {
        TraceHeader header = trace.header();
        StringBuilder text = new StringBuilder(200);
        List<Integer> processes = badge.processes();
        text.append(badge.componentId());
        if (processes.size() > 1) {
            text.append(" (").append(processes.size()).append(" instances)");
        }
        for (int p : processes) {
            text.append('\n');
            if (processes.size() > 1) {
                text.append(header.processName(p)).append(": ");
            }
            text.append(states.condition(p).text())
                    .append(", queue ")
                    .append(states.queue(p))
                    .append(", Lamport ")
                    .append(states.lamport(p))
                    .append(", vector ")
                    .append(
                            states.lastEvent(p) < 0
                                    ? "(no event yet)"
                                    : ClockText.full(vectors == null ? null : vectors[p], header));
        }
        return text.toString();
    }

    static String time(long micros) {
        return String.format(Locale.ROOT, "%.3f ms", micros / 1000.0);
    }

    private static StringBuilder space(StringBuilder text) {
        if (text.length() > 0) {
            text.append(", ");
        }
        return text;
    }
}
