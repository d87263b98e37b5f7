package dsw.model.trace;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Writes a trace as JSON Lines (docs/trace-format.md) in one streaming pass: the header line, then
 * one line per event with its vector clock computed on the way. Names are encoded once up front.
 * One use per instance; not thread-safe.
 */
final class TraceWriter implements VectorClocks.Visitor {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();

    private static final SerializedString SEQ = name("seq");
    private static final SerializedString T = name("t");
    private static final SerializedString TYPE = name("type");
    private static final SerializedString PROCESS = name("process");
    private static final SerializedString PT = name("pt");
    private static final SerializedString MSG = name("msg");
    private static final SerializedString FROM = name("from");
    private static final SerializedString TO = name("to");
    private static final SerializedString LINK = name("link");
    private static final SerializedString LABEL = name("label");
    private static final SerializedString KIND = name("kind");
    private static final SerializedString KEY = name("key");
    private static final SerializedString STATUS = name("status");
    private static final SerializedString REQ = name("req");
    private static final SerializedString VALUE = name("value");
    private static final SerializedString REPLY_TO = name("replyTo");
    private static final SerializedString SIZE = name("size");
    private static final SerializedString COPIES = name("copies");
    private static final SerializedString REASON = name("reason");
    private static final SerializedString DECISION = name("decision");
    private static final SerializedString STATE = name("state");
    private static final SerializedString GROUP = name("group");
    private static final SerializedString DATA = name("data");
    private static final SerializedString UNREACHABLE = name("unreachable");
    private static final SerializedString LAMPORT = name("lamport");
    private static final SerializedString VC = name("vc");

    private static final Map<EventType, SerializedString> TYPES = wireNames(EventType.class, EventType::wireName);
    private static final Map<MessageKind, SerializedString> KINDS = wireNames(MessageKind.class, MessageKind::wireName);
    private static final Map<Status, SerializedString> STATUSES = wireNames(Status.class, Status::wireName);
    private static final Map<DropReason, SerializedString> REASONS = wireNames(DropReason.class, DropReason::wireName);
    private static final Map<Decision, SerializedString> DECISIONS = wireNames(Decision.class, Decision::wireName);

    private final Trace trace;
    private final JsonGenerator out;
    private final SerializedString[] processes;
    private final SerializedString[] links;
    private final VcText vc;
    /** Recent messages' labels, by id modulo the length: a message is written at its send and soon after. */
    private final SerializedString[] labels = new SerializedString[1 << 12];

    private final int[] labelOwners = new int[1 << 12];
    private int written;

    private TraceWriter(Trace trace, JsonGenerator out) {
        this.trace = trace;
        this.out = out;
        List<ProcessInfo> infos = trace.header().processes();
        this.processes = wireNames(infos.size(), i -> infos.get(i).id());
        List<String> linkIds = trace.header().links();
        this.links = wireNames(linkIds.size(), linkIds::get);
        this.vc = new VcText(infos);
        Arrays.fill(labelOwners, -1);
    }

