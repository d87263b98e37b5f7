package dsw.model.trace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a trace written in the JSON Lines format (docs/trace-format.md) back into a {@link Trace},
 * line by line, checking each line as it goes: the header, the numbering and order of events, that
 * messages are sent once and received after their send, that every mention of a message agrees,
 * and that a {@code vc}, when present, is what the events imply. Unknown fields are ignored. One
 * use per instance; not thread-safe.
 */
final class TraceReader {
    /** How far a message id may jump past the highest so far (ids count up from 0). */
    static final int MAX_ID_GAP = 1 << 16;

    private final String source;
    private final LineInput input;
    private final JsonLine line;
    private Trace trace;
    private int processes;
    private final Map<String, Integer> processIndex = new HashMap<>();
    private final Map<String, Integer> linkIndex = new HashMap<>();
    /** Messages whose fields are known: from their send or an earlier mention. */
    private final BitSet defined = new BitSet();

    private final BitSet sent = new BitSet();
    /** Per message, how many of its copies were received or dropped so far. */
    private int[] used = new int[1024];

    private ClockPass clocks;
    private long lastTime;
    private final EventLine event = new EventLine();

    private TraceReader(String source, InputStream in) {
        this.source = source;
        this.input = new LineInput(in, JsonLine.MAX_LINE);
        this.line = new JsonLine(source, input);
    }

    static Trace read(String source, InputStream in) throws IOException {
        return new TraceReader(source, in).read();
    }

    private Trace read() throws IOException {
        if (!input.next(source)) {
            throw line.problem(1, "the file is empty; a dsw trace starts with a header line");
        }
        if (input.isBlank()) {
            throw line.problem("the first line is empty; a dsw trace starts with a header line");
        }
        trace = new Trace(HeaderLine.read(line, processIndex, linkIndex));
        processes = trace.header().processCount();
        event.vc = new int[processes];
        clocks = new ClockPass(trace, ClockState.initial(processes), 0, true, sendSeq -> VectorClocks.of(trace)
                .sendVector(sendSeq));
        int blank = 0;
        while (input.next(source)) {
            if (input.isBlank()) {
                blank = blank == 0 ? input.number() : blank;
                continue;
            }
            if (blank != 0) {
                throw line.problem(blank, "the line is empty; every line of a trace is one JSON object");
            }
            parseEvent();
            add();
        }
        trace.publish();
        return trace;
    }

    // ---- an event line ----

    /** The fields of one event line; absent numbers are {@code ABSENT}, absent texts null. */
    private static final class EventLine {
        static final long ABSENT = Long.MIN_VALUE;
        long seq;
        long t;
        long pt;
        long msg;
        long key;
        long req;
        long replyTo;
        long size;
        long copies;
        long lamport;
        String type;
        String process;
        String from;
        String to;
        String link;
        String label;
        String kind;
        String status;
        String reason;
        boolean hasVc;
        int[] vc;

        void clear() {
            seq = t = pt = msg = key = req = replyTo = size = copies = lamport = ABSENT;
            type = process = from = to = link = label = kind = status = reason = null;
            hasVc = false;
        }
    }

