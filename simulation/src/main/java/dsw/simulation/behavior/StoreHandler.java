package dsw.simulation.behavior;

import dsw.model.KeyPartitioning;
import dsw.model.PropertyKeys;
import dsw.model.kind.Behavior;
import dsw.model.pattern.Replication;
import dsw.model.trace.Decision;
import dsw.model.trace.Operation;
import dsw.model.trace.ReplicaState;
import dsw.model.trace.Status;
import dsw.model.value.Distribution;
import dsw.model.value.Text;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Message;
import dsw.simulation.message.Replicate;
import dsw.simulation.message.Request;
import dsw.simulation.message.Timer;
import dsw.simulation.message.Versioned;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * A database or cache: a key-value state read and written under the component's read and write
 * times. A database keeps its data through a crash (durable) and passes each write on to the
 * data stores it links to (replication, asynchronous); a cache loses its data in a crash,
 * evicts the least recently used key beyond its capacity, and forgets keys older than its TTL.
 * Each key also holds a counter that increments add one to; a write that names the version it
 * was based on (the second half of a read-modify-write) is refused when the key has moved on
 * and {@code conditionalWrites} is on, and otherwise overwrites it, losing the updates between.
 * With {@code idempotency}, a write for a client request already applied is answered from
 * memory. A replication protocol runs reads, writes, increments and deletes instead:
 * a {@link LeaderlessReplica}, a {@link LeaderReplica} (single-leader) or a {@link
 * MultiLeaderReplica}. Not thread-safe.
 */
final class StoreHandler extends ServerHandler {
    private static final String CAPACITY = "capacity";
    private static final String TTL = "ttl";

    /** A key's state: {@code count} is its value, the writing request's number or the counter increments add to. */
    private record Entry(long version, int size, long writtenAt, long count) {}

    private final boolean cache;
    private final Distribution readTime;
    private final Distribution writeTime;
    private final long ttl;
    private final Map<Integer, Entry> data;
    private final List<Route> replicas = new ArrayList<>();
    private final OutboxStore outbox;
    private final boolean conditional;
    private final long retention;
    private IdempotencyKeys keys;
    /** Client requests whose increment was applied, to show one applied again; an observer's note. */
    private final Set<Integer> incremented = new HashSet<>();

    private long versions;

    /** Under leaderless replication, the replica protocol this instance runs; null otherwise. */
    private final LeaderlessReplica leaderless;
    /** Under single-leader replication, the replica protocol this instance runs; null otherwise. */
    private final LeaderReplica leaderReplica;

    /** Under multi-leader replication, the replica protocol this instance runs; null otherwise. */
    private final MultiLeaderReplica multiLeader;

    /** A store whose leaderless replicas share {@code acknowledged}, the observer's record of acknowledged writes. */
    StoreHandler(Topology topology, int process, AcknowledgedWrites acknowledged) {
        super(topology, process);
        Replication.Leaderless quorum = LeaderlessReplica.of(topology, process);
        leaderless =
                quorum == null ? null : new LeaderlessReplica(topology, process, quorum, acknowledged, this::finish);
        multiLeader = MultiLeaderReplica.of(topology, process);
        Replication.SingleLeader single = LeaderReplica.of(topology, process);
        leaderReplica =
                single == null ? null : new LeaderReplica(topology, process, single, acknowledged, this::finish);
        cache = component.kind().behavior() == Behavior.CACHE;
        Distribution zero = Distribution.constant(0);
        readTime = Properties.distributionOr(component, PropertyKeys.READ_TIME, zero);
        writeTime = Properties.distributionOr(component, PropertyKeys.WRITE_TIME, zero);
        ttl = Properties.durationOr(component, TTL, Long.MAX_VALUE);
        int capacity = Properties.intOr(component, CAPACITY, Integer.MAX_VALUE);
        outbox = new OutboxStore(topology, component);
        data = cache ? new Lru(capacity) : new HashMap<>();
        conditional = component.patterns().find("conditionalWrites").isPresent();
        retention = component
                .patterns()
                .find("idempotency")
                .map(settings -> settings.duration("retention"))
                .orElse(-1L);
        keys = retention < 0 ? null : new IdempotencyKeys(retention);
        for (Route route : topology.routesOf(component.id())) {
            Behavior target = route.targetBehavior();
            if (target == Behavior.DATABASE || target == Behavior.CACHE) {
                replicas.add(route);
            }
        }
    }