    /** Writes the header and the events below {@code trace.size()} now; flushes, does not close. */
    static void write(Trace trace, OutputStream stream) throws IOException {
        int size = trace.size();
        try (JsonGenerator out = FACTORY.createGenerator(stream, JsonEncoding.UTF8)) {
            out.setRootValueSeparator(null);
            TraceWriter writer = new TraceWriter(trace, out);
            writer.header();
            try {
                VectorClocks.forEachVector(trace, size, writer);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.networkEventsBefore(size);
        }
    }

    private void header() throws IOException {
        TraceHeader header = trace.header();
        out.writeStartObject();
        out.writeStringField("format", TraceHeader.FORMAT);
        out.writeNumberField("version", TraceHeader.VERSION);
        out.writeNumberField("seed", header.seed());
        out.writeStringField("design", header.design());
        out.writeArrayFieldStart("processes");
        for (ProcessInfo p : header.processes()) {
            out.writeStartObject();
            out.writeStringField("id", p.id());
            out.writeStringField("component", p.component());
            out.writeStringField("kind", p.kind());
            out.writeNumberField("instance", p.instance());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("links");
        for (String link : header.links()) {
            out.writeString(link);
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeRaw('\n');
    }

    @Override
    public void visit(int seq, VectorClocks.Clock clock) {
        try {
            networkEventsBefore(seq);
            event(seq, clock);
            written = seq + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the events from the last one written up to {@code seq}, which have no vector clock. */
    private void networkEventsBefore(int seq) throws IOException {
        for (; written < seq; written++) {
            event(written, null);
        }
    }

    private void event(int seq, VectorClocks.Clock clock) throws IOException {
        EventType type = trace.type(seq);
        long t = trace.time(seq);
        out.writeStartObject();
        out.writeFieldName(SEQ);
        out.writeNumber(seq);
        out.writeFieldName(T);
        out.writeNumber(t);
        out.writeFieldName(TYPE);
        out.writeString(TYPES.get(type));
        if (clock != null) {
            out.writeFieldName(PROCESS);
            out.writeString(processes[clock.process()]);
            long pt = trace.physical(seq);
            if (pt != t) {
                out.writeFieldName(PT);
                out.writeNumber(pt);
            }
        }
        int msg = trace.message(seq);
        if (msg >= 0) {
            message(msg, type == EventType.SEND);
        } else {
            String detail = trace.detail(seq);
            if (detail != null) {
                out.writeFieldName(LABEL);
                out.writeString(detail);
            }
        }
        DropReason reason = trace.reason(seq);
        if (reason != DropReason.NONE) {
            out.writeFieldName(REASON);
            out.writeString(REASONS.get(reason));
        }
        Decision decision = trace.decision(seq);
        if (decision != Decision.NONE) {
            out.writeFieldName(DECISION);
            out.writeString(DECISIONS.get(decision));
        }
        if (decision == Decision.REPLICA_STATE) {
            Optional<ReplicaState> state = trace.replicaState(seq);
            if (state.isPresent()) {
                state(state.get());
            }
        }
        if (clock != null) {
            out.writeFieldName(LAMPORT);
            out.writeNumber(trace.lamport(seq));
            out.writeFieldName(VC);
            out.writeRawValue(vc.of(clock, type == EventType.RECEIVE));
        }
        out.writeEndObject();
        out.writeRaw('\n');
    }

    /** {@code "state":{"group":0,"data":{"k3":7,"k5":[12,17]},"unreachable":["db#3"]}}, unreachable only when some. */
    private void state(ReplicaState state) throws IOException {
        out.writeFieldName(STATE);
        out.writeStartObject();
        out.writeFieldName(GROUP);
        out.writeNumber(state.group());
        out.writeFieldName(DATA);
        out.writeStartObject();
        for (Map.Entry<Integer, List<Long>> entry : state.data().entrySet()) {
            out.writeFieldName("k" + entry.getKey());
            List<Long> values = entry.getValue();
            if (values.size() == 1) {
                out.writeNumber(values.get(0));
            } else {
                out.writeStartArray();
                for (long value : values) {
                    out.writeNumber(value);
                }
                out.writeEndArray();
            }
        }
        out.writeEndObject();
        if (!state.unreachable().isEmpty()) {
            out.writeFieldName(UNREACHABLE);
            out.writeStartArray();
            for (String process : state.unreachable()) {
                out.writeString(process);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private void message(int msg, boolean send) throws IOException {
        out.writeFieldName(MSG);
        out.writeNumber(msg);
        out.writeFieldName(FROM);
        out.writeString(processes[trace.messageFrom(msg)]);
        out.writeFieldName(TO);
        out.writeString(processes[trace.messageTo(msg)]);
        int link = trace.messageLink(msg);
        if (link >= 0) {
            out.writeFieldName(LINK);
            out.writeString(links[link]);
        }
        out.writeFieldName(LABEL);
        out.writeString(label(msg));
        out.writeFieldName(KIND);
        out.writeString(KINDS.get(trace.messageKind(msg)));
        optional(KEY, trace.messageKey(msg));
        Status status = trace.messageStatus(msg);
        if (status != Status.NONE) {
            out.writeFieldName(STATUS);
            out.writeString(STATUSES.get(status));
        }
        optional(REQ, trace.messageRequest(msg));
        optional(REPLY_TO, trace.messageReplyTo(msg));
        long value = trace.messageValue(msg);
        if (value != Trace.NO_VALUE) {
            out.writeFieldName(VALUE);
            out.writeNumber(value);
        }
        if (send) {
            int size = trace.messageSize(msg);
            if (size > 0) {
                out.writeFieldName(SIZE);
                out.writeNumber(size);
            }
            int copies = trace.messageCopies(msg);
            if (copies > 1) {
                out.writeFieldName(COPIES);
                out.writeNumber(copies);
            }
        }
    }

    private SerializedString label(int msg) {
        int slot = msg & (labels.length - 1);
        if (labelOwners[slot] != msg) {
            labels[slot] = new SerializedString(trace.messageLabel(msg));
            labelOwners[slot] = msg;
        }
        return labels[slot];
    }

    /** Writes a number that is -1 when it does not apply. */
    private void optional(SerializedString field, int value) throws IOException {
        if (value >= 0) {
            out.writeFieldName(field);
            out.writeNumber(value);
        }
    }

    private static <E extends Enum<E>> Map<E, SerializedString> wireNames(Class<E> type, Function<E, String> wireName) {
        Map<E, SerializedString> names = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            names.put(value, new SerializedString(wireName.apply(value)));
        }
        return names;
    }

    private static SerializedString name(String text) {
        return new SerializedString(text);
    }

    private static SerializedString[] wireNames(int count, IntFunction<String> text) {
        SerializedString[] names = new SerializedString[count];
        for (int i = 0; i < count; i++) {
            names[i] = new SerializedString(text.apply(i));
        }
        return names;
    }
}
