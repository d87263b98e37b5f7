package dsw.model.trace;

import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/**
 * What the lines of a trace file say about messages, checked and recorded in the trace: a message
 * is described at its first mention, and every later mention must agree; it is sent at most once,
 * received only after its send, and received or dropped at most once per copy. Not thread-safe.
 */
final class MessageMentions {
    /** How far a message id may jump past the highest so far (ids count up from 0). */
    static final int MAX_ID_GAP = 1 << 16;

    private final Trace trace;
    private final JsonLine line;
    private final Map<String, Integer> processIndex;
    private final Map<String, Integer> linkIndex;
    /** Messages whose fields are known: from their send or an earlier mention. */
    private final BitSet defined = new BitSet();

    private final BitSet sent = new BitSet();
    /** Per message, how many of its copies were received or dropped so far. */
    private int[] used = new int[1024];

    MessageMentions(Trace trace, JsonLine line, Map<String, Integer> processIndex, Map<String, Integer> linkIndex) {
        this.trace = trace;
        this.line = line;
        this.processIndex = processIndex;
        this.linkIndex = linkIndex;
    }

    /** Defines the message at its first mention, or checks that this mention agrees. */
    void mention(EventType type, int msg, EventLine e) throws IOException {
        if (msg >= trace.messageCount() + MAX_ID_GAP) {
            throw line.problem(
                    "\"msg\" is " + msg + ", more than " + MAX_ID_GAP + " past the highest message id so far ("
                            + (trace.messageCount() - 1) + "); message ids count up from 0");
        }
        if (type == EventType.SEND && sent.get(msg)) {
            throw line.problem(
                    "message " + msg + " is sent twice: it was already sent on line " + (trace.sendSeq(msg) + 2));
        }
        if (type == EventType.RECEIVE && !sent.get(msg)) {
            throw line.problem("message " + msg + " is received before it is sent: no earlier line sends it");
        }
        if (!defined.get(msg)) {
            define(type, msg, e);
        } else {
            agree(type, msg, e);
        }
        if (type == EventType.SEND) {
            sent.set(msg);
        }
        if (type == EventType.RECEIVE || type == EventType.DROP) {
            if (msg >= used.length) {
                used = Arrays.copyOf(used, Math.max(msg + 1, used.length * 2));
            }
            int copies = trace.messageCopies(msg);
            if (++used[msg] > copies) {
                throw line.problem("message " + msg + " travels as " + (copies == 1 ? "one copy" : "two copies")
                        + ", but this is its " + ordinal(used[msg]) + " receive or drop");
            }
        }
    }

    private void define(EventType type, int msg, EventLine e) throws IOException {
        String first = "the first line that names message " + msg;
        line.require(e.from, "from", first);
        line.require(e.to, "to", first);
        line.require(e.kind, "kind", first);
        int from = processNumber(e.from, "from");
        int to = processNumber(e.to, "to");
        int link = e.link == null ? -1 : linkNumber(e.link);
        MessageKind kind = line.wire(e.kind, "kind", MessageKind::fromWireName, MessageKind.values());
        Status status =
                e.status == null ? Status.NONE : line.wire(e.status, "status", Status::fromWireName, Status.values());
        int key = orMinusOne(e.key);
        Operation operation = Operation.NONE;
        String custom = null;
        if (e.label != null) {
            operation = operationFor(e.label, kind, key, status);
            if (operation == null) {
                operation = Operation.NONE;
                custom = e.label;
            }
        }
        int size = type == EventType.SEND && e.size != EventLine.ABSENT ? (int) e.size : 0;
        int copies = type == EventType.SEND && e.copies != EventLine.ABSENT ? (int) e.copies : 1;
        while (trace.messageCount() <= msg) {
            // ids skipped so far get a placeholder that their first mention replaces
            trace.addMessage(0, 0, -1, MessageKind.REQUEST, Operation.NONE, -1, Status.NONE, -1, -1, 0, null);
            trace.publish();
        }
        trace.setMessage(
                msg,
                from,
                to,
                link,
                kind,
                operation,
                key,
                status,
                orMinusOne(e.req),
                orMinusOne(e.replyTo),
                size,
                custom,
                e.value == EventLine.ABSENT ? Trace.NO_VALUE : e.value,
                copies);
        defined.set(msg);
    }

