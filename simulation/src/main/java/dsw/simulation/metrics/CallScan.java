package dsw.simulation.metrics;

import dsw.model.kind.Behavior;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.trace.Decision;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One forward pass over a trace that recognises calls, the way {@link RunSummary} counts them: a
 * client's request answered (from sending the request to the first receipt of its answer) and a
 * server answering a request (from its first receipt of the request to sending the answer). It can
 * stop at any event and continue later, so a view can follow a growing trace without starting over.
 * Not thread-safe: one thread drives a scan.
 */
public final class CallScan {

    /** What the pass finds, event by event in seq order. Every method does nothing by default. */
    public interface Listener {
        /** Event {@code seq} sends message {@code msg}. */
        default void sent(int seq, int msg) {}

        /** Event {@code seq} receives a copy of {@code msg}; {@code first} for its first copy. */
        default void received(int seq, int msg, boolean first) {}

        /** A client sends a request of its own at event {@code seq}. */
        default void requested(int seq, int client) {}

        /**
         * A process that is no client sends a request at event {@code seq}: a call made downstream
         * to serve some client's request (retries and hedges included).
         */
        default void calledDownstream(int seq, int caller) {}

        /** A pattern decided something at process {@code process}, event {@code seq} (a local event). */
        default void decided(int seq, int process, Decision decision) {}

        /**
         * A client's first receipt, at event {@code seq}, of the answer to one of its requests.
         *
         * @param latency from sending the request to this receipt, in microseconds
         */
        default void clientAnswered(int seq, int client, Status status, long latency) {}

        /**
         * A server answers a request at event {@code seq} (a response or an acknowledgement).
         *
         * @param latency from its first receipt of the request to this answer, in microseconds
         */
        default void serverAnswered(int seq, int server, Status status, long latency) {}

        /** The network drops a copy of a message at event {@code seq}. */
        default void dropped(int seq, int msg, DropReason reason) {}
    }

    private final Trace trace;
    private final boolean[] clients;
    private long[] firstReceive = new long[1024];
    private int next;

    /**
     * A pass over {@code trace} from its first event.
     *
     * @param clients per process number, whether it is a client
     */
    public CallScan(Trace trace, boolean[] clients) {
        this.trace = Objects.requireNonNull(trace, "trace");
        if (clients.length != trace.header().processCount()) {
            throw new IllegalArgumentException("clients for " + clients.length + " processes, the trace has "
                    + trace.header().processCount());
        }
        this.clients = clients.clone();
        Arrays.fill(firstReceive, -1);
    }

    /** A pass over {@code trace} whose clients are the processes of the standard client kinds. */
    public static CallScan of(Trace trace) {
        return new CallScan(trace, clients(trace.header().processes()));
    }

    /** Per process, whether its kind (in the standard catalog) acts as a client. */
    public static boolean[] clients(List<ProcessInfo> processes) {
        boolean[] clients = new boolean[processes.size()];
        for (int p = 0; p < clients.length; p++) {
            clients[p] = KindCatalog.standard()
                            .find(processes.get(p).kind())
                            .map(ComponentKind::behavior)
                            .orElse(null)
                    == Behavior.CLIENT;
        }
        return clients;
    }

    /** Whether process {@code process} is a client. */
    public boolean isClient(int process) {
        return process >= 0 && clients[process];
    }

    /** The next event the pass will visit: the events below it have been visited. */
    public int position() {
        return next;
    }

    /**
     * Visits the events from {@link #position()} up to {@code to} (exclusive, at most the trace's
     * published size), reporting to {@code listener}.
     */
    public void scan(int to, Listener listener) {
        Objects.checkFromToIndex(next, to, trace.size());
        for (int seq = next; seq < to; seq++) {
            EventType type = trace.type(seq);
            int msg = trace.message(seq);
            switch (type) {
                case SEND -> {
                    listener.sent(seq, msg);
                    sent(seq, msg, listener);
                }
                case RECEIVE -> {
                    ensure(msg);
                    boolean first = firstReceive[msg] < 0;
                    listener.received(seq, msg, first);
                    if (first) {
                        firstReceive[msg] = trace.time(seq);
                        received(seq, msg, listener);
                    }
                }
                case DROP -> listener.dropped(seq, msg, trace.reason(seq));
                case LOCAL -> {
                    Decision decision = trace.decision(seq);
                    if (decision != Decision.NONE) {
                        listener.decided(seq, trace.process(seq), decision);
                    }
                }
                default -> {}
            }
        }
        next = to;
    }

    private void sent(int seq, int msg, Listener listener) {
        int from = trace.messageFrom(msg);
        MessageKind kind = trace.messageKind(msg);
        if (kind == MessageKind.REQUEST) {
            if (isClient(from)) {
                listener.requested(seq, from);
            } else {
                listener.calledDownstream(seq, from);
            }
        }
        int request = trace.messageReplyTo(msg);
        if (request < 0 || (kind != MessageKind.RESPONSE && kind != MessageKind.ACK)) {
            return;
        }
        ensure(request);
        if (firstReceive[request] < 0) {
            return;
        }
        listener.serverAnswered(
                seq, trace.process(seq), trace.messageStatus(msg), trace.time(seq) - firstReceive[request]);
    }

    private void received(int seq, int msg, Listener listener) {
        int receiver = trace.process(seq);
        int request = trace.messageReplyTo(msg);
        if (!isClient(receiver) || request < 0 || trace.messageKind(msg) != MessageKind.RESPONSE) {
            return;
        }
        listener.clientAnswered(
                seq, receiver, trace.messageStatus(msg), trace.time(seq) - trace.time(trace.sendSeq(request)));
    }

    private void ensure(int msg) {
        if (msg >= firstReceive.length) {
            int old = firstReceive.length;
            firstReceive = Arrays.copyOf(firstReceive, Math.max(msg + 1, old * 2));
            Arrays.fill(firstReceive, old, firstReceive.length, -1);
        }
    }
}
