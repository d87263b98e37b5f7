package dsw.model.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a trace written in the JSON Lines format (docs/trace-format.md) back into a {@link Trace},
 * line by line, checking each line as it goes: the header, the numbering and order of events, that
 * messages are sent once and received after their send, that every mention of a message agrees,
 * and that a {@code vc}, when present, is what the events imply. Unknown fields are ignored. One
 * use per instance; not thread-safe.
 */
final class TraceReader {
    /** Longer lines are refused before parsing. */
    static final int MAX_LINE = 16 << 20;
    /** How far a message id may jump past the highest so far (ids count up from 0). */
    static final int MAX_ID_GAP = 1 << 16;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxStringLength(1 << 20)
                    .maxNumberLength(32)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final String source;
    private final LineInput input;
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
        this.input = new LineInput(in, MAX_LINE);
    }

    static Trace read(String source, InputStream in) throws IOException {
        return new TraceReader(source, in).read();
    }

    private Trace read() throws IOException {
        if (!input.next(source)) {
            throw problem(1, "the file is empty; a dsw trace starts with a header line");
        }
        if (input.isBlank()) {
            throw problem("the first line is empty; a dsw trace starts with a header line");
        }
        trace = new Trace(header());
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
                throw problem(blank, "the line is empty; every line of a trace is one JSON object");
            }
            parseEvent();
            add();
        }
        trace.publish();
        return trace;
    }

    // ---- the header ----

    private TraceHeader header() throws IOException {
        String format = null;
        Long version = null;
        Long seed = null;
        String design = null;
        List<ProcessInfo> infos = null;
        List<String> links = null;
        try (JsonParser p = parser()) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notATrace();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "format" -> format = text(p, field);
                    case "version" -> version = number(p, field, 0, Long.MAX_VALUE);
                    case "seed" -> seed = number(p, field, Long.MIN_VALUE, Long.MAX_VALUE);
                    case "design" -> design = text(p, field);
                    case "processes" -> infos = processes(p);
                    case "links" -> links = links(p);
                    default -> p.skipChildren();
                }
            }
            end(p);
        } catch (JsonProcessingException e) {
            throw syntax(e);
        }
        if (!TraceHeader.FORMAT.equals(format)) {
            throw notATrace();
        }
        if (version == null) {
            throw problem("the header has no \"version\"");
        }
        if (version != TraceHeader.VERSION) {
            throw problem(
                    version > TraceHeader.VERSION
                            ? "this trace has format version " + version + "; this dsw reads version "
                                    + TraceHeader.VERSION + " (a newer dsw wrote it)"
                            : "\"version\" must be " + TraceHeader.VERSION + ", not " + version);
        }
        require(seed, "seed", "the header");
        require(design, "design", "the header");
        require(infos, "processes", "the header");
        require(links, "links", "the header");
        return new TraceHeader(seed, design, infos, links);
    }

    private List<ProcessInfo> processes(JsonParser p) throws IOException {
        expect(p, JsonToken.START_ARRAY, "processes", "a list of processes [...]");
        List<ProcessInfo> infos = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String where = "processes[" + infos.size() + "]";
            expect(p, JsonToken.START_OBJECT, where, "an object {\"id\": ..., \"component\": ...}");
            String id = null;
            String component = null;
            String kind = null;
            Long instance = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = text(p, where + ".id");
                    case "component" -> component = text(p, where + ".component");
                    case "kind" -> kind = text(p, where + ".kind");
                    case "instance" -> instance = number(p, where + ".instance", 1, Integer.MAX_VALUE);
                    default -> p.skipChildren();
                }
            }
            require(id, "id", where);
            require(component, "component", where);
            require(kind, "kind", where);
            require(instance, "instance", where);
            if (processIndex.putIfAbsent(id, infos.size()) != null) {
                throw problem(where + ": the process id \"" + id + "\" appears twice; process ids are unique");
            }
            try {
                infos.add(new ProcessInfo(id, component, kind, instance.intValue()));
            } catch (IllegalArgumentException e) {
                throw problem(where + ": " + e.getMessage());
            }
        }
        return infos;
    }

    private List<String> links(JsonParser p) throws IOException {
        expect(p, JsonToken.START_ARRAY, "links", "a list of link ids [...]");
        List<String> links = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String link = text(p, "links[" + links.size() + "]");
            if (linkIndex.putIfAbsent(link, links.size()) != null) {
                throw problem("the link id \"" + link + "\" appears twice in \"links\"");
            }
            links.add(link);
        }
        return links;
    }

    private TraceFormatException notATrace() {
        return problem("this is not a dsw trace: the first line must be a header {\"format\":\"" + TraceHeader.FORMAT
                + "\", ...}");
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
        try (JsonParser p = parser()) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problem("each line must be one JSON object {...}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "seq" -> e.seq = number(p, field, 0, Integer.MAX_VALUE);
                    case "t" -> e.t = number(p, field, 0, Long.MAX_VALUE);
                    case "type" -> e.type = text(p, field);
                    case "process" -> e.process = text(p, field);
                    case "pt" -> e.pt = number(p, field, Long.MIN_VALUE + 1, Long.MAX_VALUE);
                    case "msg" -> e.msg = number(p, field, 0, Integer.MAX_VALUE - 1);
                    case "from" -> e.from = text(p, field);
                    case "to" -> e.to = text(p, field);
                    case "link" -> e.link = text(p, field);
                    case "label" -> e.label = text(p, field);
                    case "kind" -> e.kind = text(p, field);
                    case "key" -> e.key = number(p, field, 0, Integer.MAX_VALUE);
                    case "status" -> e.status = text(p, field);
                    case "req" -> e.req = number(p, field, 0, Integer.MAX_VALUE);
                    case "replyTo" -> e.replyTo = number(p, field, 0, Integer.MAX_VALUE);
                    case "size" -> e.size = number(p, field, 0, Integer.MAX_VALUE);
                    case "copies" -> e.copies = number(p, field, 1, 2);
                    case "reason" -> e.reason = text(p, field);
                    case "lamport" -> e.lamport = number(p, field, 0, Long.MAX_VALUE);
                    case "vc" -> vc(p, e);
                    default -> p.skipChildren();
                }
            }
            end(p);
        } catch (JsonProcessingException ex) {
            throw syntax(ex);
        }
    }

    private void vc(JsonParser p, EventLine e) throws IOException {
        expect(p, JsonToken.START_OBJECT, "vc", "an object of process names and counts {\"web#1\": 3, ...}");
        Arrays.fill(e.vc, 0);
        e.hasVc = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            Integer q = processIndex.get(name);
            if (q == null) {
                throw problem("\"vc\" names \"" + name + "\", which is not a process of this trace");
            }
            e.vc[q] = (int) number(p, "vc." + name, 0, Integer.MAX_VALUE);
        }
    }

    /** Checks the parsed line against what came before and appends its event. */
    private void add() throws IOException {
        EventLine e = event;
        int seq = trace.size();
        requireNumber(e.seq, "seq", "every event");
        if (e.seq != seq) {
            throw problem("\"seq\" is " + e.seq + " but this is event " + seq
                    + "; events are numbered 0, 1, 2, ... in the order of the lines");
        }
        requireNumber(e.t, "t", "every event");
        if (e.t < lastTime) {
            throw problem("\"t\" is " + e.t + ", earlier than the event before (" + lastTime
                    + "); events are in the order they happened");
        }
        require(e.type, "type", "an event");
        EventType type = wire(e.type, "type", EventType::fromWireName, EventType.values());
        int process = -1;
        if (type.isProcessEvent()) {
            require(e.process, "process", "a " + type.wireName());
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
                    throw problem("a " + type.wireName() + " names its message: \"msg\" is missing");
                }
            }
        }
        DropReason reason = e.reason == null
                ? DropReason.NONE
                : wire(e.reason, "reason", DropReason::fromWireName, DropReason.values());
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
            throw problem("\"msg\" is " + msg + ", more than " + MAX_ID_GAP + " past the highest message id so far ("
                    + (trace.messageCount() - 1) + "); message ids count up from 0");
        }
        if (type == EventType.SEND && sent.get(msg)) {
            throw problem("message " + msg + " is sent twice: it was already sent on line " + (trace.sendSeq(msg) + 2));
        }
        if (type == EventType.RECEIVE && !sent.get(msg)) {
            throw problem("message " + msg + " is received before it is sent: no earlier line sends it");
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
                throw problem("message " + msg + " travels as " + (copies == 1 ? "one copy" : "two copies")
                        + ", but this is its " + ordinal(used[msg]) + " receive or drop");
            }
        }
    }

    private void define(EventType type, int msg) throws IOException {
        EventLine e = event;
        String first = "the first line that names message " + msg;
        require(e.from, "from", first);
        require(e.to, "to", first);
        require(e.kind, "kind", first);
        int from = processNumber(e.from, "from");
        int to = processNumber(e.to, "to");
        int link = e.link == null ? -1 : linkNumber(e.link);
        MessageKind kind = wire(e.kind, "kind", MessageKind::fromWireName, MessageKind.values());
        Status status =
                e.status == null ? Status.NONE : wire(e.status, "status", Status::fromWireName, Status.values());
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
            throw problem("\"vc\" is " + vcText(event.vc) + ", but the events so far give " + vcText(expected)
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

    // ---- values ----

    private JsonParser parser() throws IOException {
        return FACTORY.createParser(input.bytes(), 0, input.length());
    }

    /** After the object's closing brace: nothing else may follow on the line. */
    private void end(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw problem("expected a field name in double quotes");
        }
        if (p.nextToken() != null) {
            throw problem("there is more after the object's closing }; each line holds exactly one JSON object");
        }
    }

    private String text(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw problem("\"" + field + "\" must be text in double quotes, not " + shown(p));
        }
        return p.getText();
    }

    private long number(JsonParser p, String field, long min, long max) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw problem("\"" + field + "\" must be a whole number, not " + shown(p));
        }
        long value;
        try {
            value = p.getLongValue();
        } catch (InputCoercionException e) {
            throw problem("\"" + field + "\" is " + p.getText() + ", out of range");
        }
        if (value < min || value > max) {
            throw problem("\"" + field + "\" is " + value + ", out of range: "
                    + (max == Long.MAX_VALUE ? "at least " + min : "from " + min + " to " + max));
        }
        return value;
    }

    private void expect(JsonParser p, JsonToken token, String field, String what) throws IOException {
        if (p.currentToken() != token) {
            throw problem("\"" + field + "\" must be " + what + ", not " + shown(p));
        }
    }

    private static String shown(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return "an object";
        }
        if (token == JsonToken.START_ARRAY) {
            return "a list";
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getText();
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        return p.getText();
    }

    private <E extends Enum<E>> E wire(String name, String field, Function<String, E> parse, E[] all)
            throws TraceFormatException {
        try {
            return parse.apply(name);
        } catch (IllegalArgumentException e) {
            StringBuilder names = new StringBuilder();
            for (E value : all) {
                String wire = value.name().toLowerCase(Locale.ROOT).replace('_', '-');
                if (!wire.equals("none")) {
                    names.append(names.length() == 0 ? "" : ", ").append(wire);
                }
            }
            throw problem("\"" + field + "\" is \"" + name + "\", which is not one of: " + names);
        }
    }

    private int processNumber(String name, String field) throws TraceFormatException {
        Integer p = processIndex.get(name);
        if (p == null) {
            throw problem("\"" + field + "\" is \"" + name + "\", which is not a process in the header");
        }
        return p;
    }

    private int linkNumber(String name) throws TraceFormatException {
        Integer l = linkIndex.get(name);
        if (l == null) {
            throw problem("\"link\" is \"" + name + "\", which is not a link in the header");
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
        return problem("\"" + field + "\" is " + value + ", but message " + msg + " has " + known
                + " where it was first named; every line of a message must agree");
    }

    private void require(Object value, String field, String where) throws TraceFormatException {
        if (value == null) {
            throw problem(where + " needs \"" + field + "\"");
        }
    }

    private void requireNumber(long value, String field, String where) throws TraceFormatException {
        if (value == EventLine.ABSENT) {
            throw problem(where + " needs \"" + field + "\"");
        }
    }

    private void forbid(boolean present, String field, String why) throws TraceFormatException {
        if (present) {
            throw problem("\"" + field + "\" does not belong here: " + why);
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

    /** What a parse failure means, in words, at its column. */
    private TraceFormatException syntax(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String first = original.lines().findFirst().orElse("");
        String lower = first.toLowerCase(Locale.ROOT);
        String message;
        if (lower.startsWith("duplicate field")) {
            message = "a field appears twice in the object: " + first.substring("duplicate field ".length());
        } else if (lower.contains("unexpected end-of-input")) {
            message = "the line ends in the middle of the JSON (is it cut off?)";
        } else if (lower.contains("invalid utf-8")) {
            message = "the line is not UTF-8 text";
        } else if (lower.contains("nesting depth")) {
            message = "the JSON is nested too deeply; no trace line is";
        } else if (lower.contains("length") && lower.contains("exceeds")) {
            message = "a text or number is far too long for a trace";
        } else {
            message = "not valid JSON: " + clean(first);
        }
        int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
        if (lower.startsWith("duplicate field")) {
            column = nameStart(column);
        }
        return new TraceFormatException(source, input.number(), column, message);
    }

    /** The column of the opening quote of the field name that ends before {@code column}. */
    private int nameStart(int column) {
        byte[] line = input.bytes();
        int i = Math.min(column - 1, input.length()) - 1;
        while (i >= 0 && line[i] != '"') {
            i--;
        }
        for (i--; i >= 0; i--) {
            if (line[i] == '"' && (i == 0 || line[i - 1] != '\\')) {
                return i + 1;
            }
        }
        return column;
    }

    /** Drops the parts of a parser message that only a Java programmer could read. */
    private static String clean(String message) {
        String out = message.replaceAll("\\s*\\(code \\d+\\)", "")
                .replaceAll("\\s*\\([^()]*`[^()]*\\)", "")
                .replaceAll("`[^`]*`", "")
                .replaceAll("(?i)\\s*enable\\s.*", "")
                .trim();
        return out.isEmpty() ? "unexpected text" : out;
    }

    private TraceFormatException problem(String message) {
        return problem(input.number(), message);
    }

    private TraceFormatException problem(int line, String message) {
        return new TraceFormatException(source, line, 0, message);
    }
}
