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
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One instance of a database or cache under leaderless replication, running the two phases of
 * Attiya, Bar-Noy and Dolev's quorum register. It holds every key; for the requests it receives it
 * is the coordinator. A write first asks every peer for its version of the key and, with R answers
 * (its own included), takes the newest counter plus one, with this instance's number, as the new
 * version; it stores it here, sends it to every peer and answers once W replicas hold it. A read
 * asks every peer and takes the newest of the first R answers; without read repair it answers at
 * once, with read repair it first writes that version back to the replicas that answered older ones
 * and answers only once W replicas hold it (blocking read repair). Without R answers or W holders
 * within {@link #TIMEOUT} the request is answered {@code error}. With hinted handoff, a write a peer
 * did not acknowledge in time is kept here and sent again when that peer is next heard from. A
 * delete is a write of a tombstone ({@link ReplicaValue#tombstone}): it takes the same two phases,
 * repairs, hints and versions, and a read whose newest version is one answers {@code not found}.
 * Not thread-safe.
 */
final class LeaderlessReplica {
    /** How long a coordinator waits for answers and acknowledgements. */
    static final long TIMEOUT = Micros.PER_SECOND;

    /** How a finished request is answered: the server's {@code finish}. */
    @FunctionalInterface
    interface Answer {
        void send(Node node, Job job, Status status, int valueBytes, Versioned data);
    }

    /** A write a peer missed, kept by its coordinator. */
    private record Hint(int peer, int request, int key, ReplicaValue stored) {}

    private final Replication.Leaderless quorum;
    private final int self;
    private final int instance;
    private final int[] peers;
    private final Topology topology;
    private final AcknowledgedWrites acknowledged;
    private final Answer answer;
    private final Map<Integer, ReplicaValue> data = new HashMap<>();
    /** The requests coordinated here, by op, until their timeout. */
    private final Map<Integer, QuorumRequest> pending = new HashMap<>();

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

    /** Coordinates {@code job}, a read, write, increment or delete this replica received: asks every replica for its version. */
    void coordinate(Node node, Job job) {
        Message body = job.envelope.body();
        int key = body.key();
        boolean write = body.operation() != Operation.READ;
        int op = nextOp++;
        QuorumRequest request = new QuorumRequest(op, job, write, key, acknowledged.newest(key));
        pending.put(op, request);
        node.setTimer(TIMEOUT, new Timer.QuorumTimeout(op));
        request.answers.put(self, local(key));
        for (int peer : peers) {
            node.sendToPeer(peer, new QuorumRead(op, body.request(), key, write));
        }
        progress(node, request);
    }

    /** A message from a peer: a write or repair to store, a read to answer, or an answer to a request coordinated here. */
    boolean onMessage(Node node, Envelope envelope) {
        Message body = envelope.body();
        if (!(body instanceof Replicate) && !(body instanceof QuorumRead) && !(body instanceof QuorumReply)) {
            return false;
        }
        heardFrom(node, envelope.from());
        if (body instanceof Replicate change) {
            ReplicaValue stored =
                    store(change.key(), new ReplicaValue(change.version(), change.value(), change.size()));
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
            ReplicaValue stored = local(read.key());
            node.reply(
                    envelope,
                    new QuorumReply(
                            read.op(),
                            read.request(),
                            Operation.READ,
                            read.key(),
                            stored.version(),
                            stored.value(),
                            read.versionOnly() ? 0 : stored.size()));
        } else {
            answered(node, envelope.from(), (QuorumReply) body);
        }
        return true;
    }

    private ReplicaValue local(int key) {
        return data.getOrDefault(key, ReplicaValue.NONE);
    }

    /** Keeps {@code offered} unless this replica already holds a newer version; returns what it holds. */
    private ReplicaValue store(int key, ReplicaValue offered) {
        ReplicaValue held = local(key).newer(offered);
        data.put(key, held);
        return held;
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
        QuorumRequest p = pending.get(reply.op());
        if (p == null) {
            return;
        }
        if (reply.operation() == Operation.WRITE) {
            if (p.holds(from, reply.version())) {
                progress(node, p);
            }
            return;
        }
        ReplicaValue said = new ReplicaValue(reply.version(), reply.value(), reply.bytes());
        if (p.answers.putIfAbsent(from, said) != null) {
            return;
        }
        if (p.phase == QuorumRequest.Phase.QUERY) {
            progress(node, p);
        } else if (!p.write && quorum.readRepair()) {
            if (said.version() < p.target.version()) {
                repair(node, p, from, said);
            } else if (p.holds(from, said.version())) {
                progress(node, p);
            }
        }
    }

    /** Moves the request on: out of its query phase with R answers, and answered once W replicas hold its version. */
    private void progress(Node node, QuorumRequest p) {
        if (p.phase == QuorumRequest.Phase.QUERY) {
            if (p.answers.size() < quorum.r()) {
                return;
            }
            p.phase = QuorumRequest.Phase.STORE;
            p.target = p.write ? written(p) : p.newest();
            if (p.write) {
                write(node, p);
            } else if (quorum.readRepair() && p.target.version() > 0) {
                writeBack(node, p);
            } else {
                answerRead(node, p);
                return;
            }
        }
        if (!p.answered && p.holders.size() >= quorum.w()) {
            if (p.write) {
                p.answered = true;
                acknowledged.acknowledged(p.key, p.target.version(), node.now());
                answer.send(node, p.job, Status.OK, 0, null);
            } else {
                answerRead(node, p);
            }
        }
    }

    /** A write's new version: one past the newest counter among the answers and this replica's own. */
    private ReplicaValue written(QuorumRequest p) {
        Message body = p.job.envelope.body();
        ReplicaValue base = p.newest().newer(local(p.key));
        long version = QuorumVersion.of(QuorumVersion.counter(base.version()) + 1, instance);
        if (body.operation() == Operation.DELETE) {
            return ReplicaValue.tombstone(version);
        }
        long value = body.operation() == Operation.INCREMENT ? base.count() + 1 : body.value();
        return new ReplicaValue(version, value, body.size());
    }

    /** A write's second phase: stores its version here and sends it to every peer. */
    private void write(Node node, QuorumRequest p) {
        store(p.key, p.target);
        p.holders.add(self);
        Message body = p.job.envelope.body();
        for (int peer : peers) {
            node.sendToPeer(
                    peer,
                    new Replicate(
                            body.request(),
                            Operation.WRITE,
                            p.key,
                            p.target.version(),
                            p.target.size(),
                            p.op,
                            p.target.value(),
                            false));
        }
    }

    /** A read's second phase: counts the replicas that answered the newest version and repairs those that answered older ones. */
    private void writeBack(Node node, QuorumRequest p) {
        for (Map.Entry<Integer, ReplicaValue> e : p.answers.entrySet()) {
            if (e.getValue().version() >= p.target.version()) {
                p.holders.add(e.getKey());
            } else {
                repair(node, p, e.getKey(), e.getValue());
            }
        }
    }

    /** Sends the read's version to {@code replica}, which answered the older {@code old}; this replica stores it at once. */
    private void repair(Node node, QuorumRequest p, int replica, ReplicaValue old) {
        node.decide(
                Decision.READ_REPAIR,
                "read repair k" + p.key + " on " + name(replica) + ": version " + QuorumVersion.text(old.version())
                        + " -> " + QuorumVersion.text(p.target.version()));
        if (replica == self) {
            store(p.key, p.target);
            p.holders.add(self);
            return;
        }
        node.sendToPeer(
                replica,
                new Replicate(
                        p.job.envelope.body().request(),
                        Operation.WRITE,
                        p.key,
                        p.target.version(),
                        p.target.size(),
                        p.op,
                        p.target.value(),
                        true));
    }

    private void answerRead(Node node, QuorumRequest p) {
        p.answered = true;
        staleCheck(node, p);
        ReplicaValue read = p.target;
        answer.send(
                node,
                p.job,
                read.absent() ? Status.NOT_FOUND : Status.OK,
                read.size(),
                new Versioned(read.count(), read.version()));
    }

    /** The observer's note: the read answered older data than the component had acknowledged before it began. */
    private static void staleCheck(Node node, QuorumRequest p) {
        if (p.target.version() < p.before.version()) {
            node.decide(
                    Decision.STALE_READ,
                    "stale read k" + p.key + ": answered version " + QuorumVersion.text(p.target.version())
                            + ", version " + QuorumVersion.text(p.before.version()) + " was acknowledged at "
                            + Micros.humanize(p.before.at()));
        }
    }

    /** The coordinator stops waiting for operation {@code op}: an unanswered request fails; missed writes become hints. */
    void onTimeout(Node node, Timer.QuorumTimeout timeout) {
        Hint hint = hintsInFlight.remove(timeout.op());
        if (hint != null) {
            return; // the peer did not acknowledge the hint; it is sent again when the peer is next heard from
        }
        QuorumRequest p = pending.remove(timeout.op());
        if (p == null) {
            return;
        }
        if (!p.answered) {
            node.decide(
                    Decision.QUORUM_FAILED,
                    ServerHandler.describe(p.job) + ": " + shortfall(p) + " within " + Micros.humanize(TIMEOUT));
            answer.send(node, p.job, Status.ERROR, 0, null);
        }
        if (p.write && p.phase == QuorumRequest.Phase.STORE && quorum.hintedHandoff()) {
            for (int peer : peers) {
                if (!p.holders.contains(peer)) {
                    hints.add(new Hint(peer, p.job.envelope.body().request(), p.key, p.target));
                    node.decide(
                            Decision.HINT_STORED,
                            "hint for " + name(peer) + ": k" + p.key + " version "
                                    + QuorumVersion.text(p.target.version()) + " kept until it answers");
                }
            }
        }
    }

    /** What an unanswered request lacked, as in "2 of 3 acknowledgements". */
    private String shortfall(QuorumRequest p) {
        if (p.phase == QuorumRequest.Phase.QUERY) {
            return p.answers.size() + " of " + quorum.r() + (p.write ? " version answers" : " answers");
        }
        return p.holders.size() + " of " + quorum.w()
                + (p.write
                        ? " acknowledgements"
                        : " replicas hold version " + QuorumVersion.text(p.target.version()) + " after read repair");
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

    /** What this replica holds: each key's value, keys ascending; a deleted key is absent. */
    SortedMap<Integer, List<Long>> held() {
        return ReplicaValue.held(data);
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