    private static final class Lru extends LinkedHashMap<Integer, Entry> {
        private static final long serialVersionUID = 1L;
        private final int capacity;

        Lru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Entry> eldest) {
            return size() > capacity;
        }
    }

    @Override
    public void start(Node node) {
        super.start(node);
        if (multiLeader != null) {
            multiLeader.start(node);
        }
        if (leaderReplica != null) {
            leaderReplica.start(node);
        }
    }

    @Override
    protected long serviceTime(Node node, Job job) {
        Distribution time = job.envelope.body().operation() == Operation.READ ? readTime : writeTime;
        return time.sample(node.random());
    }

    @Override
    protected void work(Node node, Job job) {
        Message body = job.envelope.body();
        int key = body.key();
        if (answeredFromMemory(node, job)) {
            return;
        }
        if (leaderless != null) {
            leaderless.coordinate(node, job);
            return;
        }
        if (multiLeader != null) {
            MultiLeaderReplica.Reply reply = multiLeader.accept(node, body);
            finish(node, job, reply.status(), reply.valueBytes(), reply.data());
            return;
        }
        if (leaderReplica != null) {
            leaderReplica.coordinate(node, job);
            return;
        }
        switch (body.operation()) {
            case READ -> {
                Entry entry = data.get(key);
                if (entry != null && cache && node.now() - entry.writtenAt() >= ttl) {
                    data.remove(key);
                    entry = null;
                }
                if (entry == null) {
                    finish(node, job, cache ? Status.MISS : Status.NOT_FOUND, 0);
                } else {
                    finish(node, job, Status.OK, entry.size(), new Versioned(entry.count(), entry.version()));
                }
            }
            case WRITE -> {
                Versioned given = body instanceof Request request ? request.data() : null;
                if (given != null && given.basedOnRead()) {
                    writeBasedOn(node, job, given);
                    return;
                }
                long version = ++versions;
                store(node, body, new Entry(version, body.size(), node.now(), body.value()));
                outbox.onWrite(job.envelope);
                applied(node, job, Status.OK);
            }
            case INCREMENT -> {
                Entry old = data.get(key);
                long count = old == null ? 1 : old.count() + 1;
                long version = old == null ? 1 : old.version() + 1;
                store(node, body, new Entry(version, body.size(), node.now(), count));
                incremented(node, job, count);
            }
            case DELETE -> {
                data.remove(key);
                applied(node, job, Status.OK);
            }
            default -> finish(node, job, Status.ERROR, 0);
        }
    }

    /** Keeps {@code entry} under the message's key and passes it on to the replicas. */
    private void store(Node node, Message body, Entry entry) {
        data.put(body.key(), entry);
        for (Route replica : replicas) {
            node.send(
                    replica,
                    replica.process(instanceFor(replica, body.key())),
                    new Replicate(
                            body.request(), Operation.WRITE, body.key(), entry.version(), body.size(), entry.count()));
        }
    }

    /**
     * The write of a read-modify-write: {@code write} holds the new value and the version it was
     * based on. When the key has moved on since, a conditional store refuses it (answering the
     * current version) and a blind one overwrites, losing the increments in between.
     */
    private void writeBasedOn(Node node, Job job, Versioned write) {
        Message body = job.envelope.body();
        Entry old = data.get(body.key());
        long current = old == null ? 0 : old.version();
        if (current != write.version()) {
            if (conditional) {
                node.decide(
                        Decision.CONFLICT,
                        "k" + body.key() + " is at version " + current + ", write based on " + write.version()
                                + " refused");
                finish(node, job, Status.REJECTED, 0, new Versioned(old == null ? 0 : old.count(), current));
                return;
            }
            node.decide(
                    Decision.LOST_UPDATE,
                    "write based on version " + write.version() + " overwrote version " + current + ": "
                            + Text.count(current - write.version(), "increment") + " lost");
        }
        store(node, body, new Entry(current + 1, body.size(), node.now(), write.value()));
        incremented(node, job, write.value());
    }

    /** An increment took effect: shows the new value, and the double-apply when the request was applied before. */
    private void incremented(Node node, Job job, long value) {
        Message body = job.envelope.body();
        if (incremented.add(body.request())) {
            node.local("k" + body.key() + " = " + value + " after request " + body.request());
        } else {
            node.decide(
                    Decision.APPLIED_AGAIN,
                    "k" + body.key() + " incremented again for request " + body.request() + ": now " + value);
        }
        applied(node, job, Status.OK);
    }

    /** A write took effect: remembers its answer when idempotency is on, and answers. */
    private void applied(Node node, Job job, Status status) {
        if (keys != null) {
            keys.remember(job.envelope.body().request(), status, node.now());
        }
        finish(node, job, status, 0);
    }

    /** With idempotency, answers a write whose client request was already applied from memory. */
    private boolean answeredFromMemory(Node node, Job job) {
        Message body = job.envelope.body();
        Status memo =
                keys == null || body.operation() == Operation.READ ? null : keys.recall(body.request(), node.now());
        if (memo == null) {
            return false;
        }
        Entry entry = data.get(body.key());
        node.decide(
                Decision.DEDUPLICATED,
                "request " + body.request() + " already applied: " + describe(job) + " answered from memory (k"
                        + body.key() + " = " + (entry == null ? 0 : entry.count()) + ")");
        finish(node, job, memo, 0);
        return true;
    }

    @Override
    protected void onOther(Node node, Envelope envelope) {
        if (leaderless != null && leaderless.onMessage(node, envelope)
                || multiLeader != null && multiLeader.onMessage(node, envelope)) {
            return;
        }
        if (leaderReplica != null && leaderReplica.onMessage(node, envelope)) {
            return;
        }
        if (envelope.body() instanceof Replicate change) {
            data.put(change.key(), new Entry(change.version(), change.size(), node.now(), change.value()));
        } else {
            outbox.onMessage(node, envelope);
            super.onOther(node, envelope); // health checks
        }
    }

    @Override
    protected void onOtherTimer(Node node, Timer timer) {
        if (leaderless != null && timer instanceof Timer.QuorumTimeout timeout) {
            leaderless.onTimeout(node, timeout);
        } else if (multiLeader != null && timer instanceof Timer.AntiEntropy) {
            multiLeader.sync(node);
        }
        if (leaderReplica != null) {
            leaderReplica.onTimer(node, timer);
        }
    }

    /** A replica of a group of several records what its protocol holds; a store that is not replicated records nothing. */
    @Override
    public Optional<ReplicaState> replicaState(Node node) {
        int[] peers = ReplicaGroup.peers(topology, node.process());
        if (peers.length == 0) {
            return Optional.empty();
        }
        SortedMap<Integer, List<Long>> held;
        if (leaderless != null) {
            held = leaderless.held();
        } else if (multiLeader != null) {
            held = multiLeader.held();
        } else if (leaderReplica != null) {
            held = leaderReplica.held();
        } else {
            return Optional.empty();
        }
        KeyPartitioning partitioning = topology.partitioningOf(component.id());
        int group = partitioning.partitionOfInstance(node.info().instance() - 1);
        List<String> unreachable = Arrays.stream(peers)
                .filter(node::cutOffFrom)
                .mapToObj(p -> topology.process(p).id())
                .toList();
        return Optional.of(new ReplicaState(group, held, unreachable));
    }

    @Override
    public void onPromote(Node node) {
        if (leaderReplica != null) {
            leaderReplica.promote(node);
        }
    }

    @Override
    protected void onAnswer(Node node, Job job, int tag, Status status, int valueBytes) {}

    @Override
    public void onCrash() {
        super.onCrash();
        if (leaderless != null) {
            leaderless.onCrash(cache);
        }
        if (multiLeader != null) {
            multiLeader.onCrash(cache);
        }
        if (leaderReplica != null) {
            leaderReplica.onCrash(cache);
        }
        if (cache) {
            data.clear();
            keys = retention < 0 ? null : new IdempotencyKeys(retention);
        }
    }
}
