package dsw.app.eventlog;

import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;

/**
 * The text of the event log's cells for one event, read from the trace's columns when a cell
 * shows it. Stateless, thread-safe (for events below the trace's published size).
 */
final class EventText {
    /** What a drop, a fault and a process-less event show as their process. */
    static final String NETWORK = "network";

    static final String ENVIRONMENT = "environment";

    private EventText() {}

    static String time(Trace trace, int seq) {
        return dsw.app.run.TimeText.of(trace.time(seq));
    }

    static String process(Trace trace, int seq) {
        int p = trace.process(seq);
        if (p >= 0) {
            return trace.header().processName(p);
        }
        return trace.type(seq) == EventType.DROP ? NETWORK : ENVIRONMENT;
    }

    /** The event's type, or for a pattern's decision what it decided, such as "retry" or "breaker open". */
    static String type(Trace trace, int seq) {
        if (trace.type(seq) == EventType.LOCAL) {
            Decision decision = trace.decision(seq);
            if (decision != Decision.NONE) {
                return decision.wireName().replace('-', ' ');
            }
        }
        return trace.type(seq).wireName();
    }

    /** The message: its id, kind and label, such as {@code m42 request GET k42}; "" for none. */
    static String message(Trace trace, int seq) {
        int msg = trace.message(seq);
        if (msg < 0) {
            return "";
        }
        String label = trace.messageLabel(msg);
        String kind = trace.messageKind(msg).wireName();
        return label.isEmpty() ? messageId(msg) + " " + kind : messageId(msg) + " " + kind + " " + label;
    }

    static String messageId(int msg) {
        return "m" + msg;
    }

    /** Sender and receiver of the message, such as {@code web#1 → db}; "" for none. */
    static String route(Trace trace, int seq) {
        int msg = trace.message(seq);
        if (msg < 0) {
            return "";
        }
        return trace.header().processName(trace.messageFrom(msg)) + " → "
                + trace.header().processName(trace.messageTo(msg));
    }

    /** The Lamport clock after a process event; "" for the others. */
    static String lamport(Trace trace, int seq) {
        return trace.type(seq).isProcessEvent() ? Long.toString(trace.lamport(seq)) : "";
    }

    /** Why a message was dropped, the fault, or what a local event did; "" when nothing to say. */
    static String detail(Trace trace, int seq) {
        String text = trace.detail(seq);
        if (trace.type(seq) == EventType.DROP) {
            String reason = dropText(trace, seq);
            return text == null ? reason : reason + ": " + text;
        }
        return text == null ? "" : text;
    }

    static String dropText(Trace trace, int seq) {
        return "dropped (" + trace.reason(seq).wireName() + ")";
    }

    /** The style class that marks the event's row, or null for an ordinary event. */
    static String styleClass(Trace trace, int seq) {
        return switch (trace.type(seq)) {
            case DROP -> EventLogStyle.DROP_STYLE_CLASS;
            case CRASH -> EventLogStyle.CRASH_STYLE_CLASS;
            case FAULT, PAUSE, RESUME -> EventLogStyle.FAULT_STYLE_CLASS;
            case RECOVER -> EventLogStyle.RECOVER_STYLE_CLASS;
            case SEND, RECEIVE -> failed(trace, trace.message(seq)) ? EventLogStyle.ERROR_STYLE_CLASS : null;
            case LOCAL -> null;
        };
    }

    private static boolean failed(Trace trace, int msg) {
        Status status = trace.messageStatus(msg);
        return status != Status.NONE && !status.isSuccess();
    }
}
