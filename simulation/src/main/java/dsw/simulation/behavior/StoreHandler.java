package dsw.simulation.behavior;

import dsw.model.PropertyKeys;
import dsw.model.kind.Behavior;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.value.Distribution;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Message;
import dsw.simulation.message.Replicate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A database or cache: a key-value state read and written under the component's read and write
 * times. A database keeps its data through a crash (durable) and passes each write on to the
 * data stores it links to (replication, asynchronous); a cache loses its data in a crash,
 * evicts the least recently used key beyond its capacity, and forgets keys older than its TTL.
 * Not thread-safe.
 */
final class StoreHandler extends ServerHandler {
    private static final String CAPACITY = "capacity";
    private static final String TTL = "ttl";

    private record Entry(long version, int size, long writtenAt) {}

    private final boolean cache;
    private final Distribution readTime;
    private final Distribution writeTime;
    private final long ttl;
    private final Map<Integer, Entry> data;
    private final List<Route> replicas = new ArrayList<>();
    private final OutboxStore outbox;
    private long versions;

    StoreHandler(Topology topology, int process) {
        super(topology, process);
        cache = component.kind().behavior() == Behavior.CACHE;
        Distribution zero = Distribution.constant(0);
        readTime = Properties.distributionOr(component, PropertyKeys.READ_TIME, zero);
        writeTime = Properties.distributionOr(component, PropertyKeys.WRITE_TIME, zero);
        ttl = Properties.durationOr(component, TTL, Long.MAX_VALUE);
        int capacity = Properties.intOr(component, CAPACITY, Integer.MAX_VALUE);
        outbox = new OutboxStore(topology, component);
        data = cache ? new Lru(capacity) : new HashMap<>();
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
    protected long serviceTime(Node node, Job job) {
        Distribution time = job.envelope.body().operation() == Operation.READ ? readTime : writeTime;
        return time.sample(node.random());
    }

    @Override
    protected void work(Node node, Job job) {
        Message body = job.envelope.body();
        int key = body.key();
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
                    finish(node, job, Status.OK, entry.size());
                }
            }
            case WRITE -> {
                long version = ++versions;
                data.put(key, new Entry(version, body.size(), node.now()));
                outbox.onWrite(job.envelope);
                for (Route replica : replicas) {
                    node.send(
                            replica,
                            replica.process(instanceFor(replica, key)),
                            new Replicate(body.request(), Operation.WRITE, key, version, body.size()));
                }
                finish(node, job, Status.OK, 0);
            }
            case DELETE -> {
                data.remove(key);
                finish(node, job, Status.OK, 0);
            }
            default -> finish(node, job, Status.ERROR, 0);
        }
    }

    @Override
    protected void onOther(Node node, Envelope envelope) {
        if (envelope.body() instanceof Replicate change) {
            data.put(change.key(), new Entry(change.version(), change.size(), node.now()));
        } else {
            outbox.onMessage(node, envelope);
        }
    }

    @Override
    protected void onAnswer(Node node, Job job, int tag, Status status, int valueBytes) {}

    @Override
    public void onCrash() {
        super.onCrash();
        if (cache) {
            data.clear();
        }
    }
}
