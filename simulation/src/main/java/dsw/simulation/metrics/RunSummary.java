package dsw.simulation.metrics;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.trace.Decision;
import dsw.model.trace.DropReason;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import java.util.ArrayList;
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
    private long clientRequests;
    private long clientSucceeded;
    private long downstreamCalls;
    private final Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
    private final Map<Decision, Long> decisions = new EnumMap<>(Decision.class);
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
                    c.id(), new ComponentStats(c.id(), c.name(), c.kind().behavior(), c.instances()));
        }
        List<ProcessInfo> processes = trace.header().processes();
        ComponentStats[] byProcess = new ComponentStats[processes.size()];
        for (int p = 0; p < byProcess.length; p++) {
            byProcess[p] = summary.components.get(processes.get(p).component());
        }
        boolean[] clients = new boolean[byProcess.length];
        for (int p = 0; p < clients.length; p++) {
            clients[p] = byProcess[p] != null && byProcess[p].isClient();
        }
        new CallScan(trace, clients).scan(size, summary.new Counter(trace, byProcess));
        return summary;
    }

    /** Adds what a pass over the trace finds to this summary. */
    private final class Counter implements CallScan.Listener {
        private final Trace trace;
        private final ComponentStats[] byProcess;

        Counter(Trace trace, ComponentStats[] byProcess) {
            this.trace = trace;
            this.byProcess = byProcess;
        }

        @Override
        public void sent(int seq, int msg) {
            messages++;
            int n = trace.messageCopies(msg);
            copies += n;
            if (n > 1) {
                duplicated++;
            }
        }

        @Override
        public void received(int seq, int msg, boolean first) {
            delivered++;
        }

        @Override
        public void requested(int seq, int client) {
            byProcess[client].sent++;
            clientRequests++;
        }

        @Override
        public void calledDownstream(int seq, int caller) {
            downstreamCalls++;
        }

        @Override
        public void decided(int seq, int process, Decision decision) {
            decisions.merge(decision, 1L, Long::sum);
        }

        @Override
        public void clientAnswered(int seq, int client, Status status, long latency) {
            ComponentStats receiver = byProcess[client];
            receiver.answered++;
            if (status.isSuccess()) {
                clientSucceeded++;
            }
            count(receiver, status);
            receiver.latency.record(latency);
        }

        @Override
        public void serverAnswered(int seq, int server, Status status, long latency) {
            ComponentStats stats = byProcess[server];
            if (stats == null) {
                return;
            }
            stats.answered++;
            count(stats, status);
            stats.latency.record(latency);
        }

        @Override
        public void dropped(int seq, int msg, DropReason reason) {
            drops.merge(reason, 1L, Long::sum);
        }
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

    /** Requests the clients sent: the offered load. */
    public long clientRequests() {
        return clientRequests;
    }

    /** Clients' requests answered successfully: the goodput. */
    public long clientSucceeded() {
        return clientSucceeded;
    }

    /** Requests sent by processes that are not clients: calls made downstream, retries included. */
    public long downstreamCalls() {
        return downstreamCalls;
    }

    /**
     * Downstream calls per client request (0 without client requests): 2 when serving a request
     * takes two calls on average, more when retries multiply them.
     */
    public double amplification() {
        return clientRequests == 0 ? 0 : (double) downstreamCalls / clientRequests;
    }

    /** Retries the run's retry patterns scheduled ({@link Decision#RETRY} decisions). */
    public long retries() {
        return decisions(Decision.RETRY);
    }

    /** How many times patterns made this decision. */
    public long decisions(Decision decision) {
        return decisions.getOrDefault(decision, 0L);
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
