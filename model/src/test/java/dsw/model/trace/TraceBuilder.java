package dsw.model.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds small traces by hand for tests, keeping Lamport clocks by the documented rules and the
 * time moving forward by 100 µs per event. Not thread-safe.
 */
final class TraceBuilder {
    private final Trace trace;
    private final long[] lamport;
    private final List<Long> carried = new ArrayList<>();
    private long time;

    TraceBuilder(String... processes) {
        this(0, processes);
    }

    TraceBuilder(long seed, String... processes) {
        this.trace = new Trace(header(seed, List.of(), processes));
        this.lamport = new long[processes.length];
    }

    TraceBuilder(TraceHeader header) {
        this.trace = new Trace(header);
        this.lamport = new long[header.processCount()];
    }

    /** A header whose process {@code web#2} is instance 2 of component {@code web}, kind service. */
    static TraceHeader header(long seed, List<String> links, String... processes) {
        List<ProcessInfo> infos = new ArrayList<>();
        for (String name : processes) {
            int hash = name.indexOf('#');
            String component = hash < 0 ? name : name.substring(0, hash);
            int instance = hash < 0 ? 1 : Integer.parseInt(name.substring(hash + 1));
            infos.add(new ProcessInfo(name, component, "service", instance));
        }
        return new TraceHeader(seed, "test", infos, links);
    }

    Trace trace() {
        return trace;
    }

    /** Publishes what was appended and returns the trace. */
    Trace build() {
        trace.publish();
        return trace;
    }

    long now() {
        return time;
    }

    /** Adds a request from {@code from} to {@code to} and sends it; returns the message id. */
    int send(int from, int to) {
        return send(from, to, -1, MessageKind.REQUEST, Operation.READ, 7, Status.NONE, 0, null);
    }

    int send(
            int from,
            int to,
            int link,
            MessageKind kind,
            Operation operation,
            int key,
            Status status,
            int size,
            String label) {
        int msg = trace.addMessage(from, to, link, kind, operation, key, status, -1, -1, size, label);
        sendAdded(msg);
        return msg;
    }

    /** Sends a message added earlier with {@link Trace#addMessage}; returns the seq. */
    int sendAdded(int msg) {
        int from = trace.messageFrom(msg);
        long clock = ++lamport[from];
        while (carried.size() <= msg) {
            carried.add(0L);
        }
        carried.set(msg, clock);
        return append(EventType.SEND, from, msg, clock, null);
    }

    int receive(int msg) {
        int to = trace.messageTo(msg);
        lamport[to] = Math.max(lamport[to], carried.get(msg)) + 1;
        return append(EventType.RECEIVE, to, msg, lamport[to], null);
    }

    int drop(int msg, DropReason reason) {
        time += 100;
        return trace.append(time, EventType.DROP, -1, msg, 0, time, reason, null);
    }

    int local(int p) {
        return event(EventType.LOCAL, p, null);
    }

    /** A process event without a message: local, crash, recover, pause or resume. */
    int event(EventType type, int p, String detail) {
        return append(type, p, -1, ++lamport[p], detail);
    }

    int fault(String detail) {
        time += 100;
        return trace.append(time, EventType.FAULT, -1, -1, 0, time, DropReason.NONE, detail);
    }

    /** Moves the time without an event, so that the next one is later. */
    void advance(long micros) {
        time += micros;
    }

    private int append(EventType type, int p, int msg, long clock, String detail) {
        time += 100;
        return trace.append(time, type, p, msg, clock, time, DropReason.NONE, detail);
    }
}
