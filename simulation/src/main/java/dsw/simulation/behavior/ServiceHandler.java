package dsw.simulation.behavior;

import dsw.model.Link;
import dsw.model.PropertyKeys;
import dsw.model.kind.Behavior;
import dsw.model.trace.Decision;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.value.Distribution;
import dsw.model.value.Text;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Delivery;
import dsw.simulation.message.Message;
import dsw.simulation.message.Publish;
import dsw.simulation.message.Request;
import dsw.simulation.message.Response;
import dsw.simulation.message.Timer;
import dsw.simulation.message.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service: after its service time it calls what it depends on and answers when every
 * synchronous call has answered. Reads use cache-aside (cache first; on a miss the database,
 * then fill the cache); writes go to every primary database (one no other database replicates
 * into), then invalidate the caches; an increment reads the value and version from the first
 * primary database and writes the value plus one naming that version, reading again when a
 * conditional write is refused (a database that counts increments itself, a CRDT counter, gets
 * the increment as it is); every other component it links to is called once per request.
 * A write is published to the queues it links to: with no database, as part of the request; with
 * one, by dual write (once the database acknowledged the write, the message waits one service
 * time in memory, then is sent) or, with the outbox pattern, by the {@link OutboxRelay}. A queue
 * delivery marked poison fails. With {@code idempotency}, a write whose client request it has
 * seen is answered from memory. Not thread-safe.
 */
final class ServiceHandler extends ServerHandler {
    private static final int OTHER = 0;
    private static final int CACHE_READ = 1;
    private static final int DB_READ = 2;
    private static final int DB_WRITE = 3;
    private static final int RMW_READ = 4;
    private static final int RMW_WRITE = 5;
    /** A read-modify-write gives up after this many refused conditional writes. */
    static final int MAX_CONFLICTS = 5;

    private final Distribution serviceTime;
    private final List<Route> caches = new ArrayList<>();
    private final List<Route> databases = new ArrayList<>();
    private final List<Route> primaries = new ArrayList<>();
    private final List<Route> queues = new ArrayList<>();
    private final List<Route> others = new ArrayList<>();
    private final Picker[] pickers;
    private final int self;
    private final Optional<OutboxRelay> relay;
    private final IdempotencyKeys keys;
    private int nextDatabase;

    ServiceHandler(Topology topology, int process) {
        super(topology, process);
        serviceTime = Properties.distributionOr(component, PropertyKeys.SERVICE_TIME, Distribution.constant(0));
        self = topology.componentIndexOf(process);
        keys = component
                .patterns()
                .find("idempotency")
                .map(settings -> new IdempotencyKeys(settings.duration("retention")))
                .orElse(null);
        List<Route> routes = topology.routesOf(component.id());
        pickers = new Picker[topology.linkCount()];
        for (Route route : routes) {
            pickers[route.link()] = BalancingPicker.forRoute(topology, route);
        }
        for (Route route : routes) {
            switch (route.targetBehavior()) {
                case CACHE -> caches.add(route);
                case DATABASE -> {
                    databases.add(route);
                    if (!isReplica(topology, route.target().id())) {
                        primaries.add(route);
                    }
                }
                case QUEUE -> queues.add(route);
                case REGISTRY -> {} // instances register with it and callers resolve through it
                default -> others.add(route);
            }
        }
        relay = OutboxRelay.of(topology, component, queues);
    }

    @Override
    public void start(Node node) {
        super.start(node);
        relay.ifPresent(r -> r.start(node));
    }

    @Override
    public void onMessage(Node node, Envelope envelope) {
        if (relay.isEmpty() || !relay.get().onMessage(node, envelope)) {
            super.onMessage(node, envelope);
        }
    }

    @Override
    protected void onOtherTimer(Node node, Timer timer) {
        if (timer instanceof Timer.PublishAfterWrite write) {
            for (Route queue : queues) {
                node.send(
                        queue,
                        queue.process(pick(node, queue, write.key())),
                        new Publish(write.request(), Operation.WRITE, write.key(), write.size()));
            }
        } else if (timer instanceof Timer.RelayPoll) {
            relay.ifPresent(r -> r.poll(node));
        }
    }

    @Override
    public void onCrash() {
        super.onCrash();
        relay.ifPresent(OutboxRelay::onCrash);
    }

