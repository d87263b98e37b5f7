package dsw.model.trace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of one event line of a trace file, parsed and typed but not yet checked against the
 * lines before; absent numbers are {@link #ABSENT}, absent texts null. Reused from line to line.
 * Not thread-safe.
 */
final class EventLine {
    static final long ABSENT = Long.MIN_VALUE;

    /**
     * The fields an event line may have, numbered for finding one given twice (the parser does not
     * look, as that would cost a set per line).
     */
    private static final Map<String, Integer> FIELDS = numbered(
            "seq",
            "t",
            "type",
            "process",
            "pt",
            "msg",
            "from",
            "to",
            "link",
            "label",
            "kind",
            "key",
            "status",
            "req",
            "replyTo",
            "size",
            "copies",
            "value",
            "reason",
            "decision",
            "state",
            "lamport",
            "vc");

    long seq;
    long t;
    long pt;
    long msg;
    long key;
    long req;
    long replyTo;
    long size;
    long copies;
    long value;
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
    String decision;
    /** A replica-state event's state, or null. */
    ReplicaState state;

    boolean hasVc;
    /** The vc's entries by process number, when {@link #hasVc}. */
    final int[] vc;

    private final JsonLine line;
    private final Map<String, Integer> processIndex;
    /** Per process, the name a vc last called it by, as the parser hands it out. */
    private final String[] vcNames;
    /** Per process, the last vc that named it (counted), to find a name given twice. */
    private final int[] vcSeen;

    private int vcCount;

    EventLine(JsonLine line, Map<String, Integer> processIndex) {
        this.line = line;
        this.processIndex = processIndex;
        int n = processIndex.size();
        this.vc = new int[n];
        this.vcNames = new String[n];
        this.vcSeen = new int[n];
    }

    private void clear() {
        seq = t = pt = msg = key = req = replyTo = size = copies = value = lamport = ABSENT;
        type = process = from = to = link = label = kind = status = reason = decision = null;
        state = null;
        hasVc = false;
    }

    /** Parses the current line. */
    void parse() throws IOException {
        EventLine e = this;
        clear();
        long seen = 0;
        try (JsonParser p = line.open(false)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw line.problem("each line must be one JSON object {...}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                Integer known = FIELDS.get(field);
                if (known != null) {
                    if ((seen & (1L << known)) != 0) {
                        throw line.problemAt(
                                p.currentTokenLocation().getColumnNr(),
                                "a field appears twice in the object: '" + field + "'");
                    }
                    seen |= 1L << known;
                }
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
                    case "value" -> e.value = line.number(p, field, 0, Long.MAX_VALUE);
                    case "reason" -> e.reason = line.text(p, field);
                    case "decision" -> e.decision = line.text(p, field);
                    case "state" -> e.state = StateField.read(line, p, processIndex);
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
        vcCount++;
        int next = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int column = p.currentTokenLocation().getColumnNr();
            p.nextToken();
            int q = processOf(name, next);
            if (vcSeen[q] == vcCount) {
                throw line.problemAt(column, "\"vc\" names \"" + name + "\" twice");
            }
            vcSeen[q] = vcCount;
            e.vc[q] = p.currentToken() == JsonToken.VALUE_NUMBER_INT
                            && p.getNumberType() == JsonParser.NumberType.INT
                            && p.getIntValue() >= 0
                    ? p.getIntValue()
                    : (int) line.number(p, "vc." + name, 0, Integer.MAX_VALUE); // says what is wrong
            next = q + 1;
        }
    }

    /**
     * The number of the process named {@code name} in a vc. Entries come in process order and the
     * parser hands out the same String for the same name (which equals finds at once), so looking
     * from the last one on is cheaper than hashing; anything else falls back to the map.
     */
    private int processOf(String name, int from) throws TraceFormatException {
        for (int q = from; q < vcNames.length; q++) {
            if (name.equals(vcNames[q])) {
                return q;
            }
        }
        Integer q = processIndex.get(name);
        if (q == null) {
            throw line.problem("\"vc\" names \"" + name + "\", which is not a process of this trace");
        }
        vcNames[q] = name;
        return q;
    }

    private static Map<String, Integer> numbered(String... names) {
        Map<String, Integer> numbers = new HashMap<>();
        for (String name : names) {
            numbers.put(name, numbers.size());
        }
        return Map.copyOf(numbers);
    }
}
