package dsw.app.spacetime;

import dsw.model.trace.Decision;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds traces by hand for tests, with Lamport clocks kept the way the simulation keeps them. */
final class TestTraces {
    final Trace trace;
    private final long[] lamport;
    private final List<Long> sentLamport = new ArrayList<>();

    private TestTraces(String... processes) {
        List<ProcessInfo> infos = Arrays.stream(processes)
                .map(p -> new ProcessInfo(p, p, "service", 1))
                .toList();
        trace = new Trace(new TraceHeader(7, "test", infos, List.of("link")));
        lamport = new long[processes.length];
    }

    static TestTraces of(String... processes) {
        return new TestTraces(processes);
    }

    int p(String name) {
        return trace.header().indexOf(name);
    }

    /** Sends a message; returns its id. */
    int send(long time, String from, String to) {
        int f = p(from);
        int msg =
                trace.addMessage(f, p(to), 0, MessageKind.REQUEST, Operation.READ, 42, Status.NONE, -1, -1, 100, null);
        lamport[f]++;
        sentLamport.add(lamport[f]);
        trace.append(time, EventType.SEND, f, msg, lamport[f], time, DropReason.NONE, null);
        return msg;
    }

    /** The seq of the send of a message. */
    int sendSeq(int msg) {
        trace.publish();
        return trace.sendSeq(msg);
    }

    int receive(long time, int msg) {
        int to = trace.messageTo(msg);
        lamport[to] = Math.max(lamport[to], sentLamport.get(msg)) + 1;
        return trace.append(time, EventType.RECEIVE, to, msg, lamport[to], time, DropReason.NONE, null);
    }

    int drop(long time, int msg, DropReason reason) {
        return trace.append(time, EventType.DROP, -1, msg, 0, time, reason, null);
    }

    void duplicate(int msg) {
        trace.markDuplicated(msg);
    }

    int event(long time, String process, EventType type) {
        int p = p(process);
        lamport[p]++;
        return trace.append(time, type, p, -1, lamport[p], time, DropReason.NONE, null);
    }

    /** A pattern's decision at a process: a LOCAL event carrying it, with its label. */
    int decision(long time, String process, Decision decision, String label) {
        int p = p(process);
        lamport[p]++;
        return trace.append(time, EventType.LOCAL, p, -1, lamport[p], time, DropReason.NONE, decision, label);
    }

    int fault(long time, String detail) {
        return trace.append(time, EventType.FAULT, -1, -1, 0, time, DropReason.NONE, detail);
    }

    Trace done() {
        trace.publish();
        return trace;
    }

    /**
     * A client calls an api that calls a db (messages 0 to 3), a concurrent local event at the
     * client, a message the network loses (4), a partition fault, a duplicated message (5), a
     * pause of the api and a crash of the db.
     */
    static Shop shop() {
        TestTraces t = of("client", "api", "db");
        Shop s = new Shop();
        s.t = t;
        s.request = t.send(0, "client", "api");
        s.apiReceive = t.receive(100, s.request);
        s.query = t.send(110, "api", "db");
        s.clientLocal = t.event(120, "client", EventType.LOCAL);
        s.dbReceive = t.receive(300, s.query);
        s.result = t.send(310, "db", "api");
        s.apiGetsResult = t.receive(400, s.result);
        s.reply = t.send(410, "api", "client");
        s.clientReceive = t.receive(500, s.reply);
        s.lost = t.send(600, "client", "api");
        s.fault = t.fault(650, "partition api | db");
        s.drop = t.drop(700, s.lost, DropReason.LOSS);
        s.copied = t.send(800, "api", "db");
        t.duplicate(s.copied);
        s.firstCopy = t.receive(900, s.copied);
        s.secondCopy = t.receive(950, s.copied);
        s.pause = t.event(1000, "api", EventType.PAUSE);
        s.crash = t.event(1050, "db", EventType.CRASH);
        s.resume = t.event(1100, "api", EventType.RESUME);
        s.recover = t.event(1200, "db", EventType.RECOVER);
        s.trace = t.done();
        return s;
    }

    /** The seqs and message ids of {@link #shop()}. */
    static final class Shop {
        TestTraces t;
        Trace trace;
        int request;
        int apiReceive;
        int query;
        int clientLocal;
        int dbReceive;
        int result;
        int apiGetsResult;
        int reply;
        int clientReceive;
        int lost;
        int fault;
        int drop;
        int copied;
        int firstCopy;
        int secondCopy;
        int pause;
        int crash;
        int resume;
        int recover;
    }
}
