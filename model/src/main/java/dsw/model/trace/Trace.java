package dsw.model.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events of one run in execution order, stored column by column (about 60 bytes per event)
 * so that runs of tens of millions of events fit in memory. Event {@code seq} is its index.
 *
 * <p>Thread-safety: one thread appends (the simulation). After {@link #publish()}, other threads
 * may read every event and message below the {@link #size()} and {@link #messageCount()} they
 * read; reads never block the writer.
 */
public final class Trace {
    static final int NONE = -1;

    /** What {@link #messageValue} answers for a message that carries no value. */
    public static final long NO_VALUE = -1;

    private final TraceHeader header;

    private final Columns.Longs time = new Columns.Longs();
    private final Columns.Ints process = new Columns.Ints();
    private final Columns.Bytes type = new Columns.Bytes();
    private final Columns.Ints message = new Columns.Ints();
    private final Columns.Longs lamport = new Columns.Longs();
    private final Columns.Longs physical = new Columns.Longs();
    private final Columns.Bytes reason = new Columns.Bytes();
    private final Columns.Ints detail = new Columns.Ints();

    private final Columns.Ints msgFrom = new Columns.Ints();
    private final Columns.Ints msgTo = new Columns.Ints();
    private final Columns.Ints msgLink = new Columns.Ints();
    private final Columns.Bytes msgKind = new Columns.Bytes();
    private final Columns.Bytes msgOp = new Columns.Bytes();
    private final Columns.Bytes msgStatus = new Columns.Bytes();
    private final Columns.Bytes msgCopies = new Columns.Bytes();
    private final Columns.Ints msgKey = new Columns.Ints();
    private final Columns.Ints msgRequest = new Columns.Ints();
    private final Columns.Ints msgReplyTo = new Columns.Ints();
    private final Columns.Ints msgSize = new Columns.Ints();
    private final Columns.Ints msgLabel = new Columns.Ints();
    private final Columns.Longs msgValue = new Columns.Longs();
    private final Columns.Ints msgSendSeq = new Columns.Ints();

    // The chunks that the event and the message being appended go into: the writer looks them up
    // once per chunk, when the first index of a new chunk is appended.
    private long[] timeChunk;
    private int[] processChunk;
    private byte[] typeChunk;
    private int[] messageChunk;
    private long[] lamportChunk;
    private long[] physicalChunk;
    private byte[] reasonChunk;
    private int[] detailChunk;

    private int[] msgFromChunk;
    private int[] msgToChunk;
    private int[] msgLinkChunk;
    private byte[] msgKindChunk;
    private byte[] msgOpChunk;
    private byte[] msgStatusChunk;
    private byte[] msgCopiesChunk;
    private int[] msgKeyChunk;
    private int[] msgRequestChunk;
    private int[] msgReplyToChunk;
    private int[] msgSizeChunk;
    private int[] msgLabelChunk;
    private long[] msgValueChunk;
    private int[] msgSendSeqChunk;

    /** The replica states of {@link Decision#REPLICA_STATE} events by seq: a few per run, so kept aside. */
    private final Map<Integer, ReplicaState> states = new ConcurrentHashMap<>();

    private final List<String> texts = new ArrayList<>();
    private final Map<String, Integer> textIndex = new HashMap<>();

    private int events;
    private int messages;
    private volatile int publishedEvents;
    private volatile int publishedMessages;

    private static final EventType[] EVENT_TYPES = EventType.values();
    private static final DropReason[] REASONS = DropReason.values();
    private static final Decision[] DECISIONS = Decision.values();
    private static final MessageKind[] KINDS = MessageKind.values();
    private static final Operation[] OPERATIONS = Operation.values();
    private static final Status[] STATUSES = Status.values();

    public Trace(TraceHeader header) {
        this.header = Objects.requireNonNull(header, "header");
    }

    public TraceHeader header() {
        return header;
    }

    // ---- writing (the simulation thread) ----

    /**
     * Adds a message, before the event that sends it. Returns its id.
     *
     * @param key the key it concerns, or -1
     * @param request the client request it serves, or -1
     * @param replyTo the message it answers, or -1
     * @param label a label to show instead of the one built from kind, operation and key, or null
     */
    public int addMessage(
            int from,
            int to,
            int link,
            MessageKind kind,
            Operation operation,
            int key,
            Status status,
            int request,
            int replyTo,
            int size,
            String label) {
        return addMessage(from, to, link, kind, operation, key, status, request, replyTo, size, label, NO_VALUE);
    }

    /**
     * Adds a message that carries a value: what a write sets or a read returns (see {@link
     * #messageValue}); otherwise as {@link #addMessage(int, int, int, MessageKind, Operation, int,
     * Status, int, int, int, String)}.
     *
     * @param value a whole number of at least 0, or {@link #NO_VALUE}
     */
    public int addMessage(
            int from,
            int to,
            int link,
            MessageKind kind,
            Operation operation,
            int key,
            Status status,
            int request,
            int replyTo,
            int size,
            String label,
            long value) {
        int msg = messages;
        int i = msg & Columns.MASK;
        if (i == 0) {
            startMessageChunk(msg);
        }
        msgFromChunk[i] = from;
        msgToChunk[i] = to;
        msgLinkChunk[i] = link;
        msgKindChunk[i] = (byte) kind.ordinal();
        msgOpChunk[i] = (byte) operation.ordinal();
        msgStatusChunk[i] = (byte) status.ordinal();
        msgCopiesChunk[i] = 1;
        msgKeyChunk[i] = key;
        msgRequestChunk[i] = request;
        msgReplyToChunk[i] = replyTo;
        msgSizeChunk[i] = size;
        msgLabelChunk[i] = label == null ? NONE : intern(label);
        msgValueChunk[i] = value;
        msgSendSeqChunk[i] = NONE;
        messages = msg + 1;
        return msg;
    }

    private void startMessageChunk(int msg) {
        msgFromChunk = msgFrom.chunkFor(msg);
        msgToChunk = msgTo.chunkFor(msg);
        msgLinkChunk = msgLink.chunkFor(msg);
        msgKindChunk = msgKind.chunkFor(msg);
        msgOpChunk = msgOp.chunkFor(msg);
        msgStatusChunk = msgStatus.chunkFor(msg);
        msgCopiesChunk = msgCopies.chunkFor(msg);
        msgKeyChunk = msgKey.chunkFor(msg);
        msgRequestChunk = msgRequest.chunkFor(msg);
        msgReplyToChunk = msgReplyTo.chunkFor(msg);
        msgSizeChunk = msgSize.chunkFor(msg);
        msgLabelChunk = msgLabel.chunkFor(msg);
        msgValueChunk = msgValue.chunkFor(msg);
        msgSendSeqChunk = msgSendSeq.chunkFor(msg);
    }

    /** Records that the network duplicated message {@code msg}: two copies travel. */
    public void markDuplicated(int msg) {
        msgCopies.set(msg, (byte) 2);
    }

    /**
     * Replaces what message {@code msg} says, for readers that meet a message's description after
     * its id (such as a file whose sends are not in id order). Same parameters as {@link
     * #addMessage}, plus the number of copies (1 or 2). The writing thread only, before publishing.
     */
    void setMessage(
            int msg,
            int from,
            int to,
            int link,
            MessageKind kind,
            Operation operation,
            int key,
            Status status,
            int request,
            int replyTo,
            int size,
            String label,
            long value,
            int copies) {
        msgFrom.set(msg, from);
        msgTo.set(msg, to);
        msgLink.set(msg, link);
        msgKind.set(msg, (byte) kind.ordinal());
        msgOp.set(msg, (byte) operation.ordinal());
        msgStatus.set(msg, (byte) status.ordinal());
        msgCopies.set(msg, (byte) copies);
        msgKey.set(msg, key);
        msgRequest.set(msg, request);
        msgReplyTo.set(msg, replyTo);
        msgSize.set(msg, size);
        msgLabel.set(msg, label == null ? NONE : intern(label));
        msgValue.set(msg, value);
    }

    /** The custom label of a message, or null when it shows the label built from its fields. */
    String customLabel(int msg) {
        int custom = msgLabel.get(msg);
        return custom == NONE ? null : texts.get(custom);
    }

    /**
     * Appends an event and returns its seq.
     *
     * @param processIndex the process, or -1 for network and environment events
     * @param msg the message, or -1
     * @param text a description for local and fault events, or null
     */
    public int append(
            long t,
            EventType eventType,
            int processIndex,
            int msg,
            long lamportClock,
            long physicalClock,
            DropReason dropReason,
            String text) {
        return append(t, eventType, processIndex, msg, lamportClock, physicalClock, dropReason, Decision.NONE, text);
    }

    /**
     * Appends an event and returns its seq; {@code decision} is kept for {@link EventType#LOCAL}
     * events only.
     */
    public int append(
            long t,
            EventType eventType,
            int processIndex,
            int msg,
            long lamportClock,
            long physicalClock,
            DropReason dropReason,
            Decision decision,
            String text) {
        int seq = events;
        int i = seq & Columns.MASK;
        if (i == 0) {
            startEventChunk(seq);
        }
        timeChunk[i] = t;
        processChunk[i] = processIndex;
        typeChunk[i] = (byte) eventType.ordinal();
        messageChunk[i] = msg;
        lamportChunk[i] = lamportClock;
        physicalChunk[i] = physicalClock;
        // drops and local events share one byte: a drop's reason, a local event's decision
        reasonChunk[i] = (byte) (eventType == EventType.LOCAL ? decision.ordinal() : dropReason.ordinal());
        detailChunk[i] = text == null ? NONE : intern(text);
        if (eventType == EventType.SEND) {
            msgSendSeq.set(msg, seq);
        }
        events = seq + 1;
        return seq;
    }

    /**
     * Appends a local {@link Decision#REPLICA_STATE} event at {@code processIndex} that records
     * what the replica held, and returns its seq.
     */
    public int appendState(
            long t, int processIndex, long lamportClock, long physicalClock, String text, ReplicaState state) {
        int seq = append(
                t,
                EventType.LOCAL,
                processIndex,
                NONE,
                lamportClock,
                physicalClock,
                DropReason.NONE,
                Decision.REPLICA_STATE,
                text);
        states.put(seq, Objects.requireNonNull(state, "state"));
        return seq;
    }

    private void startEventChunk(int seq) {
        timeChunk = time.chunkFor(seq);
        processChunk = process.chunkFor(seq);
        typeChunk = type.chunkFor(seq);
        messageChunk = message.chunkFor(seq);
        lamportChunk = lamport.chunkFor(seq);
        physicalChunk = physical.chunkFor(seq);
        reasonChunk = reason.chunkFor(seq);
        detailChunk = detail.chunkFor(seq);
    }

    /** Makes everything appended so far visible to other threads. */
    public void publish() {
        publishedMessages = messages;
        publishedEvents = events;
    }

    /**
     * Makes the first {@code upTo} events visible to other threads, with the messages they send;
     * the events after them stay unpublished until a later call. Lets a run that records several
     * events in one step show them one at a time.
     *
     * @throws IllegalArgumentException when {@code upTo} is below the published size or above the
     *     events appended
     */
    public void publish(int upTo) {
        if (upTo < publishedEvents || upTo > events) {
            throw new IllegalArgumentException("cannot publish " + upTo + " events: " + publishedEvents
                    + " are published and " + events + " appended");
        }
        int visible = messages;
        while (visible > 0 && (msgSendSeq.get(visible - 1) == NONE || msgSendSeq.get(visible - 1) >= upTo)) {
            visible--;
        }
        publishedMessages = visible;
        publishedEvents = upTo;
    }

    private int intern(String text) {
        Integer index = textIndex.get(text);
        if (index != null) {
            return index;
        }
        int added = texts.size();
        texts.add(text);
        textIndex.put(text, added);
        return added;
    }

    // ---- reading ----

    /** Events published so far. On the writing thread, call {@link #publish()} first. */
    public int size() {
        return publishedEvents;
    }

    /** Events appended so far, published or not: for the writing thread only. */
    public int recorded() {
        return events;
    }

    public int messageCount() {
        return publishedMessages;
    }

    public long time(int seq) {
        return time.get(seq);
    }

    public EventType type(int seq) {
        return EVENT_TYPES[type.get(seq)];
    }

    /** The process number, or -1 for network and environment events. */
    public int process(int seq) {
        return process.get(seq);
    }

    /** The message id, or -1. */
    public int message(int seq) {
        return message.get(seq);
    }

    /** The Lamport clock after the event; 0 for events that are not process events. */
    public long lamport(int seq) {
        return lamport.get(seq);
    }

    /** The process's physical clock reading at the event; the virtual time when no process. */
    public long physical(int seq) {
        return physical.get(seq);
    }

    public DropReason reason(int seq) {
        return type(seq) == EventType.LOCAL ? DropReason.NONE : REASONS[reason.get(seq)];
    }

    /** What pattern decision a local event records; {@link Decision#NONE} for every other event. */
    public Decision decision(int seq) {
        return type(seq) == EventType.LOCAL ? DECISIONS[reason.get(seq)] : Decision.NONE;
    }

    /** What a {@link Decision#REPLICA_STATE} event recorded; empty for every other event. */
    public Optional<ReplicaState> replicaState(int seq) {
        return Optional.ofNullable(states.get(seq));
    }

    /** The description of a local or fault event, or null. */
    public String detail(int seq) {
        int index = detail.get(seq);
        return index == NONE ? null : texts.get(index);
    }

    public int messageFrom(int msg) {
        return msgFrom.get(msg);
    }

    public int messageTo(int msg) {
        return msgTo.get(msg);
    }

    /** The link number (index into the header's links). */
    public int messageLink(int msg) {
        return msgLink.get(msg);
    }

    public MessageKind messageKind(int msg) {
        return KINDS[msgKind.get(msg)];
    }

    public Operation messageOperation(int msg) {
        return OPERATIONS[msgOp.get(msg)];
    }

    public Status messageStatus(int msg) {
        return STATUSES[msgStatus.get(msg)];
    }

    /** The key, or -1. */
    public int messageKey(int msg) {
        return msgKey.get(msg);
    }

    /** The client request this message serves, or -1. */
    public int messageRequest(int msg) {
        return msgRequest.get(msg);
    }

    /** The message this one answers, or -1. */
    public int messageReplyTo(int msg) {
        return msgReplyTo.get(msg);
    }

    public int messageSize(int msg) {
        return msgSize.get(msg);
    }

    /** 2 when the network duplicated the message, else 1. */
    public int messageCopies(int msg) {
        return msgCopies.get(msg);
    }

    /** The seq of the event that sent the message, or -1 before it is sent. */
    public int sendSeq(int msg) {
        return msgSendSeq.get(msg);
    }

    /**
     * The value a message carries, for checking client histories: the value a write request sets
     * or a read's answer returns (in dsw runs, the number of the client request that wrote it, or
     * a counter), else {@link #NO_VALUE}.
     */
    public long messageValue(int msg) {
        return msgValue.get(msg);
    }

    /** A short human-readable label, such as {@code GET k42} or {@code GET k42 ok}. */
    public String messageLabel(int msg) {
        int custom = msgLabel.get(msg);
        if (custom != NONE) {
            return texts.get(custom);
        }
        return Labels.of(messageKind(msg), messageOperation(msg), messageKey(msg), messageStatus(msg));
    }

    /** The event as a record; allocation per call, so views that scan use the accessors. */
    public TraceEvent event(int seq) {
        return TraceEvent.of(this, seq);
    }

    /** The heap the stored events and messages take, in bytes (chunk granularity). */
    public long approximateBytes() {
        long bytes = time.bytes()
                + process.bytes()
                + type.bytes()
                + message.bytes()
                + lamport.bytes()
                + physical.bytes()
                + reason.bytes()
                + detail.bytes();
        bytes += msgFrom.bytes()
                + msgTo.bytes()
                + msgLink.bytes()
                + msgKind.bytes()
                + msgOp.bytes()
                + msgStatus.bytes()
                + msgCopies.bytes()
                + msgKey.bytes()
                + msgRequest.bytes()
                + msgReplyTo.bytes()
                + msgSize.bytes()
                + msgLabel.bytes()
                + msgValue.bytes()
                + msgSendSeq.bytes();
        for (String text : texts) {
            bytes += 56L + text.length();
        }
        return bytes;
    }
}
