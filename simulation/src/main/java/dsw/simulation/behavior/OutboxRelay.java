package dsw.simulation.behavior;

import dsw.model.Component;
import dsw.model.kind.Behavior;
import dsw.model.pattern.PatternSettings;
import dsw.model.trace.Operation;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.OutboxBatch;
import dsw.simulation.message.OutboxDone;
import dsw.simulation.message.OutboxEntry;
import dsw.simulation.message.OutboxPoll;
import dsw.simulation.message.Publish;
import dsw.simulation.message.Timer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The transactional outbox's relay in one service instance: every poll interval it asks the
 * database for the entries its writes left in the outbox, publishes each to every queue the
 * service links to and, once every queue has acknowledged, tells the database to delete it. Its
 * state is volatile: after a crash the next poll finds the same entries, so a message may be
 * published twice but never lost. Not thread-safe.
 */
final class OutboxRelay {
    static final String PATTERN = "outbox";
    private static final String POLL_INTERVAL = "pollInterval";

    /** An entry being published: the database instance that holds it and the queue acks still due. */
    private static final class Claim {
        final OutboxEntry entry;
        final Envelope batch;
        final long since;
        int acksDue;

        Claim(OutboxEntry entry, Envelope batch, long since, int acksDue) {
            this.entry = entry;
            this.batch = batch;
            this.since = since;
            this.acksDue = acksDue;
        }
    }

    private final long pollInterval;
    private final Route database;
    private final List<Route> queues;
    private final Map<Integer, Claim> claims = new LinkedHashMap<>();
    private final Map<Integer, Claim> publishes = new LinkedHashMap<>();

    private OutboxRelay(long pollInterval, Route database, List<Route> queues) {
        this.pollInterval = pollInterval;
        this.database = database;
        this.queues = List.copyOf(queues);
    }

    /** The relay of a service with the outbox switched on, a database it writes and queues; else empty. */
    static Optional<OutboxRelay> of(Topology topology, Component service, List<Route> queues) {
        Optional<PatternSettings> outbox = service.patterns().find(PATTERN);
        Optional<Route> database = database(topology, service);
        if (outbox.isEmpty() || database.isEmpty() || queues.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OutboxRelay(outbox.get().duration(POLL_INTERVAL), database.get(), queues));
    }

    /**
     * The database that holds {@code service}'s outbox: the first primary database it links to,
     * when the outbox is on and the service publishes to a queue.
     */
    static Optional<Route> database(Topology topology, Component service) {
        if (service.patterns().find(PATTERN).isEmpty()) {
            return Optional.empty();
        }
        List<Route> routes = topology.routesOf(service.id());
        if (routes.stream().noneMatch(r -> r.targetBehavior() == Behavior.QUEUE)) {
            return Optional.empty();
        }
        return routes.stream()
                .filter(r -> r.targetBehavior() == Behavior.DATABASE
                        && !ServiceHandler.isReplica(topology, r.target().id()))
                .findFirst();
    }

    void start(Node node) {
        node.setTimer(pollInterval, new Timer.RelayPoll());
    }

    /** Polls every instance of the database, forgetting publishes unanswered for a call timeout. */
    void poll(Node node) {
        long cutoff = node.now() - ServerHandler.CALL_TIMEOUT;
        claims.values().removeIf(c -> c.since <= cutoff);
        publishes.values().removeIf(c -> c.since <= cutoff);
        for (int i = 0; i < database.instances(); i++) {
            node.send(database, database.process(i), new OutboxPoll());
        }
        node.setTimer(pollInterval, new Timer.RelayPoll());
    }

    /** Handles the relay's own messages: a batch from the database, a queue's ack. False for others. */
    boolean onMessage(Node node, Envelope envelope) {
        if (envelope.body() instanceof OutboxBatch batch) {
            for (OutboxEntry entry : batch.entries()) {
                publish(node, envelope, entry);
            }
            return true;
        }
        Claim claim = publishes.remove(envelope.replyTo());
        if (claim == null) {
            return false;
        }
        if (--claim.acksDue == 0) {
            claims.remove(claim.entry.id());
            OutboxEntry entry = claim.entry;
            node.reply(claim.batch, new OutboxDone(entry.id(), entry.request(), entry.key()));
        }
        return true;
    }

    private void publish(Node node, Envelope batch, OutboxEntry entry) {
        if (claims.containsKey(entry.id())) {
            return; // already on its way to the queues
        }
        Claim claim = new Claim(entry, batch, node.now(), queues.size());
        claims.put(entry.id(), claim);
        for (Route queue : queues) {
            int msg = node.send(
                    queue,
                    queue.process(ServerHandler.instanceFor(queue, entry.key())),
                    new Publish(entry.request(), Operation.WRITE, entry.key(), entry.size()));
            publishes.put(msg, claim);
        }
    }

    void onCrash() {
        claims.clear();
        publishes.clear();
    }
}
