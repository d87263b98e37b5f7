package dsw.simulation.behavior;

import dsw.model.Component;
import dsw.model.kind.Behavior;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Message;
import dsw.simulation.message.OutboxBatch;
import dsw.simulation.message.OutboxDone;
import dsw.simulation.message.OutboxEntry;
import dsw.simulation.message.OutboxPoll;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The outbox table of one database instance: a write from a service whose outbox lives here
 * stores the message to publish in the same step as the data, and the service's relay reads the
 * entries and deletes the published ones. Durable: it survives a crash. Not thread-safe.
 */
final class OutboxStore {
    /** Entries one batch carries at most. */
    static final int BATCH = 100;

    private final Set<String> writers = new HashSet<>();
    private final Topology topology;
    /** Per writing service instance, its entries by id, oldest first. */
    private final Map<Integer, Map<Integer, OutboxEntry>> entries = new LinkedHashMap<>();

    OutboxStore(Topology topology, Component database) {
        this.topology = topology;
        for (Component c : topology.design().components()) {
            if (c.kind().behavior() == Behavior.SERVICE
                    && OutboxRelay.database(topology, c)
                            .filter(r -> r.target().id().equals(database.id()))
                            .isPresent()) {
                writers.add(c.id());
            }
        }
    }

    /** A write was applied: when its service keeps its outbox here, the message to publish is stored with it. */
    void onWrite(Envelope write) {
        if (writers.contains(topology.componentOf(write.from()).id())) {
            Message body = write.body();
            entries.computeIfAbsent(write.from(), p -> new LinkedHashMap<>())
                    .putIfAbsent(write.msg(), new OutboxEntry(write.msg(), body.request(), body.key(), body.size()));
        }
    }

    /** Answers a relay's poll and deletes published entries; ignores other messages. */
    void onMessage(Node node, Envelope envelope) {
        Map<Integer, OutboxEntry> mine = entries.computeIfAbsent(envelope.from(), p -> new LinkedHashMap<>());
        if (envelope.body() instanceof OutboxPoll) {
            node.reply(
                    envelope,
                    new OutboxBatch(mine.values().stream().limit(BATCH).toList()));
        } else if (envelope.body() instanceof OutboxDone done) {
            mine.remove(done.entry());
        }
    }
}