    private void agree(EventType type, int msg, EventLine e) throws IOException {
        same(e.from, "from", processName(trace.messageFrom(msg)), msg);
        same(e.to, "to", processName(trace.messageTo(msg)), msg);
        int link = trace.messageLink(msg);
        same(e.link, "link", link < 0 ? null : trace.header().links().get(link), msg);
        same(e.kind, "kind", trace.messageKind(msg).wireName(), msg);
        same(e.label, "label", trace.messageLabel(msg), msg);
        Status status = trace.messageStatus(msg);
        same(e.status, "status", status == Status.NONE ? null : status.wireName(), msg);
        same(e.key, "key", trace.messageKey(msg), msg);
        same(e.req, "req", trace.messageRequest(msg), msg);
        same(e.replyTo, "replyTo", trace.messageReplyTo(msg), msg);
        if (e.value != EventLine.ABSENT && e.value != trace.messageValue(msg)) {
            long known = trace.messageValue(msg);
            throw disagree("value", Long.toString(e.value), known < 0 ? "none" : Long.toString(known), msg);
        }
        if (type == EventType.SEND && !sent.get(msg)) {
            // first mentioned by a drop or a fault: its send brings the size and the copies
            int size = e.size == EventLine.ABSENT ? 0 : (int) e.size;
            int copies = e.copies == EventLine.ABSENT ? 1 : (int) e.copies;
            trace.setMessage(
                    msg,
                    trace.messageFrom(msg),
                    trace.messageTo(msg),
                    link,
                    trace.messageKind(msg),
                    trace.messageOperation(msg),
                    trace.messageKey(msg),
                    status,
                    trace.messageRequest(msg),
                    trace.messageReplyTo(msg),
                    size,
                    trace.customLabel(msg),
                    trace.messageValue(msg),
                    copies);
        } else {
            same(e.size, "size", trace.messageSize(msg) == 0 ? -1 : trace.messageSize(msg), msg);
            same(e.copies, "copies", trace.messageCopies(msg) == 1 ? -1 : trace.messageCopies(msg), msg);
        }
    }

    /** The operation whose generated label is {@code label}, or null when it is a custom label. */
    private static Operation operationFor(String label, MessageKind kind, int key, Status status) {
        for (Operation operation : Operation.values()) {
            if (Labels.of(kind, operation, key, status).equals(label)) {
                return operation;
            }
        }
        return null;
    }

    /** The number of the process a field names. */
    int processNumber(String name, String field) throws TraceFormatException {
        Integer p = processIndex.get(name);
        if (p == null) {
            throw line.problem("\"" + field + "\" is \"" + name + "\", which is not a process in the header");
        }
        return p;
    }

    private int linkNumber(String name) throws TraceFormatException {
        Integer l = linkIndex.get(name);
        if (l == null) {
            throw line.problem("\"link\" is \"" + name + "\", which is not a link in the header");
        }
        return l;
    }

    private String processName(int p) {
        return trace.header().processName(p);
    }

    private void same(String value, String field, String known, int msg) throws TraceFormatException {
        if (value != null && !value.equals(known)) {
            throw disagree(field, "\"" + value + "\"", known == null ? "none" : "\"" + known + "\"", msg);
        }
    }

    private void same(long value, String field, int known, int msg) throws TraceFormatException {
        if (value != EventLine.ABSENT && value != known) {
            throw disagree(field, Long.toString(value), known < 0 ? "none" : Integer.toString(known), msg);
        }
    }

    private TraceFormatException disagree(String field, String value, String known, int msg) {
        return line.problem("\"" + field + "\" is " + value + ", but message " + msg + " has " + known
                + " where it was first named; every line of a message must agree");
    }

    private static int orMinusOne(long value) {
        return value == EventLine.ABSENT ? -1 : (int) value;
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> n + "th";
        };
    }
}