    /** A database that another database replicates into takes no writes from services. */
    static boolean isReplica(Topology topology, String database) {
        for (Link link : topology.design().links()) {
            if (link.to().equals(database)
                    && topology.design().requireComponent(link.from()).kind().behavior() == Behavior.DATABASE) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected long serviceTime(Node node, Job job) {
        return serviceTime.sample(node.random());
    }

    @Override
    protected void work(Node node, Job job) {
        Message body = job.envelope.body();
        Operation op = body.operation();
        if (body instanceof Delivery delivery && delivery.poison()) {
            node.local("cannot process poison message " + describe(job));
            finish(node, job, Status.ERROR, 0);
            return;
        }
        if (seenBefore(node, job)) {
            return;
        }
        for (Route route : others) {
            if (mayCall(body, route, topology)) {
                call(node, job, route, pickers[route.link()], request(body, op, body.size()), OTHER);
            }
        }
        if (op == Operation.WRITE && primaries.isEmpty()) {
            for (Route queue : queues) {
                call(
                        node,
                        job,
                        queue,
                        pickers[queue.link()],
                        new Publish(body.request(), op, body.key(), body.size()),
                        OTHER);
            }
        }
        if (op == Operation.READ) {
            if (!caches.isEmpty()) {
                readCache(node, job);
            } else {
                readDatabase(node, job);
            }
        } else if (op == Operation.WRITE || op == Operation.DELETE) {
            for (Route primary : primaries) {
                call(node, job, primary, instanceFor(primary, body.key()), request(body, op, body.size()), DB_WRITE);
            }
        } else if (op == Operation.INCREMENT && !primaries.isEmpty()) {
            Route primary = primaries.get(0);
            if (MultiLeaderReplica.countsIncrements(primary.target())) {
                call(node, job, primary, instanceFor(primary, body.key()), request(body, op, body.size()), DB_WRITE);
            } else {
                readForIncrement(node, job);
            }
        }
        if (job.pending == 0) {
            done(node, job, job.outcome, 0);
        }
    }

    /** With idempotency, answers a write whose client request was seen before from memory. */
    private boolean seenBefore(Node node, Job job) {
        Message body = job.envelope.body();
        if (keys == null || body.operation() == Operation.READ) {
            return false;
        }
        Status memo = keys.recall(body.request(), node.now());
        if (memo == null) {
            keys.remember(body.request(), Status.NONE, node.now());
            return false;
        }
        boolean inProgress = memo == Status.NONE;
        node.decide(
                Decision.DEDUPLICATED,
                "request " + body.request() + (inProgress ? " still in progress: " : " already applied: ")
                        + describe(job) + (inProgress ? " turned away" : " answered from memory"));
        finish(node, job, inProgress ? Status.REJECTED : memo, 0);
        return true;
    }

    /** Answers {@code job}, remembering the answer of a write when idempotency is on. */
    private void done(Node node, Job job, Status status, int valueBytes) {
        Message body = job.envelope.body();
        if (keys != null && body.operation() != Operation.READ) {
            keys.remember(body.request(), status, node.now());
        }
        finish(node, job, status, valueBytes);
    }

    private void readForIncrement(Node node, Job job) {
        Message body = job.envelope.body();
        Route primary = primaries.get(0);
        call(node, job, primary, instanceFor(primary, body.key()), request(body, Operation.READ, 0), RMW_READ);
    }

    /** The read of a read-modify-write answered: write the value plus one, based on the version read. */
    private void writeIncrement(Node node, Job job, Status status) {
        if (status != Status.OK && status != Status.NOT_FOUND) {
            job.note(status);
            return;
        }
        Versioned read = job.answer instanceof Response r && r.data() != null ? r.data() : Versioned.NONE;
        Message body = job.envelope.body();
        Route primary = primaries.get(0);
        Request write = request(body, Operation.WRITE, body.size()).withData(read.basedOn(read.value() + 1));
        call(node, job, primary, instanceFor(primary, body.key()), write, RMW_WRITE);
    }

    /** The write of a read-modify-write answered: done, or refused as stale and read again. */
    private void incrementWritten(Node node, Job job, Status status) {
        boolean conflict = status == Status.REJECTED && job.answer instanceof Response r && r.data() != null;
        if (!conflict) {
            job.note(status);
            if (status == Status.OK) {
                invalidateCaches(node, job.envelope.body());
            }
        } else if (++job.conflicts < MAX_CONFLICTS) {
            node.local("read " + describe(job) + " again after conflict " + job.conflicts);
            readForIncrement(node, job);
        } else {
            node.local("give up " + describe(job) + " after " + Text.count(job.conflicts, "conflict"));
            job.note(Status.ERROR);
        }
    }

    private void readCache(Node node, Job job) {
        Message body = job.envelope.body();
        Route cache = caches.get(Math.floorMod(body.key(), caches.size()));
        call(node, job, cache, instanceFor(cache, body.key()), request(body, Operation.READ, 0), CACHE_READ);
    }

    private boolean readDatabase(Node node, Job job) {
        if (databases.isEmpty()) {
            return false;
        }
        Message body = job.envelope.body();
        Route database = databases.get(nextDatabase++ % databases.size());
        call(node, job, database, instanceFor(database, body.key()), request(body, Operation.READ, 0), DB_READ);
        return true;
    }

    @Override
    protected void onAnswer(Node node, Job job, int tag, Status status, int valueBytes) {
        Message body = job.envelope.body();
        switch (tag) {
            case CACHE_READ -> {
                if (status == Status.OK) {
                    job.valueBytes = Math.max(job.valueBytes, valueBytes);
                } else if (!readDatabase(node, job)) {
                    job.note(status == Status.MISS ? Status.NOT_FOUND : status);
                }
            }
            case DB_READ -> {
                job.note(status);
                if (status == Status.OK) {
                    job.valueBytes = Math.max(job.valueBytes, valueBytes);
                    Versioned read = job.answer instanceof Response r ? r.data() : null;
                    for (Route cache : caches) {
                        fillCache(node, cache, body, valueBytes, read);
                    }
                }
            }
            case DB_WRITE -> {
                job.note(status);
                if (status == Status.OK && job.pending == 0) {
                    invalidateCaches(node, body);
                }
            }
            case RMW_READ -> writeIncrement(node, job, status);
            case RMW_WRITE -> incrementWritten(node, job, status);
            default -> job.note(status);
        }
        if (job.pending == 0) {
            if (body.operation() == Operation.WRITE && !primaries.isEmpty() && job.outcome == Status.OK) {
                afterWrite(node, body);
            }
            done(node, job, job.outcome, job.valueBytes);
        }
    }

    private void invalidateCaches(Node node, Message body) {
        for (Route cache : caches) {
            tell(node, cache, body, Operation.DELETE, 0);
        }
    }

    /**
     * The database acknowledged a write. Dual write: the message waits in this process's memory
     * for one service time, then is published; a crash meanwhile loses it. With the outbox the
     * database already holds it.
     */
    private void afterWrite(Node node, Message body) {
        if (relay.isEmpty() && !queues.isEmpty()) {
            node.setTimer(
                    serviceTime.sample(node.random()),
                    new Timer.PublishAfterWrite(body.request(), body.key(), body.size()));
        }
    }

    /** Puts what the database answered into a cache (cache-aside), the value read included when there is one. */
    private void fillCache(Node node, Route cache, Message body, int valueBytes, Versioned read) {
        Request fill = request(body, Operation.WRITE, valueBytes);
        node.send(
                cache,
                cache.process(instanceFor(cache, body.key())),
                read == null ? fill : fill.withData(Versioned.fill(read.value())));
    }

    /** Sends without waiting for an answer, whatever the link's mode. */
    private void tell(Node node, Route route, Message body, Operation op, int size) {
        node.send(route, route.process(instanceFor(route, body.key())), request(body, op, size));
    }

    private Request request(Message body, Operation op, int size) {
        if (body instanceof Request r) {
            return r.with(op, size, self);
        }
        return new Request(body.request(), op, body.key(), size, 1, List.of(self));
    }

    /** False for a component the request has already passed through: no call goes round in a circle. */
    private static boolean mayCall(Message body, Route route, Topology topology) {
        return !(body instanceof Request r && r.visited(topology.componentIndexOf(route.process(0))));
    }

    /** Registry answers go to the pickers that asked. */
    @Override
    protected void onOther(Node node, Envelope envelope) {
        for (Picker picker : pickers) {
            if (picker != null) {
                picker.resolved(node, envelope);
            }
        }
        super.onOther(node, envelope);
    }

    private int pick(Node node, Route route, int key) {
        return pickers[route.link()].pick(node, route, key);
    }
}
