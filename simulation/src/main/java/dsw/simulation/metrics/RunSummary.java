package dsw.simulation.metrics;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a run, derived from its trace alone: events, messages sent, delivered, dropped
 * (by reason) and in flight, and per component throughput and latency percentiles. Immutable
 * after {@link #of}; thread-safe to read.
 */
public final class RunSummary {
    private final long duration;
    private final int events;
    private long messages;
    private long copies;
    private long delivered;
    private long duplicated;
    private final Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
    private final Map<String, ComponentStats> components = new LinkedHashMap<>();

    private RunSummary(long duration, int events) {
        this.duration = duration;
        this.events = events;
    }

    /**
     * Summarises the events of {@code trace} recorded so far.
     *
     * @param duration the virtual time the run covered, for throughput
     */
    public static RunSummary of(Design design, Trace trace, long duration) {
        int size = trace.size();
        RunSummary summary = new RunSummary(duration, size);
        for (Component c : design.components()) {
            summary.components.put(
                    c.id(), new ComponentStats(c.id(), c.name(), c.kind().behavior(), c.replicas()));
        }
        List<ProcessInfo> processes = trace.header().processes();
        ComponentStats[] byProcess = new ComponentStats[processes.size()];
        for (int p = 0; p < byProcess.length; p++) {
            byProcess[p] = summary.components.get(processes.get(p).component());
        }
        int messages = trace.messageCount();
        long[] firstReceive = new long[messages];
        Arrays.fill(firstReceive, -1);
        for (int seq = 0; seq < size; seq++) {
            EventType type = trace.type(seq);
            int msg = trace.message(seq);
            switch (type) {
                case SEND -> {
                    summary.sent(trace, byProcess, msg);
                    summary.answered(trace, byProcess, seq, msg, firstReceive);
                }
                case RECEIVE -> {
                    summary.delivered++;
                    if (firstReceive[msg] < 0) {
                        firstReceive[msg] = trace.time(seq);
                        summary.received(trace, byProcess, seq, msg);
                    }
                }
                case DROP -> summary.drops.merge(trace.reason(seq), 1L, Long::sum);
                default -> {}
            }
        }
        return summary;
    }

    private void sent(Trace trace, ComponentStats[] byProcess, int msg) {
        messages++;
        int n = trace.messageCopies(msg);
        copies += n;
        if (n > 1) {
            duplicated++;
        }
        ComponentStats sender = byProcess[trace.messageFrom(msg)];
        if (sender != null && sender.isClient() && trace.messageKind(msg) == MessageKind.REQUEST) {
            sender.sent++;
        }
    }

    /** A client's first receipt of the answer to one of its requests. */
    private void received(Trace trace, ComponentStats[] byProcess, int seq, int msg) {
        ComponentStats receiver = byProcess[trace.process(seq)];
        int request = trace.messageReplyTo(msg);
        if (receiver == null || !receiver.isClient() || request < 0 || trace.messageKind(msg) != MessageKind.RESPONSE) {
            return;
        }
        receiver.answered++;
        count(receiver, trace.messageStatus(msg));
        receiver.latency.record(trace.time(seq) - trace.time(trace.sendSeq(request)));
    }

    /** A server answering a request: from its first receipt of the request to the answer. */
    private void answered(Trace trace, ComponentStats[] byProcess, int seq, int msg, long[] firstReceive) {
        int request = trace.messageReplyTo(msg);
        MessageKind kind = trace.messageKind(msg);
        if (request < 0 || (kind != MessageKind.RESPONSE && kind != MessageKind.ACK)) {
            return;
        }
        ComponentStats server = byProcess[trace.process(seq)];
        if (server == null || firstReceive[request] < 0) {
            return;
        }
        server.answered++;
        count(server, trace.messageStatus(msg));
        server.latency.record(trace.time(seq) - firstReceive[request]);
    }

    private static void count(ComponentStats stats, Status status) {
        if (status.isSuccess()) {
            stats.succeeded++;
        } else {
            stats.errors++;
            if (status == Status.REJECTED) {
                stats.rejected++;
            }
        }
    }

    /** Virtual time covered, in microseconds. */
    public long duration() {
        return duration;
    }

    /** Trace events. */
    public int events() {
        return events;
    }

    /** Messages sent (a duplicated message counts once). */
    public long messages() {
        return messages;
    }

    /** Copies on the wire: messages plus duplicates. */
    public long copies() {
        return copies;
    }

    public long duplicated() {
        return duplicated;
    }

    /** Copies received. */
    public long delivered() {
        return delivered;
    }

    /** Copies dropped, all reasons. */
    public long dropped() {
        return drops.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Copies dropped for {@code reason}. */
    public long dropped(DropReason reason) {
        return drops.getOrDefault(reason, 0L);
    }

    /** Copies neither delivered nor dropped when the trace ends. */
    public long inFlight() {
        return copies - delivered - dropped();
    }

    /** Every component, in design order. */
    public List<ComponentStats> components() {
        return new ArrayList<>(components.values());
    }

    /** Requests per second of virtual time. */
    public double perSecond(long count) {
        return duration <= 0 ? 0 : count * 1_000_000.0 / duration;
    }
}
