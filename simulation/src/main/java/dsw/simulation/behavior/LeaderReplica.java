package dsw.simulation.behavior;

import dsw.model.pattern.Replication;
import dsw.model.trace.Decision;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Forward;
import dsw.simulation.message.ForwardReply;
import dsw.simulation.message.HeartbeatReply;
import dsw.simulation.message.LeaderHeartbeat;
import dsw.simulation.message.LeaderVersion;
import dsw.simulation.message.LeaderWrite;
import dsw.simulation.message.LeaderWriteAck;
import dsw.simulation.message.Message;
import dsw.simulation.message.Request;
import dsw.simulation.message.Snapshot;
import dsw.simulation.message.Timer;
import dsw.simulation.message.Versioned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One instance of a database or cache under single-leader replication. The group's first instance
 * leads term 1. The leader stores each write with a new version (its term and the key's counter),
 * sends it to every follower and answers it after all, one or none of them acknowledged it
 * (synchronous, semi-synchronous, asynchronous: then it ships its writes in a batch before
 * each heartbeat, so followers lag up to one heartbeat interval); a follower passes writes, and reads unless it may
 * answer them itself, on to the leader it knows. The leader sends heartbeats; under automatic
 * failover a follower that hears nothing for the failover timeout (plus two heartbeat intervals
 * per follower before it in group order) takes over with the next term; under manual failover only a
 * {@code promote} fault makes a new leader. A leader steps down when it hears of a newer term; with
 * fencing, followers refuse writes of an older term and a leader no follower has confirmed for the
 * failover timeout refuses writes. A follower that adopts a new leader sends it its data, which
 * the new leader takes where newer during its first heartbeat interval (so a write any surviving
 * follower holds survives); after that, followers that were away or follow it anew get a {@link
 * Snapshot} of its data. A delete is a write of a tombstone ({@link ReplicaValue#tombstone}): forwarded,
 * versioned, shipped and snapshotted like any write, it reads as {@code not found}. Not thread-safe.
 */
final class LeaderReplica {
    /** How long a leader waits for acknowledgements before a write that needs them fails. */
    static final long WRITE_TIMEOUT = Micros.PER_SECOND;
    /** Heartbeats per failover timeout. */
    private static final int BEATS_PER_TIMEOUT = 5;
    /** No leader known (after stepping down, until the new one is heard from). */
    private static final int UNKNOWN = -1;

    /** A write this leader waits acknowledgements for, or a request this follower forwarded. */
    private static final class Pending {
        final Job job;
        final Envelope forwarded;
        final int key;
        final ReplicaValue written;
        final int needed;
        final List<Integer> acks = new ArrayList<>();
        boolean answered;

        Pending(Job job, Envelope forwarded, int key, ReplicaValue written, int needed) {
            this.job = job;
            this.forwarded = forwarded;
            this.key = key;
            this.written = written;
            this.needed = needed;
        }
    }

    private final Replication.SingleLeader settings;
    private final int self;
    private final int[] members;
    private final Topology topology;
    private final AcknowledgedWrites acknowledged;
    private final LeaderlessReplica.Answer answer;
    private final long interval;

    // Durable: kept through a crash (a cache's data excepted).
    private final Map<Integer, ReplicaValue> data = new HashMap<>();
    private long term = 1;
    private int leader;
    private boolean started;

    // Volatile: lost in a crash.
    private final Map<Integer, Pending> pending = new HashMap<>();
    /** An asynchronous leader's writes not yet shipped to the followers, in write order. */
    private final List<LeaderWrite> unshipped = new ArrayList<>();

    private final TreeSet<Integer> behind = new TreeSet<>();
    private long heardAt;
    private long confirmedAt;
    private boolean needsSync;
    private boolean refusing;
    /** A new leader, for one heartbeat interval: it takes the followers' data before it counts lost writes. */
    private boolean catchingUp;

    private int nextOp;

    LeaderReplica(
            Topology topology,
            int process,
            Replication.SingleLeader settings,
            AcknowledgedWrites acknowledged,
            LeaderlessReplica.Answer answer) {
        this.settings = settings;
        this.self = process;
        this.topology = topology;
        this.members = ReplicaGroup.members(topology, process);
        this.leader = members[0];
        this.acknowledged = acknowledged;
        this.answer = answer;
        this.interval = Math.max(1, settings.failoverTimeout() / BEATS_PER_TIMEOUT);
        acknowledged.keepHistory();
    }

    /** The replication a component uses, when it is single-leader. */
    static Replication.SingleLeader of(Topology topology, int process) {
        return topology.componentOf(process).patterns().replication() instanceof Replication.SingleLeader s ? s : null;
    }

    /** The process starts, at time 0 or after a recovery: it waits a full timeout for the leader, or leads. */
    void start(Node node) {
        confirmedAt = started ? Long.MIN_VALUE / 2 : node.now();
        needsSync = started && leader != self;
        started = true;
        heardAt = node.now();
        if (leader == self) {
            beat(node);
        }
        node.setTimer(interval, new Timer.LeaderTick());
    }

    /** A crash loses the requests in progress; a cache also loses its data. Term and leader are kept. */
    void onCrash(boolean volatileData) {
        pending.clear();
        unshipped.clear();
        behind.clear();
        refusing = false;
        catchingUp = false;
        if (volatileData) {
            data.clear();
        }
    }

    // ---- client requests ----

    /** Serves {@code job}, a read, write or increment this instance received, or passes it on to the leader. */
    void coordinate(Node node, Job job) {
        Message body = job.envelope.body();
        boolean read = body.operation() == Operation.READ;
        if (read && (leader == self || settings.readFrom() == Replication.SingleLeader.ReadFrom.FOLLOWERS)) {
            ReplicaValue stored = data.getOrDefault(body.key(), ReplicaValue.NONE);
            staleCheck(node, body.key(), stored);
            answer.send(node, job, status(stored), stored.size(), versioned(stored));
        } else if (leader == self) {
            write(node, new Pending(job, null, body.key(), null, 0), body);
        } else if (leader == UNKNOWN) {
            node.local(ServerHandler.describe(job) + " failed: " + name(self) + " knows no leader");
            answer.send(node, job, Status.ERROR, 0, null);
        } else {
            int op = nextOp++;
            pending.put(op, new Pending(job, null, body.key(), null, 0));
            node.setTimer(2 * WRITE_TIMEOUT, new Timer.ReplicaWait(op));
            Versioned based = body instanceof Request request ? request.data() : null;
            node.sendToPeer(leader, new Forward(op, body.request(), body.operation(), body.key(), body.size(), based));
        }
    }

    /** As leader: stores a write (or increment) with a new version, sends it to the followers and answers when the mode allows. */
    private void write(Node node, Pending request, Message body) {
        int key = body.key();
        if (settings.fencing() && node.now() - confirmedAt >= settings.failoverTimeout()) {
            if (!refusing) {
                refusing = true;
                node.decide(
                        Decision.FENCED,
                        name(self) + " refuses writes: no follower has confirmed term " + term + " for "
                                + Micros.humanize(settings.failoverTimeout()));
            }
            reply(node, request, Status.ERROR, ReplicaValue.NONE);
            return;
        }
        ReplicaValue old = data.getOrDefault(key, ReplicaValue.NONE);
        long version = LeaderVersion.of(term, LeaderVersion.counter(old.version()) + 1);
        ReplicaValue written = body.operation() == Operation.DELETE
                ? ReplicaValue.tombstone(version)
                : new ReplicaValue(version, written(body, old), body.size());
        data.put(key, written);
        int followers = members.length - 1;
        int needed =
                switch (settings.mode()) {
                    case SYNCHRONOUS -> followers;
                    case SEMI_SYNCHRONOUS -> Math.min(1, followers);
                    case ASYNCHRONOUS -> 0;
                };
        Pending p = new Pending(request.job, request.forwarded, key, written, needed);
        int op = nextOp++;
        if (followers > 0) {
            pending.put(op, p);
            node.setTimer(WRITE_TIMEOUT, new Timer.ReplicaWait(op));
        }
        LeaderWrite change =
                new LeaderWrite(op, body.request(), key, written.version(), written.value(), written.size());
        if (needed == 0) {
            unshipped.add(change);
        } else {
            ship(node, change);
        }
        progress(node, p);
    }

    /** The value a write or increment sets: the read-modify-write's value, one more than {@code old}, or the request's number. */
    private static long written(Message body, ReplicaValue old) {
        Versioned based = body instanceof Request r ? r.data() : body instanceof Forward f ? f.data() : null;
        if (based != null) {
            return based.value();
        }
        return body.operation() == Operation.INCREMENT ? old.count() + 1 : body.request();
    }

    /** Answers a leader's write once enough followers hold it. */
    private void progress(Node node, Pending p) {
        if (p.answered || p.acks.size() < p.needed) {
            return;
        }
        p.answered = true;
        acknowledged.acknowledged(p.key, p.written.version(), node.now());
        int other = acknowledged.acceptedAsLeader(self, term, node.now());
        if (other >= 0) {
            node.decide(
                    Decision.SPLIT_BRAIN,
                    "split brain: " + name(self) + " (term " + term + ") and " + name(other) + " (term "
                            + acknowledged.termOf(other) + ") both accept writes");
        }
        reply(node, p, Status.OK, p.written);
    }

    /**
     * Answers the client's job, or the follower that forwarded the request. A failure, and a delete
     * that took effect (its tombstone reads as absent, yet the answer is ok), carry no value.
     */
    private void reply(Node node, Pending p, Status status, ReplicaValue stored) {
        boolean deleted = status == Status.OK && stored.absent();
        Versioned data = status == Status.ERROR || deleted ? null : versioned(stored);
        if (p.job != null) {
            answer.send(node, p.job, status, stored.size(), data);
        } else if (p.forwarded != null) {
            Forward f = (Forward) p.forwarded.body();
            node.reply(
                    p.forwarded,
                    new ForwardReply(f.op(), f.request(), f.operation(), f.key(), status, data, stored.size()));
        }
    }

    /** The observer's note: a read answered older data than the component had acknowledged. */
    private void staleCheck(Node node, int key, ReplicaValue stored) {
        AcknowledgedWrites.Acknowledged newest = acknowledged.newest(key);
        if (stored.version() < newest.version()) {
            node.decide(
                    Decision.STALE_READ,
                    "stale read k" + key + " on " + name(self) + ": answered version "
                            + LeaderVersion.text(stored.version()) + ", version " + LeaderVersion.text(newest.version())
                            + " was acknowledged at " + Micros.humanize(newest.at()));
        }
    }

    // ---- messages between replicas ----

    /** A message from a peer replica; false when it is none of this protocol's. */
    boolean onMessage(Node node, Envelope envelope) {
        Message body = envelope.body();
        int from = envelope.from();
        if (body instanceof LeaderHeartbeat beat) {
            onHeartbeat(node, envelope, beat);
        } else if (body instanceof HeartbeatReply reply) {
            onHeartbeatReply(node, from, reply);
        } else if (body instanceof LeaderWrite write) {
            onWrite(node, envelope, write);
        } else if (body instanceof LeaderWriteAck ack) {
            onAck(node, from, ack);
        } else if (body instanceof Snapshot snapshot) {
            onSnapshot(node, from, snapshot);
        } else if (body instanceof Forward forward) {
            onForward(node, envelope, forward);
        } else if (body instanceof ForwardReply reply) {
            onForwardReply(node, reply);
        } else {
            return false;
        }
        return true;
    }

    private void onHeartbeat(Node node, Envelope envelope, LeaderHeartbeat beat) {
        int from = envelope.from();
        if (beat.term() > term || (beat.term() == term && (from == leader || leader == UNKNOWN || from < leader))) {
            follow(node, from, beat.term(), "heartbeat");
        }
        node.reply(envelope, new HeartbeatReply(term, leader, beat.sentAt(), needsSync));
    }

    private void onHeartbeatReply(Node node, int from, HeartbeatReply reply) {
        if (reply.term() > term || (reply.term() == term && reply.leader() != self && leader == self)) {
            follow(node, reply.leader(), reply.term(), "reply");
            return;
        }
        if (leader != self || reply.term() != term) {
            return;
        }
        confirmedAt = Math.max(confirmedAt, reply.sentAt());
        refusing = false;
        if (!catchingUp && (reply.needsSync() || behind.contains(from))) {
            behind.remove(from);
            node.sendToPeer(from, snapshot());
        }
    }

    /** All this replica holds, in key order. */
    private Snapshot snapshot() {
        List<Snapshot.Entry> entries = new ArrayList<>();
        new TreeMap<>(data).forEach((key, s) -> entries.add(new Snapshot.Entry(key, s.version(), s.value(), s.size())));
        return new Snapshot(term, entries);
    }

    private void onWrite(Node node, Envelope envelope, LeaderWrite write) {
        long writeTerm = LeaderVersion.term(write.version());
        boolean refused = settings.fencing() && writeTerm < term;
        if (!refused) {
            if (writeTerm > term || (writeTerm == term && leader == UNKNOWN)) {
                follow(node, envelope.from(), writeTerm, "write");
            }
            if (envelope.from() == leader) {
                heardAt = node.now();
            }
            ReplicaValue old = data.getOrDefault(write.key(), ReplicaValue.NONE);
            if (write.version() > old.version()) {
                data.put(write.key(), new ReplicaValue(write.version(), write.value(), write.size()));
            }
        }
        node.reply(
                envelope, new LeaderWriteAck(write.op(), write.request(), write.key(), write.version(), term, refused));
    }

    private void onAck(Node node, int from, LeaderWriteAck ack) {
        if (ack.term() > term) {
            follow(node, UNKNOWN, ack.term(), "ack");
        }
        Pending p = pending.get(ack.op());
        if (p == null || ack.refused() || leader != self) {
            return;
        }
        p.acks.add(from);
        progress(node, p);
        if (p.acks.size() == members.length - 1) {
            pending.remove(ack.op());
            acknowledged.settled(p.key, p.written.version());
        }
    }

    private void onSnapshot(Node node, int from, Snapshot snapshot) {
        if (leader == self) {
            if (catchingUp && snapshot.term() == term) {
                int taken = 0;
                for (Snapshot.Entry e : snapshot.entries()) {
                    if (e.version()
                            > data.getOrDefault(e.key(), ReplicaValue.NONE).version()) {
                        data.put(e.key(), new ReplicaValue(e.version(), e.value(), e.size()));
                        taken++;
                    }
                }
                node.local(name(self) + " catches up from " + name(from) + ": " + Text.count(taken, "newer key"));
            }
            return;
        }
        if (snapshot.term() < term) {
            return;
        }
        follow(node, from, snapshot.term(), "snapshot");
        heardAt = node.now();
        needsSync = false;
        data.clear();
        for (Snapshot.Entry e : snapshot.entries()) {
            data.put(e.key(), new ReplicaValue(e.version(), e.value(), e.size()));
        }
        node.local(name(self) + " takes the data of " + name(from) + ": " + Text.count(data.size(), "key"));
    }

    private void onForward(Node node, Envelope envelope, Forward forward) {
        Pending request = new Pending(null, envelope, forward.key(), null, 0);
        if (leader != self) {
            reply(node, request, Status.ERROR, ReplicaValue.NONE);
        } else if (forward.operation() == Operation.READ) {
            ReplicaValue stored = data.getOrDefault(forward.key(), ReplicaValue.NONE);
            reply(node, request, status(stored), stored);
        } else {
            write(node, request, forward);
        }
    }

    private void onForwardReply(Node node, ForwardReply reply) {
        Pending p = pending.remove(reply.op());
        if (p != null && p.job != null) {
            answer.send(node, p.job, reply.status(), reply.bytes(), reply.data());
        }
    }

    // ---- timers ----

    /** A timer of this protocol; others are ignored. */
    void onTimer(Node node, Timer timer) {
        if (timer instanceof Timer.LeaderTick) {
            tick(node);
        } else if (timer instanceof Timer.ReplicaWait wait) {
            waitOver(node, wait.op());
        }
    }

    /** The leader sends heartbeats; a follower that has not heard the leader for long enough takes over. */
    private void tick(Node node) {
        node.setTimer(interval, new Timer.LeaderTick());
        if (leader == self) {
            if (catchingUp) {
                catchingUp = false;
                reportLost(node);
            }
            beat(node);
            return;
        }
        long silence = node.now() - heardAt;
        if (settings.failover() == Replication.SingleLeader.Failover.AUTOMATIC
                && silence >= settings.failoverTimeout() + 2L * rank() * interval) {
            String was = leader == UNKNOWN ? "no leader" : name(leader);
            takeOver(node, was + " silent for " + Micros.humanize(silence));
        }
    }

    /**
     * This instance's place among the followers in group order: it waits two heartbeat intervals
     * longer per follower before it, more than a tick's lateness and the new leader's announcement take.
     */
    private int rank() {
        int rank = 0;
        for (int member : members) {
            if (member == self) {
                return rank;
            }
            if (member != leader) {
                rank++;
            }
        }
        return rank;
    }

    /** Sends a write to every follower. */
    private void ship(Node node, LeaderWrite change) {
        for (int peer : members) {
            if (peer != self) {
                node.sendToPeer(peer, change);
            }
        }
    }

    /** Ships the writes held back since the last heartbeat, then sends the heartbeat. */
    private void beat(Node node) {
        unshipped.forEach(change -> ship(node, change));
        unshipped.clear();
        for (int peer : members) {
            if (peer != self) {
                node.sendToPeer(peer, new LeaderHeartbeat(term, node.now()));
            }
        }
    }

    private void waitOver(Node node, int op) {
        Pending p = pending.remove(op);
        if (p == null) {
            return;
        }
        if (p.job != null && p.written == null) {
            node.local("no answer from " + name(leader) + " within " + Micros.humanize(2 * WRITE_TIMEOUT) + " to "
                    + ServerHandler.describe(p.job));
            answer.send(node, p.job, Status.ERROR, 0, null);
            return;
        }
        for (int peer : members) {
            if (peer != self && !p.acks.contains(peer)) {
                behind.add(peer);
            }
        }
        if (!p.answered) {
            node.local("k" + p.key + " v" + LeaderVersion.text(p.written.version()) + ": " + p.acks.size() + " of "
                    + p.needed + " acknowledgements within " + Micros.humanize(WRITE_TIMEOUT));
            p.answered = true;
            reply(node, p, Status.ERROR, ReplicaValue.NONE);
        }
    }

    // ---- roles ----

    /** Called by the kernel for a {@code promote} fault: this instance becomes leader now. */
    void promote(Node node) {
        if (leader == self) {
            node.local(name(self) + " is already the leader");
        } else {
            takeOver(node, "promoted by the operator");
        }
    }

    private void takeOver(Node node, String why) {
        term++;
        leader = self;
        confirmedAt = node.now();
        refusing = false;
        needsSync = false;
        catchingUp = true;
        node.decide(Decision.FAILOVER, name(self) + " takes over as leader, term " + term + " (" + why + ")");
        beat(node);
    }

    /** The observer's note, once a new leader has caught up: the acknowledged writes it does not hold are lost. */
    private void reportLost(Node node) {
        Map<Integer, Long> held = new HashMap<>();
        data.forEach((key, stored) -> held.put(key, stored.version()));
        for (AcknowledgedWrites.Lost lost : acknowledged.lostBy(held)) {
            node.decide(
                    Decision.LOST_WRITE,
                    "k" + lost.key() + " version " + LeaderVersion.text(lost.version()) + " acknowledged at "
                            + Micros.humanize(lost.at()) + " is lost: new leader " + name(self)
                            + " never received it");
        }
    }

    /** Follows {@code newLeader} (or no one known) in {@code newTerm}; a leader steps down, failing its pending writes. */
    private void follow(Node node, int newLeader, long newTerm, String heardBy) {
        boolean wasLeader = leader == self;
        boolean changed = newLeader != leader || newTerm != term;
        term = newTerm;
        leader = newLeader;
        heardAt = node.now();
        if (!changed) {
            return;
        }
        needsSync = true;
        if (newLeader != UNKNOWN && newLeader != self) {
            node.sendToPeer(newLeader, snapshot());
        }
        if (!wasLeader) {
            return;
        }
        acknowledged.steppedDown(self);
        unshipped.clear();
        String text = name(self) + " steps down: term " + newTerm + " is newer (heard by " + heardBy + ")";
        if (settings.fencing()) {
            node.decide(Decision.FENCED, text);
        } else {
            node.local(text);
        }
        List<Integer> ops = new ArrayList<>(new TreeMap<>(pending).keySet());
        for (int op : ops) {
            Pending p = pending.remove(op);
            if (!p.answered) {
                p.answered = true;
                reply(node, p, Status.ERROR, ReplicaValue.NONE);
            }
        }
    }

    /** What this replica holds: each key's value, keys ascending; a deleted key is absent. */
    SortedMap<Integer, List<Long>> held() {
        return ReplicaValue.held(data);
    }

    private static Status status(ReplicaValue stored) {
        return stored.absent() ? Status.NOT_FOUND : Status.OK;
    }

    private static Versioned versioned(ReplicaValue stored) {
        return new Versioned(stored.count(), stored.version());
    }

    private String name(int process) {
        return topology.process(process).id();
    }
}
