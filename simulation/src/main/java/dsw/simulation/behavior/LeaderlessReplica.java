package dsw.simulation.behavior;

import dsw.model.pattern.Replication;
import dsw.model.trace.Decision;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.value.Micros;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Message;
import dsw.simulation.message.QuorumRead;
import dsw.simulation.message.QuorumReply;
import dsw.simulation.message.QuorumVersion;
import dsw.simulation.message.Replicate;
import dsw.simulation.message.Timer;
import dsw.simulation.message.Versioned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance of a database or cache under leaderless replication. It holds every key; for the
 * requests it receives it is the coordinator: a write gets a new version (the key's counter plus
 * one, with this instance's number), is stored here and sent to every peer, and is answered once
 * W replicas (this one included) hold it; a read asks every peer and answers the newest of the
 * first R answers (its own included), then, with read repair, sends that version to the replicas
 * that answered older ones. Without W acknowledgements or R answers within {@link #TIMEOUT} the
 * request is answered {@code error}. With hinted handoff, a write a peer did not acknowledge in time
 * is kept here and sent again when that peer is next heard from. Not thread-safe.
 */
final class LeaderlessReplica {
    /** How long a coordinator waits for acknowledgements and answers. */
    static final long TIMEOUT = Micros.PER_SECOND;

    /** How a finished request is answered: the server's {@code finish}. */
    @FunctionalInterface
    interface Answer {
        void send(Node node, Job job, Status status, int valueBytes, Versioned data);
    }

    /** What a replica holds for one key. */
    private record Stored(long version, long value, int size) {
        static final Stored NONE = new Stored(0, 0, 0);
    }

    /** A write a peer missed, kept by its coordinator. */
    private record Hint(int peer, int request, int key, Stored stored) {}

    /** A request this replica coordinates, until every replica answered or the timeout. */
    private static final class Pending {
        final int op;
        final Job job;
        final boolean write;
        final int key;
        final Stored written;
        final AcknowledgedWrites.Acknowledged before;
        /** Answers by process, in arrival order; the first R (or W) decide. */
        final Map<Integer, Stored> answers = new LinkedHashMap<>();

        boolean answered;
        Stored newest = Stored.NONE;

        Pending(int op, Job job, boolean write, int key, Stored written, AcknowledgedWrites.Acknowledged before) {
            this.op = op;
            this.job = job;
            this.write = write;
            this.key = key;
            this.written = written;
            this.before = before;
        }
    }

    private final Replication.Leaderless quorum;
    private final int self;
    private final int instance;
    private final int[] peers;
    private final Topology topology;
    private final AcknowledgedWrites acknowledged;
    private final Answer answer;
    private final Map<Integer, Stored> data = new HashMap<>();
    private final Map<Integer, Pending> pending = new HashMap<>();
    private final List<Hint> hints = new ArrayList<>();
    /** Hints sent to a peer and not yet acknowledged, by the op their acknowledgement names. */
    private final Map<Integer, Hint> hintsInFlight = new HashMap<>();

    private int nextOp;

    LeaderlessReplica(
            Topology topology,
            int process,
            Replication.Leaderless quorum,
            AcknowledgedWrites acknowledged,
            Answer answer) {
        this.quorum = quorum;
        this.self = process;
        this.instance = topology.process(process).instance();
        this.topology = topology;
        this.acknowledged = acknowledged;
        this.answer = answer;
        this.peers = ReplicaGroup.peers(topology, process);
    }

    /** The replication a component uses, when it is leaderless. */
    static Replication.Leaderless of(Topology topology, int process) {
        return topology.componentOf(process).patterns().replication() instanceof Replication.Leaderless l ? l : null;
    }

    /** Coordinates {@code job}, a read, write or increment this replica received. */
    void coordinate(Node node, Job job) {
        Message body = job.envelope.body();
        int key = body.key();
        Stored local = data.getOrDefault(key, Stored.NONE);
        if (body.operation() == Operation.READ) {
            Pending read = start(node, job, false, key, null);
            read.answers.put(self, local);
            for (int peer : peers) {
                node.sendToPeer(peer, new QuorumRead(read.op, body.request(), key));
            }
            progress(node, read);
            return;
        }
        long value = body.operation() == Operation.INCREMENT ? local.value() + 1 : body.value();
        long version = QuorumVersion.of(QuorumVersion.counter(local.version()) + 1, instance);
        Stored written = new Stored(version, value, body.size());
        data.put(key, written);
        Pending write = start(node, job, true, key, written);
        write.answers.put(self, written);
        for (int peer : peers) {
            node.sendToPeer(
                    peer,
                    new Replicate(body.request(), Operation.WRITE, key, version, body.size(), write.op, value, false));
        }
        progress(node, write);
    }

    private Pending start(Node node, Job job, boolean write, int key, Stored written) {
        int op = nextOp++;
        Pending p = new Pending(op, job, write, key, written, acknowledged.newest(key));
        pending.put(op, p);
        node.setTimer(TIMEOUT, new Timer.QuorumTimeout(op));
        return p;
    }

    /** A message from a peer: a write or repair to store, a read to answer, or an answer to a request coordinated here. */
    boolean onMessage(Node node, Envelope envelope) {
        Message body = envelope.body();
        if (!(body instanceof Replicate) && !(body instanceof QuorumRead) && !(body instanceof QuorumReply)) {
            return false;
        }
        heardFrom(node, envelope.from());
        if (body instanceof Replicate change) {
            Stored stored = store(change.key(), new Stored(change.version(), change.value(), change.size()));
            if (change.op() >= 0) {
                node.reply(
                        envelope,
                        new QuorumReply(
                                change.op(),
                                change.request(),
                                Operation.WRITE,
                                change.key(),
                                stored.version(),
                                stored.value(),
                                0));
            }
        } else if (body instanceof QuorumRead read) {
            Stored stored = data.getOrDefault(read.key(), Stored.NONE);
            node.reply(
                    envelope,
                    new QuorumReply(
                            read.op(),
                            read.request(),
                            Operation.READ,
                            read.key(),
                            stored.version(),
                            stored.value(),
                            stored.size()));
        } else {
            answered(node, envelope.from(), (QuorumReply) body);
        }
        return true;
    }

    /** Keeps {@code offered} unless this replica already holds a newer version; returns what it holds. */
    private Stored store(int key, Stored offered) {
        Stored old = data.getOrDefault(key, Stored.NONE);
        if (offered.version() > old.version()) {
            data.put(key, offered);
            return offered;
        }
        return old;
    }

    private void answered(Node node, int from, QuorumReply reply) {
        Hint hint = hintsInFlight.remove(reply.op());
        if (hint != null) {
            hints.remove(hint);
            node.decide(
                    Decision.HINT_DELIVERED,
                    "hint for " + name(hint.peer()) + " delivered: k" + hint.key() + " version "
                            + QuorumVersion.text(hint.stored().version()));
            return;
        }
        Pending p = pending.get(reply.op());
        if (p == null || p.answers.containsKey(from)) {
            return;
        }
        p.answers.put(from, new Stored(reply.version(), reply.value(), reply.bytes()));
        progress(node, p);
        if (p.answers.size() == peers.length + 1) {
            pending.remove(reply.op());
        }
    }

    /** Answers the request once enough replicas have, and repairs the replicas behind the newest answer. */
    private void progress(Node node, Pending p) {
        int needed = p.write ? quorum.w() : quorum.r();
        if (!p.answered && p.answers.size() >= needed) {
            p.answered = true;
            if (p.write) {
                acknowledged.acknowledged(p.key, p.written.version(), node.now());
                answer.send(node, p.job, Status.OK, 0, null);
            } else {
                p.newest = newest(p.answers);
                staleCheck(node, p);
                answer.send(
                        node,
                        p.job,
                        p.newest.version() == 0 ? Status.NOT_FOUND : Status.OK,
                        p.newest.size(),
                        new Versioned(p.newest.value(), p.newest.version()));
            }
        }
        if (p.answered && !p.write && quorum.readRepair()) {
            repair(node, p);
        }
    }

    private static Stored newest(Map<Integer, Stored> answers) {
        Stored newest = Stored.NONE;
        for (Stored s : answers.values()) {
            if (s.version() > newest.version()) {
                newest = s;
            }
        }
        return newest;
    }

    /** The observer's note: the read answered older data than the component had acknowledged before it began. */
    private void staleCheck(Node node, Pending p) {
        if (p.newest.version() < p.before.version()) {
            node.decide(
                    Decision.STALE_READ,
                    "stale read k" + p.key + ": answered version " + QuorumVersion.text(p.newest.version())
                            + ", version " + QuorumVersion.text(p.before.version()) + " was acknowledged at "
                            + Micros.humanize(p.before.at()));
        }
    }

    /** Sends the newest version known to every replica that answered an older one (once each). */
    private void repair(Node node, Pending p) {
        Stored newest = newest(p.answers);
        if (newest.version() == 0) {
            return;
        }
        for (Map.Entry<Integer, Stored> e : p.answers.entrySet()) {
            Stored old = e.getValue();
            if (old.version() >= newest.version()) {
                continue;
            }
            int replica = e.getKey();
            node.decide(
                    Decision.READ_REPAIR,
                    "read repair k" + p.key + " on " + name(replica) + ": version " + QuorumVersion.text(old.version())
                            + " -> " + QuorumVersion.text(newest.version()));
            e.setValue(newest);
            if (replica == self) {
                store(p.key, newest);
            } else {
                Message body = p.job.envelope.body();
                node.sendToPeer(
                        replica,
                        new Replicate(
                                body.request(),
                                Operation.WRITE,
                                p.key,
                                newest.version(),
                                newest.size(),
                                -1,
                                newest.value(),
                                true));
            }
        }
    }

    /** The coordinator stops waiting for operation {@code op}: an unanswered request fails; missed writes become hints. */
    void onTimeout(Node node, Timer.QuorumTimeout timeout) {
        Hint hint = hintsInFlight.remove(timeout.op());
        if (hint != null) {
            return; // the peer did not acknowledge the hint; it is sent again when the peer is next heard from
        }
        Pending p = pending.remove(timeout.op());
        if (p == null) {
            return;
        }
        int needed = p.write ? quorum.w() : quorum.r();
        if (!p.answered) {
            node.decide(
                    Decision.QUORUM_FAILED,
                    ServerHandler.describe(p.job) + ": " + p.answers.size() + " of " + needed + " "
                            + (p.write ? "acknowledgements" : "answers") + " within " + Micros.humanize(TIMEOUT));
            answer.send(node, p.job, Status.ERROR, 0, null);
        }
        if (p.write && quorum.hintedHandoff()) {
            for (int peer : peers) {
                if (!p.answers.containsKey(peer)) {
                    Message body = p.job.envelope.body();
                    hints.add(new Hint(peer, body.request(), p.key, p.written));
                    node.decide(
                            Decision.HINT_STORED,
                            "hint for " + name(peer) + ": k" + p.key + " version "
                                    + QuorumVersion.text(p.written.version()) + " kept until it answers");
                }
            }
        }
    }

    /** A peer is reachable again: sends it the hints kept for it that are not already on their way. */
    private void heardFrom(Node node, int peer) {
        for (Hint hint : hints) {
            if (hint.peer() != peer || hintsInFlight.containsValue(hint)) {
                continue;
            }
            int op = nextOp++;
            hintsInFlight.put(op, hint);
            node.setTimer(TIMEOUT, new Timer.QuorumTimeout(op));
            node.sendToPeer(
                    peer,
                    new Replicate(
                            hint.request(),
                            Operation.WRITE,
                            hint.key(),
                            hint.stored().version(),
                            hint.stored().size(),
                            op,
                            hint.stored().value(),
                            false));
        }
    }

    private String name(int process) {
        return topology.process(process).id();
    }

    /** A crash loses the requests in progress and the hints; a cache also loses its data. */
    void onCrash(boolean volatileData) {
        pending.clear();
        hints.clear();
        hintsInFlight.clear();
        if (volatileData) {
            data.clear();
        }
    }
}