    private void parseEvent() throws IOException {
        EventLine e = event;
        e.clear();
        try (JsonParser p = line.open()) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw line.problem("each line must be one JSON object {...}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "seq" -> e.seq = line.number(p, field, 0, Integer.MAX_VALUE);
                    case "t" -> e.t = line.number(p, field, 0, Long.MAX_VALUE);
                    case "type" -> e.type = line.text(p, field);
                    case "process" -> e.process = line.text(p, field);
                    case "pt" -> e.pt = line.number(p, field, Long.MIN_VALUE + 1, Long.MAX_VALUE);
                    case "msg" -> e.msg = line.number(p, field, 0, Integer.MAX_VALUE - 1);
                    case "from" -> e.from = line.text(p, field);
                    case "to" -> e.to = line.text(p, field);
                    case "link" -> e.link = line.text(p, field);
                    case "label" -> e.label = line.text(p, field);
                    case "kind" -> e.kind = line.text(p, field);
                    case "key" -> e.key = line.number(p, field, 0, Integer.MAX_VALUE);
                    case "status" -> e.status = line.text(p, field);
                    case "req" -> e.req = line.number(p, field, 0, Integer.MAX_VALUE);
                    case "replyTo" -> e.replyTo = line.number(p, field, 0, Integer.MAX_VALUE);
                    case "size" -> e.size = line.number(p, field, 0, Integer.MAX_VALUE);
                    case "copies" -> e.copies = line.number(p, field, 1, 2);
                    case "reason" -> e.reason = line.text(p, field);
                    case "lamport" -> e.lamport = line.number(p, field, 0, Long.MAX_VALUE);
                    case "vc" -> vc(p, e);
                    default -> p.skipChildren();
                }
            }
            line.end(p);
        } catch (JsonProcessingException ex) {
            throw line.syntax(ex);
        }
    }

    private void vc(JsonParser p, EventLine e) throws IOException {
        line.expect(p, JsonToken.START_OBJECT, "vc", "an object of process names and counts {\"web#1\": 3, ...}");
        Arrays.fill(e.vc, 0);
        e.hasVc = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            Integer q = processIndex.get(name);
            if (q == null) {
                throw line.problem("\"vc\" names \"" + name + "\", which is not a process of this trace");
            }
            e.vc[q] = (int) line.number(p, "vc." + name, 0, Integer.MAX_VALUE);
        }
    }

    /** Checks the parsed line against what came before and appends its event. */
    private void add() throws IOException {
        EventLine e = event;
        int seq = trace.size();
        requireNumber(e.seq, "seq", "every event");
        if (e.seq != seq) {
            throw line.problem("\"seq\" is " + e.seq + " but this is event " + seq
                    + "; events are numbered 0, 1, 2, ... in the order of the lines");
        }
        requireNumber(e.t, "t", "every event");
        if (e.t < lastTime) {
            throw line.problem("\"t\" is " + e.t + ", earlier than the event before (" + lastTime
                    + "); events are in the order they happened");
        }
        line.require(e.type, "type", "an event");
        EventType type = line.wire(e.type, "type", EventType::fromWireName, EventType.values());
        int process = -1;
        if (type.isProcessEvent()) {
            line.require(e.process, "process", "a " + type.wireName());
            process = processNumber(e.process, "process");
            requireNumber(e.lamport, "lamport", "a " + type.wireName());
        } else {
            String what = "a " + type.wireName() + " is a network event, not an event at a process";
            forbid(e.process != null, "process", what);
            forbid(e.pt != EventLine.ABSENT, "pt", what);
            forbid(e.lamport != EventLine.ABSENT, "lamport", what);
            forbid(e.hasVc, "vc", what);
        }
        int msg = -1;
        if (e.msg != EventLine.ABSENT) {
            msg = (int) e.msg;
            message(type, msg);
        } else {
            for (EventType needs : new EventType[] {EventType.SEND, EventType.RECEIVE, EventType.DROP}) {
                if (type == needs) {
                    throw line.problem("a " + type.wireName() + " names its message: \"msg\" is missing");
                }
            }
        }
        DropReason reason = e.reason == null
                ? DropReason.NONE
                : line.wire(e.reason, "reason", DropReason::fromWireName, DropReason.values());
        String detail = msg < 0 ? e.label : null;
        long physical = e.pt != EventLine.ABSENT ? e.pt : e.t;
        long lamport = type.isProcessEvent() ? e.lamport : 0;
        trace.append(e.t, type, process, msg, lamport, physical, reason, detail);
        trace.publish();
        lastTime = e.t;
        if (clocks.step() && e.hasVc) {
            checkVc();
        }
    }

    /** Defines the message at its first mention, or checks that this mention agrees. */
    private void message(EventType type, int msg) throws IOException {
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
            define(type, msg);
        } else {
            agree(type, msg);
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

    private void define(EventType type, int msg) throws IOException {
        EventLine e = event;
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
                copies);
        defined.set(msg);
    }

    private void agree(EventType type, int msg) throws IOException {
        EventLine e = event;
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
                    copies);
        } else {
            same(e.size, "size", trace.messageSize(msg) == 0 ? -1 : trace.messageSize(msg), msg);
            same(e.copies, "copies", trace.messageCopies(msg) == 1 ? -1 : trace.messageCopies(msg), msg);
        }
    }

    private void checkVc() throws IOException {
        int[] expected = clocks.toArray();
        if (!Arrays.equals(expected, event.vc)) {
            throw line.problem("\"vc\" is " + vcText(event.vc) + ", but the events so far give " + vcText(expected)
                    + " (a process event counts, per process, the events it follows or is)");
        }
    }

    private String vcText(int[] vc) {
        StringBuilder text = new StringBuilder("{");
        for (int q = 0; q < vc.length; q++) {
            if (vc[q] != 0) {
                if (text.length() > 1) {
                    text.append(',');
                }
                text.append('"').append(processName(q)).append("\":").append(vc[q]);
            }
        }
        return text.append('}').toString();
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

    private int processNumber(String name, String field) throws TraceFormatException {
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

    private void requireNumber(long value, String field, String where) throws TraceFormatException {
        if (value == EventLine.ABSENT) {
            throw line.problem(where + " needs \"" + field + "\"");
        }
    }

    private void forbid(boolean present, String field, String why) throws TraceFormatException {
        if (present) {
            throw line.problem("\"" + field + "\" does not belong here: " + why);
        }
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
