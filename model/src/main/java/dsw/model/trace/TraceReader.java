package dsw.model.trace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
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
    private final String source;
    private final LineInput input;
    private final JsonLine line;
    private Trace trace;
    private final Map<String, Integer> processIndex = new HashMap<>();
    private final Map<String, Integer> linkIndex = new HashMap<>();
    private MessageMentions messages;
    private EventLine event;
    private ClockPass clocks;
    private long lastTime;

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
        messages = new MessageMentions(trace, line, processIndex, linkIndex);
        event = new EventLine(line, processIndex);
        clocks = new ClockPass(
                trace, ClockState.initial(trace.header().processCount()), 0, true, sendSeq -> VectorClocks.of(trace)
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
            event.parse();
            add();
        }
        trace.publish();
        return trace;
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
            process = messages.processNumber(e.process, "process");
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
            messages.mention(type, msg, e);
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
        Decision decision = e.decision == null
                ? Decision.NONE
                : line.wire(e.decision, "decision", Decision::fromWireName, Decision.values());
        if (decision != Decision.NONE && type != EventType.LOCAL) {
            throw line.problem("only a local event records a decision, not a " + type.wireName());
        }
        String detail = msg < 0 ? e.label : null;
        long physical = e.pt != EventLine.ABSENT ? e.pt : e.t;
        long lamport = type.isProcessEvent() ? e.lamport : 0;
        if ((e.state != null) != (decision == Decision.REPLICA_STATE)) {
            throw line.problem(
                    e.state == null
                            ? "a replica-state event records its \"state\""
                            : "only a replica-state event records a \"state\"");
        }
        if (e.state != null) {
            trace.appendState(e.t, process, lamport, physical, detail, e.state);
        } else {
            trace.append(e.t, type, process, msg, lamport, physical, reason, decision, detail);
        }
        trace.publish();
        lastTime = e.t;
        if (clocks.step() && e.hasVc) {
            checkVc();
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
                text.append('"')
                        .append(trace.header().processName(q))
                        .append("\":")
                        .append(vc[q]);
            }
        }
        return text.append('}').toString();
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
}
